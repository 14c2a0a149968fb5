// Memory measured around an operation in a test: resident memory is compared with a baseline taken in the same
// test, and read again until it settles (a terminated thread's memory is given back a little after it ends), so a
// loaded machine makes the wait longer, not the assertion weaker.

export const MiB = 1024 * 1024;

/** Resident memory once it is within `margin` bytes of `baseline`, or its last value after `deadlineMs`. */
export async function settledRss(baseline: number, margin: number, deadlineMs = 10_000): Promise<number> {
  const until = performance.now() + deadlineMs;
  for (;;) {
    const rss = process.memoryUsage.rss();
    if (rss - baseline < margin || performance.now() > until) return rss;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `work` while sampling resident memory every 5 ms; returns its result and the highest value seen. */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage.rss();
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage.rss()) };
  } finally {
    clearInterval(sample);
  }
}
