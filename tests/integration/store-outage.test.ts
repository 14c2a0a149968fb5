// A database that stops answering: the API answers 503 `database_unavailable` within 3 s (never a 500, never a
// request that hangs), the log gets one line naming the cause per outage (not one per request), and service comes
// back by itself when the database does. MongoDB through a TCP proxy the test stalls (the stand-in behind it);
// SQLite locked by another connection, as another process holding a long write would.
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getConfig, resetConfigForTests } from "@/core/config";
import { captureLogsForTests } from "@/core/log";
import { metricsText } from "@/core/metrics";
import { GET as me } from "@/app/api/auth/me/route";
import { POST as save } from "@/app/api/interview/save/route";
import { closeStoreForTests } from "@/lib/db/store";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { startTcpProxy } from "@/tests/helpers/tcp-proxy";
import { jsonRequest, noParams, saveBody } from "@/tests/integration/interview-helpers";

const STANDIN_DIR = path.resolve(__dirname, "../mongo-standin");
const standinInstalled = existsSync(path.join(STANDIN_DIR, "node_modules/@push.rocks/smartmongo/package.json"));

const readMe = (user: TestUser) => me(jsonRequest("/api/auth/me", "GET", user.authHeaders), noParams);
const saveInterview = (user: TestUser) => save(jsonRequest("/api/interview/save", "POST", user.authHeaders, saveBody()), noParams);

/** Calls `run`, returning its status, reply code and how long it took. */
async function timed(run: () => Promise<Response>): Promise<{ status: number; code: unknown; ms: number }> {
  const started = performance.now();
  const res = await run();
  const body = (await res.json()) as { code?: unknown };
  return { status: res.status, code: body.code, ms: performance.now() - started };
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not recovered within ${timeoutMs} ms`);
}

const events = (logs: ReturnType<typeof captureLogsForTests>, name: string) => logs.lines().filter((l) => l.event === name);

let logs: ReturnType<typeof captureLogsForTests> | null = null;
afterEach(async () => {
  logs?.stop();
  await closeStoreForTests();
  delete process.env.MONGO_URI;
  resetConfigForTests();
});

describe("the database stops answering", () => {
  it.skipIf(!standinInstalled)(
    "MongoDB: 503 within 3 s, one log line for the outage, recovery without a restart",
    async () => {
      const { congodb } = createRequire(path.join(STANDIN_DIR, "package.json"))("@push.rocks/smartmongo");
      const port = await freePort();
      const server = new congodb.CongoServer({ port });
      await server.start();
      const proxy = await startTcpProxy(port);
      try {
        // The stand-in does not speak the streaming heartbeat protocol: poll.
        process.env.MONGO_URI = `mongodb://127.0.0.1:${proxy.port}/?serverMonitoringMode=poll`;
        resetConfigForTests();
        await closeStoreForTests();
        expect(getConfig().database).toBe("mongodb");
        const user = await createTestUser();
        expect((await readMe(user)).status).toBe(200);
        logs = captureLogsForTests();

        proxy.stall();
        const replies = [await timed(() => readMe(user)), await timed(() => saveInterview(user)), await timed(() => readMe(user))];
        for (const reply of replies) {
          expect(reply).toMatchObject({ status: 503, code: "database_unavailable" });
          expect(reply.ms).toBeLessThan(3_000);
        }
        const outage = events(logs, "store_unavailable");
        expect(outage).toHaveLength(1); // one line per outage, not per request
        expect(outage[0]).toMatchObject({ level: "error", store: "mongodb" });
        expect(String(outage[0].cause)).toMatch(/timeout|unreachable/);

        proxy.resume();
        const waited = await eventually(
          async () => (await readMe(user)).status === 200 && (await saveInterview(user)).status === 201,
          20_000,
        );
        console.log(
          `MongoDB outage: replies in ${replies.map((r) => Math.round(r.ms)).join(", ")} ms; service back ${waited} ms after the database`,
        );
        expect(events(logs, "store_recovered")).toHaveLength(1);
        expect(events(logs, "store_unavailable")).toHaveLength(1);
        expect((await metricsText()).body).toMatch(/intervu_store_errors_total\{store="mongodb",kind="(timeout|unreachable)"\} [3-9]/);
      } finally {
        await closeStoreForTests();
        await proxy.close();
        await server.stop();
      }
    },
    60_000,
  );

  it("SQLite locked by another writer: writes answer 503 within 3 s while reads go on, then recover", async () => {
    const user = await createTestUser();
    logs = captureLogsForTests();
    const locker = new Database(path.join(getConfig().dataDir, "intervu.db"));
    locker.exec("BEGIN EXCLUSIVE");
    let first: Awaited<ReturnType<typeof timed>>;
    try {
      first = await timed(() => saveInterview(user));
      expect(first).toMatchObject({ status: 503, code: "database_unavailable" });
      expect(first.ms).toBeLessThan(3_000);
      expect((await readMe(user)).status).toBe(200); // WAL: readers are not blocked, and do not end the write outage
      expect(await timed(() => saveInterview(user))).toMatchObject({ status: 503, code: "database_unavailable" });
      const outage = events(logs, "store_unavailable");
      expect(outage).toHaveLength(1);
      expect(outage[0]).toMatchObject({ store: "sqlite", cause: "busy" });
      expect(events(logs, "store_recovered")).toHaveLength(0);
    } finally {
      locker.exec("COMMIT");
      locker.close();
    }
    expect((await saveInterview(user)).status).toBe(201);
    expect(events(logs, "store_recovered")).toHaveLength(1);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}
