// `npm run bench:answer`: the offline evaluation of one answer, as a user gets it. Each run spawns a fresh Node
// process (tsx, react-server conditions, AI_ENGINE=offline) and starts the clock before the spawn: "cold" is from spawn
// to the first evaluation's result (Node start, imports, word data, first run); then the median of 300 evaluations
// of realistic answers (technical, behavioural, rambling) in the same process. Goal: median ≤ 10 ms.
// Flags: --runs N (processes, default 3). Run on a quiet machine: other work shows in the spread.
import { spawn } from "node:child_process";
import path from "node:path";
import { RESULT_TAG } from "./bench/answer-worker";
import { flag, median, spread } from "./bench/stats";

type Result = { importMs: number; firstEvaluationMs: number; firstDoneAt: number; times: number[] };

function once(): Promise<{ coldMs: number; result: Result }> {
  return new Promise((resolve, reject) => {
    // Wall-clock milliseconds (timeOrigin + now) compare across processes: the worker reports when its first
    // evaluation finished on the same clock.
    const start = performance.timeOrigin + performance.now();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", path.join("scripts", "bench", "answer-worker.ts")],
      {
        env: { ...process.env, AI_ENGINE: "offline" },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    // The product's request/AI-call logs share stdout with the result: the result is the line that starts RESULT_TAG.
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`worker exited ${code}`));
      const line = out.split("\n").find((l) => l.startsWith(RESULT_TAG));
      if (!line) return reject(new Error(`worker printed no result:\n${out.slice(-2000)}`));
      const result = JSON.parse(line.slice(RESULT_TAG.length)) as Result;
      resolve({ coldMs: result.firstDoneAt - start, result });
    });
  });
}

async function main(): Promise<void> {
  const runs = Number(flag("runs", "3"));
  const cold: number[] = [];
  const first: number[] = [];
  const imports: number[] = [];
  const medians: number[] = [];
  const p95s: number[] = [];
  let warmRuns = 0;
  for (let i = 0; i < runs; i++) {
    const { coldMs, result } = await once();
    const sorted = [...result.times].sort((a, b) => a - b);
    warmRuns = sorted.length;
    cold.push(coldMs);
    first.push(result.firstEvaluationMs);
    imports.push(result.importMs);
    medians.push(median(sorted));
    p95s.push(sorted[Math.floor(sorted.length * 0.95)]);
  }
  console.log(`offline evaluation of one answer, ${runs} fresh processes (median (min–max) over processes)`);
  console.log(`  cold: spawn → first evaluation's result   ${spread(cold, 0)} ms`);
  console.log(`        of which importing the agent       ${spread(imports, 0)} ms`);
  console.log(`        and the first evaluation itself    ${spread(first, 1)} ms`);
  console.log(`  warm: median of ${String(warmRuns).padEnd(4)}evaluations         ${spread(medians, 2)} ms   (goal ≤ 10 ms)`);
  console.log(`        95th percentile                    ${spread(p95s, 2)} ms`);
}

void main();
