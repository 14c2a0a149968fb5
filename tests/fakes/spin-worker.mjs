// A worker for lib/workers/pool.test.ts: "spin" keeps its thread busy forever (like a regex that backtracks or a
// PDF that never ends), "grow" allocates memory outside the JS heap (4 MB every 10 ms, as decoded buffers would)
// until it is stopped, "wait" holds its thread for `input` ms without using it, "echo" answers at once.
import { threadId } from "node:worker_threads";

/** Where "grow" stops growing (and just waits): far past the test's cap, short of hurting the machine. */
const GROW_AT_MOST = 1024 * 1024 * 1024;

export default async function spinWorker({ name, input, started }) {
  started?.postMessage(null); // the pool's time limit starts now
  started?.close();
  if (name === "spin") for (;;);
  if (name === "wait") await new Promise((resolve) => setTimeout(resolve, input));
  if (name === "grow") {
    const kept = [];
    for (let size = 0; ; ) {
      if (size < GROW_AT_MOST) {
        const chunk = new Uint8Array(4 * 1024 * 1024);
        chunk.fill(1);
        kept.push(chunk);
        size += chunk.byteLength;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return { ok: true, value: { threadId, input } };
}
