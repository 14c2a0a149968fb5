// Start-up work: a module that has one-off preparation (compiling a large set of patterns, checking a remote
// service it depends on) registers it here when it loads, and the server runs it once at start, after loading the
// route modules (lib/boot/boot.ts), so the first request that needs the module does not pay for it. Tests and
// scripts never run it: they pay the cost lazily, where they use the module. The list lives on globalThis because
// the bundler may give the server more than one copy of a module (each registers its own work).

type Work = { name: string; run: () => void | Promise<void> };
const g = globalThis as typeof globalThis & { __intervuStartupWork?: Work[] };

/** How long start-up waits for one task (a remote check, say) before going on without it. */
const STARTUP_TASK_TIMEOUT_MS = 10_000;

export function onServerStart(name: string, run: () => void | Promise<void>): void {
  (g.__intervuStartupWork ??= []).push({ name, run });
}

/** Runs (and forgets) the registered work, the asynchronous tasks together; returns what failed and why. */
export async function runStartupWork(timeoutMs = STARTUP_TASK_TIMEOUT_MS): Promise<{ ran: number; failed: string[] }> {
  const work = (g.__intervuStartupWork ?? []).splice(0);
  const results = await Promise.allSettled(work.map((w) => withTimeout(Promise.resolve().then(w.run), timeoutMs)));
  const failed = results.flatMap((r, i) => (r.status === "rejected" ? [`${work[i].name}: ${reasonOf(r.reason)}`] : []));
  return { ran: work.length, failed };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
