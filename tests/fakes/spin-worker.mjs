// A worker for lib/workers/pool.test.ts: "spin" keeps its thread busy forever (like a regex that backtracks or a
// PDF that never ends), "grow" allocates memory outside the JS heap until stopped, "echo" answers at once.
import { threadId } from "node:worker_threads";

export default async function ({ name, input }) {
  if (name === "spin") for (;;);
  if (name === "grow") {
    const kept = [];
    for (;;) {
      const chunk = new Uint8Array(16 * 1024 * 1024);
      chunk.fill(1);
      kept.push(chunk);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  return { ok: true, value: { threadId, input } };
}
