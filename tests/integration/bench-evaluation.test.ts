import { describe, expect, it } from "vitest";
import { runEvaluationBench } from "@/tests/fakes/evaluation-bench";

describe("interview evaluation concurrency", () => {
  // A timing test on a shared machine: retried so that one scheduling hiccup does not fail the suite.
  it("10 answers + coaching through the gateway take at most 2.5 × the model latency", { retry: 2 }, async () => {
    // L = 400 ms: the same 2.5 × L bound as `npm run bench:evaluation` (300 ms), with a little more absolute slack for
    // CPU contention when many test files run in parallel.
    const latencyMs = 400;
    // runEvaluationBench warms up (one untimed round at zero latency) and then times one round at latency L.
    const result = await runEvaluationBench({ latencyMs, answers: 10 });
    expect(result.requests).toBe(11);
    expect(result.totalMs).toBeLessThanOrEqual(2.5 * latencyMs);
  });
});
