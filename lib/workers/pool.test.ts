import path from "node:path";
import { Piscina } from "piscina";
import { afterAll, describe, expect, it } from "vitest";
import { runOnPool } from "@/lib/workers/pool";

// The pool's limits on a pool of test workers: a task that never ends is stopped by terminating its thread (the
// event loop here stays free throughout), and a task that grows memory outside the heap is stopped too.

const piscina = new Piscina({ filename: path.resolve(__dirname, "../../tests/fakes/spin-worker.mjs"), minThreads: 1, maxThreads: 1 });
afterAll(() => piscina.destroy());

const limits = { tooSlow: "took too long", tooBig: "too much memory" };

describe("worker pool limits", () => {
  it("terminates a task that runs past its time limit (422), and the loop stays responsive meanwhile", async () => {
    const first = (await runOnPool(piscina, "echo", 1, limits)) as { threadId: number };
    let worstLag = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      worstLag = Math.max(worstLag, now - last - 10);
      last = now;
    }, 10);
    const started = performance.now();
    await expect(runOnPool(piscina, "spin", null, { ...limits, timeoutMs: 300 })).rejects.toMatchObject({
      status: 422,
      message: "took too long",
    });
    clearInterval(probe);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(worstLag).toBeLessThan(100);
    // The spinning thread is gone: the next task runs on a new one (with one thread, the old one would still spin).
    const next = (await runOnPool(piscina, "echo", 2, limits)) as { threadId: number; input: number };
    expect(next.input).toBe(2);
    expect(next.threadId).not.toBe(first.threadId);
  });

  it("terminates a task that makes the process grow past the memory cap (413)", async () => {
    const before = process.memoryUsage.rss();
    await expect(runOnPool(piscina, "grow", null, { ...limits, timeoutMs: 20_000 })).rejects.toMatchObject({
      status: 413,
      message: "too much memory",
    });
    // The thread's buffers go with it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(process.memoryUsage.rss() - before).toBeLessThan(128 * 1024 * 1024);
  });
});
