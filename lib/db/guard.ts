import { AppError, isAppError } from "@/core/errors";
import { log } from "@/core/log";
import { metrics } from "@/core/metrics";
import { requestScope } from "@/core/request-context";
import type { Store } from "./types";

// Wraps the process's store (lib/db/store.ts) so that a database that stops answering or refuses gives the caller
// a 503 `database_unavailable` within DEADLINE_MS — never a 500, never a request that hangs — and the operator one
// log line naming the cause per outage (not one per request), then one line when it answers again.
//
// What counts as the database being unavailable: the deadline passing; MongoDB's server-selection, network,
// pool-cleared and topology errors; SQLite's busy/locked (another process holds the lock past busy_timeout),
// read-only, disk-full, I/O and can't-open errors. Everything else (not found, conflicts, bugs) passes through.
//
// An outage ends when every kind of operation that failed during it (reads, writes) has succeeded again: with
// SQLite in WAL mode a lock stops writes while reads go on, and those reads must not end the write outage.

const DEADLINE_MS = 2_500;
const LONG_DEADLINE_MS = 30_000; // a whole account's export reads every document
const LONG_OPERATIONS = new Set(["exportUserData", "deleteUserAndData"]);
const READS = /^(get|list|export|ping)/;
const MONGO_UNAVAILABLE = /^Mongo(ServerSelection|Network|NetworkTimeout|TopologyClosed|NotConnected|PoolCleared)Error$/;
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|NOTADB|CORRUPT|PROTOCOL)/;

type Kind = "read" | "write";
type Outage = { since: number; failing: Set<Kind>; failures: number };

export function guardStore(store: Store, options: { deadlineMs?: number } = {}): Store {
  const deadline = options.deadlineMs ?? DEADLINE_MS;
  let outage: Outage | null = null;

  async function call(method: string, run: () => Promise<unknown>): Promise<unknown> {
    const kind: Kind = READS.test(method) ? "read" : "write";
    let timer: NodeJS.Timeout | undefined;
    const limit = LONG_OPERATIONS.has(method) ? Math.max(deadline, LONG_DEADLINE_MS) : deadline;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreDeadlineError(limit)), limit);
    });
    try {
      const value = await Promise.race([run(), timedOut]);
      if (outage) recovered(kind);
      return value;
    } catch (error) {
      const cause = unavailableCause(error);
      if (!cause) throw error;
      failed(kind, cause, error);
      throw new AppError("database_unavailable", undefined, { cause: error, retryAfterSeconds: 5 });
    } finally {
      clearTimeout(timer);
    }
  }

  function failed(kind: Kind, cause: string, error: unknown): void {
    try {
      metrics().storeErrors.inc({ store: store.kind, kind: cause });
    } catch {
      // metrics never change the reply
    }
    if (outage) {
      outage.failing.add(kind);
      outage.failures += 1;
      return;
    }
    outage = { since: Date.now(), failing: new Set([kind]), failures: 1 };
    log().error(
      { event: "store_unavailable", store: store.kind, cause, error: describe(error), reqId: requestScope()?.requestId },
      `The ${store.kind} database is not answering (${cause}); requests that need it answer 503 until it does`,
    );
  }

  function recovered(kind: Kind): void {
    if (!outage) return;
    outage.failing.delete(kind);
    if (outage.failing.size > 0) return;
    const { since, failures } = outage;
    outage = null;
    log().info(
      { event: "store_recovered", store: store.kind, outage_ms: Date.now() - since, failed_requests: failures },
      `The ${store.kind} database answers again`,
    );
  }

  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || prop === "close" || typeof prop !== "string") return value;
      return (...args: unknown[]) => call(prop, () => value.apply(target, args));
    },
  });
}

class StoreDeadlineError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "StoreDeadlineError";
  }
}

/** The short cause of an unavailable database, or null when the error is something else. */
export function unavailableCause(error: unknown): string | null {
  if (error instanceof StoreDeadlineError) return "timeout";
  if (isAppError(error)) return error.code === "database_unavailable" ? (unavailableCause(error.cause) ?? "unreachable") : null;
  if (!(error instanceof Error)) return null;
  if (MONGO_UNAVAILABLE.test(error.name)) return /Timeout|timed out/i.test(`${error.name} ${error.message}`) ? "timeout" : "unreachable";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && SQLITE_UNAVAILABLE.test(code)) return code.replace(/^SQLITE_/, "").toLowerCase();
  return null;
}

/** The error's name, code and first line, with any credentials in a connection string masked. */
function describe(error: unknown): string {
  const inner = isAppError(error) && error.cause ? error.cause : error;
  if (!(inner instanceof Error)) return String(inner).slice(0, 200);
  const code = (inner as { code?: unknown }).code;
  const text = `${inner.name}${code !== undefined ? ` ${String(code)}` : ""}: ${inner.message.split("\n")[0]}`;
  return text.replace(/\/\/[^/@\s]+@/g, "//***@").slice(0, 300);
}
