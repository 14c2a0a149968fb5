// Benchmark: a whole interview's evaluation (10 answers concurrently + coaching) through the real gateway and SDK against
// the fake Gemini server with latency L. Target: total ≤ 2.5 × L, for a warm server (the verdict and exit code) and for
// the cold first interview of a fresh process (printed with its own verdict; noisier on a busy machine). The gateway,
// the evaluation and coaching agents and the offline rubric do their one-off work at module load (see agents/gateway.ts)
// so that the first interview is not slower than the next ones.
//
//   npx tsx scripts/bench-evaluation.ts [latencyMs]        (npm run bench:evaluation)
//
// core/config.ts imports the `server-only` marker, which throws outside a React Server environment. tsx runs this file
// as CommonJS, so we register an empty module for `server-only` in the require cache before loading the app code
// (equivalent: `npx tsx --conditions=react-server scripts/bench-evaluation.ts`).
import Module from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const localRequire = Module.createRequire(__filename);
const stubId = localRequire.resolve("server-only");
const stub = new Module(stubId);
stub.loaded = true;
stub.exports = {};
(localRequire.cache as Record<string, unknown>)[stubId] = stub;

async function main(): Promise<void> {
  const latencyMs = Number(process.argv[2] ?? 300) || 300;
  process.env.APP_ENV ??= "test";
  process.env.SECRET_KEY ??= "bench-secret-" + "x".repeat(40);
  process.env.DATA_DIR ??= path.join(tmpdir(), "intervu-bench");
  const { runEvaluationBench } = await import("../tests/fakes/evaluation-bench");
  const cold = await runEvaluationBench({ latencyMs, answers: 10, warmup: false });
  const result = await runEvaluationBench({ latencyMs, answers: 10 });
  const verdict = result.ratio <= 2.5 ? "PASS" : "FAIL";
  const coldVerdict = cold.ratio <= 2.5 ? "PASS" : "FAIL";
  console.log(
    [
      `fake Gemini latency L = ${result.latencyMs} ms`,
      `cold process (first interview after start-up, modules and connections not warm): ${cold.totalMs} ms = ${cold.ratio} × L (target ≤ 2.5 × L): ${coldVerdict}`,
      `warm (as in a running server):`,
      `  evaluations ${result.evaluationsMs} ms, coaching ${result.coachingMs} ms`,
      `evaluated ${result.answers} answers concurrently + coaching: ${result.requests} model calls`,
      `first ${result.answers} requests arrived within ${result.arrivalSpreadMs} ms of each other`,
      `total ${result.totalMs} ms = ${result.ratio} × L (target ≤ 2.5 × L, sequential would be ${result.answers + 1} × L): ${verdict}`,
    ].join("\n"),
  );
  if (verdict === "FAIL") process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
