import { resetConfigForTests } from "@/core/config";
import { runCoachingAgent } from "@/agents/coaching";
import { runEvaluationAgent } from "@/agents/evaluation";
import { resetGatewayForTests } from "@/agents/gateway";
import type { AnswerEvaluation } from "@/core/schemas/interview";
import { startFakeGemini, type FakeRequest } from "./fake-gemini";

// The interview-evaluation benchmark, shared by scripts/bench-evaluation.ts and tests/integration/bench-evaluation.test.ts:
// a fake Gemini server with latency L; 10 answers evaluated concurrently (Promise.all) through the real gateway and SDK,
// then one coaching call. Sequential calls would take 11 × L; the target is at most 2.5 × L.

export type BenchResult = {
  latencyMs: number;
  answers: number;
  totalMs: number;
  evaluationsMs: number;
  coachingMs: number;
  ratio: number;
  requests: number;
  arrivalSpreadMs: number;
};

export const ANSWERS = [
  "At my last job our checkout API was slow, p95 was 1.8 seconds. I profiled it, found N+1 queries and batched them; p95 dropped to 320 ms.",
  "I would start by clarifying requirements, then sketch the data model and the API, and finally discuss caching and scaling trade-offs.",
  "A process has its own memory while threads share memory, so threads are cheaper but need locks to avoid races.",
  "When two teammates disagreed about the design, I set up a short meeting, we listed the trade-offs and agreed to prototype both within two days.",
  "Indexes speed up reads but slow down writes; I add them for the queries that matter after checking the query plan.",
  "I mentored a junior developer for six months; we paired twice a week and she shipped her first feature alone after eight weeks.",
  "In React, useEffect runs after render; the dependency array controls when it re-runs, and a cleanup function avoids leaks.",
  "I missed a deadline once because I underestimated testing; since then I add a buffer and flag risks early to my manager.",
  "REST uses resources and HTTP verbs; GraphQL lets clients ask for exactly the fields they need from one endpoint.",
  "To debug a production issue I first check dashboards and logs, reproduce it, then bisect recent deploys.",
];

/** The fake model's replies: an answer evaluation or a coaching plan, depending on the prompt. */
export function reply(req: FakeRequest) {
  if (req.prompt.includes("Band descriptors")) {
    return {
      json: {
        criteria: { content: 7, clarity: 7, structure: 6, depth: 6, examples: 5 },
        evidence: [],
        strengths: ["Direct answer"],
        weaknesses: ["No measurable result: the outcome is not quantified."],
        feedback: "Solid start; add a measurable result.",
        improved_answer: "In my last role I ... [your result]",
      },
    };
  }
  return {
    json: {
      feedback: "You answered every question clearly; add numbers to your stories.",
      coaching_tips: ["Quantify results", "Lead with the answer", "Use STAR"],
      focus_areas: ["Examples", "Depth"],
      practice_plan: ["Write five STAR stories", "Practise aloud", "Take another mock interview"],
    },
  };
}

/**
 * `warmup` (default true): first run one untimed round at zero latency against the same server, as a running app
 * would be (modules compiled, connection pool open); then the timed round at latency L.
 */
export async function runEvaluationBench(options: { latencyMs?: number; answers?: number; warmup?: boolean } = {}): Promise<BenchResult> {
  const latencyMs = options.latencyMs ?? 300;
  const n = Math.min(options.answers ?? 10, ANSWERS.length);
  const fake = await startFakeGemini();
  const saved = { ...process.env };
  try {
    process.env.GEMINI_API_KEY = "bench-key";
    process.env.AI_ENGINE = "gemini";
    process.env.GEMINI_BASE_URL = fake.url;
    process.env.AI_TIMEOUT_MS = String(Math.max(5000, latencyMs * 10));
    resetConfigForTests();
    resetGatewayForTests();
    fake.setHandler(reply);
    if (options.warmup !== false) {
      await oneInterview(n);
      fake.requests.length = 0;
    }
    fake.setLatency(latencyMs);

    const started = performance.now();
    const evaluated = await oneInterview(n);
    const totalMs = performance.now() - started;

    const arrivals = fake.requests.slice(0, n).map((r) => r.received_at);
    return {
      latencyMs,
      answers: n,
      totalMs: Math.round(totalMs),
      evaluationsMs: Math.round(evaluated - started),
      coachingMs: Math.round(started + totalMs - evaluated),
      ratio: Math.round((totalMs / latencyMs) * 100) / 100,
      requests: fake.requests.length,
      arrivalSpreadMs: arrivals.length ? Math.max(...arrivals) - Math.min(...arrivals) : 0,
    };
  } finally {
    for (const key of ["GEMINI_API_KEY", "AI_ENGINE", "GEMINI_BASE_URL", "AI_TIMEOUT_MS"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    resetConfigForTests();
    resetGatewayForTests();
    await fake.close();
  }
}

/** One interview: n evaluations concurrently, then coaching. Returns the time the evaluations finished. */
async function oneInterview(n: number): Promise<number> {
  const evaluations = await Promise.all(
    ANSWERS.slice(0, n).map((answer, i) =>
      runEvaluationAgent({
        question: `Question ${i + 1}`,
        key_points: ["a point"],
        answer,
        role: "Software Engineer",
        level: "mid",
        type: "mixed",
      }),
    ),
  );
  const evaluated = performance.now();
  const stored: AnswerEvaluation[] = evaluations.map(({ engine: _e, model: _m, ...e }, question_index) => ({ ...e, question_index }));
  await runCoachingAgent({
    role: "Software Engineer",
    level: "mid",
    type: "mixed",
    evaluations: stored,
    recurring_weaknesses: [{ text: "No measurable result", count: 3 }],
  });
  return evaluated;
}
