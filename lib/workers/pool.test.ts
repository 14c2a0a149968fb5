import path from "node:path";
import { Piscina } from "piscina";
import { afterAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/core/config";
import { runOnPool } from "@/lib/workers/pool";
import { MiB, settledRss, withPeakRss } from "@/tests/helpers/memory";

// The pool's limits on a pool of test workers: a task that never ends is stopped by terminating its thread (the
// event loop here stays free throughout), and a task that grows memory outside the heap is stopped too, after
// which the memory is given back. Written for a loaded 2-core CI machine: the bounds are far from what a broken
// pool would show (a spin on this thread stalls it for the whole time limit; a missed memory cap grows to 1 GB),
// and memory is compared with a baseline taken in the same test, waiting for it to settle instead of sleeping.

const piscina = new Piscina({ filename: path.resolve(__dirname, "../../tests/fakes/spin-worker.mjs"), minThreads: 1, maxThreads: 1 });
afterAll(async () => {
  await piscina.destroy();
  delete process.env.CPU_WORKER_MEMORY_MB;
  resetConfigForTests();
});

const limits = { tooSlow: "took too long", tooBig: "too much memory" };
const echo = async (input: number, timeoutMs?: number) =>
  (await runOnPool(piscina, "echo", input, { ...limits, timeoutMs })) as { threadId: number; input: number };

describe("worker pool limits", () => {
  it("terminates a task that runs past its time limit (422), and the loop stays responsive meanwhile", async () => {
    const first = await echo(1);
    const timeoutMs = 1_000;
    let worstLag = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      worstLag = Math.max(worstLag, now - last - 10);
      last = now;
    }, 10);
    const started = performance.now();
    await expect(runOnPool(piscina, "spin", null, { ...limits, timeoutMs })).rejects.toMatchObject({
      status: 422,
      message: "took too long",
    });
    const elapsed = performance.now() - started;
    clearInterval(probe);
    console.log(
      `pool: spin stopped after ${elapsed.toFixed(0)} ms (limit ${timeoutMs}), worst loop lag meanwhile ${worstLag.toFixed(0)} ms`,
    );
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 5);
    expect(elapsed).toBeLessThan(timeoutMs + 3_000);
    // Spinning on this thread would stall it for the whole second; a loaded machine delays it by tens of ms.
    expect(worstLag).toBeLessThan(timeoutMs / 2);
    // The spinning thread is gone: the next task runs on a new one (with one thread, the old one would still spin).
    const next = await echo(2);
    expect(next.input).toBe(2);
    expect(next.threadId).not.toBe(first.threadId);
  });

  it("counts a task's own run against its time limit, not its wait for a thread", async () => {
    await echo(1);
    // The only thread is busy for 1.5 s; a task queued behind it with a 1 s limit still runs (it used to be a 422).
    const holding = runOnPool(piscina, "wait", 1_500, { ...limits, timeoutMs: 5_000 });
    const queued = await echo(2, 1_000).catch((error: unknown) => error);
    expect(queued).toMatchObject({ input: 2 });
    await holding;
  });

  it("terminates a task that makes the process grow past the memory cap (413), and the memory comes back", async () => {
    process.env.CPU_WORKER_MEMORY_MB = "64";
    resetConfigForTests();
    await echo(1); // a live thread in the baseline, as there is one after the task
    const before = process.memoryUsage.rss();
    const { result, peak } = await withPeakRss(() =>
      runOnPool(piscina, "grow", null, { ...limits, timeoutMs: 30_000 }).then(
        () => null,
        (error: unknown) => error,
      ),
    );
    expect(result).toMatchObject({ status: 413, message: "too much memory" });
    // It grew, and was stopped near the 64 MiB cap, far from the 1 GiB where it stops growing by itself.
    expect(peak - before).toBeGreaterThan(32 * MiB);
    expect(peak - before).toBeLessThan(400 * MiB);
    await echo(2);
    const after = await settledRss(before, 32 * MiB);
    console.log(
      `pool: memory-cap task peak +${((peak - before) / MiB).toFixed(0)} MiB, after it +${((after - before) / MiB).toFixed(0)} MiB`,
    );
    // The thread's buffers go with it.
    expect(after - before).toBeLessThan(32 * MiB);
  });
});
