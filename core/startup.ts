// Start-up work: a module that has costly one-off preparation (compiling a large set of patterns, say) registers it
// here when it loads, and the server runs it once at start, after loading the route modules (lib/boot/boot.ts), so
// the first request that needs the module does not pay for it. Tests and scripts never run it: they pay the cost
// lazily, where they use the module. The list lives on globalThis because the bundler may give the server more
// than one copy of a module (each registers its own work).

type Work = { name: string; run: () => void };
const g = globalThis as typeof globalThis & { __intervuStartupWork?: Work[] };

export function onServerStart(name: string, run: () => void): void {
  (g.__intervuStartupWork ??= []).push({ name, run });
}

/** Runs (and forgets) the registered work; returns the names of the parts that failed. */
export function runStartupWork(): { ran: number; failed: string[] } {
  const work = (g.__intervuStartupWork ?? []).splice(0);
  const failed: string[] = [];
  for (const w of work) {
    try {
      w.run();
    } catch {
      failed.push(w.name);
    }
  }
  return { ran: work.length, failed };
}
