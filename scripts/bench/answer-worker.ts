// One fresh process for `npm run bench:answer`: imports the evaluation agent, times the first evaluation (cold), then
// evaluates realistic answers many times and prints the timings as JSON. The parent starts the clock before spawning
// this process, so the cold figure includes Node's start, every import and loading the word data.

import {
  DISAGREEMENT_QUESTION,
  DISAGREEMENT_STAR,
  LATENCY_PLAIN_CORRECT,
  LATENCY_QUESTION,
  RAMBLING_VAGUE,
} from "../../tests/helpers/interview-answers";

const QUESTIONS = [
  { ...LATENCY_QUESTION, type: "technical" as const },
  { ...DISAGREEMENT_QUESTION, type: "behavioral" as const },
];
const ANSWERS = [LATENCY_PLAIN_CORRECT, DISAGREEMENT_STAR, RAMBLING_VAGUE];

function input(i: number) {
  const q = QUESTIONS[i % QUESTIONS.length];
  return { ...q, answer: ANSWERS[i % ANSWERS.length], role: "Backend Engineer", level: "mid" as const };
}

/** Marks the result line on stdout, which the product's logs share. */
export const RESULT_TAG = "BENCH_RESULT ";

async function main(): Promise<void> {
  const importStart = performance.now();
  const { runEvaluationAgent } = await import("../../agents/evaluation");
  const imported = performance.now();
  const cold = performance.now();
  await runEvaluationAgent(input(0));
  const firstDone = performance.now();
  const times: number[] = [];
  const runs = Number(process.env.BENCH_RUNS ?? 300);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await runEvaluationAgent(input(i));
    times.push(performance.now() - t);
  }
  const firstDoneAt = performance.timeOrigin + firstDone;
  process.stdout.write(
    RESULT_TAG + JSON.stringify({ importMs: imported - importStart, firstEvaluationMs: firstDone - cold, firstDoneAt, times }) + "\n",
  );
}

if (process.argv[1]?.endsWith("answer-worker.ts")) void main();
