// Realistic evaluated interviews for the benchmarks: eight questions, answers of mixed quality (STAR stories with
// numbers, vague or hypothetical answers, filler-heavy rambling, short ones, a skipped one), evaluated by the real
// offline evaluation and coaching agents, so sizes (~20 KB) and the spread of strengths and weaknesses are what the
// app stores. A small pool is evaluated once; interview i reuses pool[i % size].
import { runCoachingAgent } from "@/agents/coaching";
import { runEvaluationAgent } from "@/agents/evaluation";
import type { AnswerEvaluation } from "@/core/schemas/interview";
import type { NewInterview } from "@/lib/db/types";

const QUESTIONS: { q: string; points: string[]; topic: string }[] = [
  {
    q: "Tell me about a time you improved the performance of a system.",
    points: ["measure first", "root cause", "result with numbers"],
    topic: "a slow checkout API",
  },
  {
    q: "Describe a conflict with a teammate and how you resolved it.",
    points: ["listen", "shared goal", "outcome"],
    topic: "a disagreement about the database design",
  },
  {
    q: "How would you design a URL shortener?",
    points: ["hashing", "storage", "caching", "scaling reads"],
    topic: "short links for a marketing team",
  },
  {
    q: "Explain the difference between a process and a thread.",
    points: ["memory isolation", "shared memory", "context switch cost"],
    topic: "a worker pool",
  },
  {
    q: "Tell me about a production incident you handled.",
    points: ["detect", "mitigate", "postmortem"],
    topic: "an outage of the payment service",
  },
  {
    q: "How do database indexes work and when would you add one?",
    points: ["b-tree", "read vs write cost", "query plan"],
    topic: "a report query",
  },
  {
    q: "Describe a project you are proud of.",
    points: ["your role", "impact", "what you learned"],
    topic: "a self-service onboarding flow",
  },
  {
    q: "How do you make sure your code is well tested?",
    points: ["unit tests", "integration tests", "test in CI"],
    topic: "a billing module",
  },
  { q: "Tell me about a time you missed a deadline.", points: ["own it", "communicate early", "what changed"], topic: "a data migration" },
  { q: "How would you explain REST to a non-technical colleague?", points: ["resources", "verbs", "stateless"], topic: "our public API" },
  {
    q: "Describe how you mentored a junior developer.",
    points: ["regular pairing", "feedback", "growth"],
    topic: "a new graduate on the team",
  },
  {
    q: "What happens when you type a URL into a browser?",
    points: ["DNS", "TCP/TLS", "HTTP request", "rendering"],
    topic: "a slow landing page",
  },
];

type Style = "star" | "technical" | "vague" | "hypothetical" | "filler" | "short" | "skip";
const STYLES: Style[] = ["star", "technical", "vague", "star", "hypothetical", "filler", "short", "technical", "star", "skip"];

function answer(style: Style, q: (typeof QUESTIONS)[number], n: number): string {
  const [p1, p2, p3] = q.points;
  switch (style) {
    case "star":
      return (
        `At my last company we had ${q.topic}, and it was hurting about ${20 + (n % 30)} percent of our customers every week. ` +
        `I was the engineer responsible for fixing it, so I owned the plan and the follow-up. ` +
        `First I focused on ${p1}: I gathered the data from our dashboards and talked to the two people closest to the problem. ` +
        `Then I worked on ${p2 ?? p1}, wrote down three options with their trade-offs, and agreed with my lead which one to try first. ` +
        `I shipped it behind a feature flag, added a test in CI, and watched the numbers for a week. ` +
        `In the end the error rate went from ${3 + (n % 5)}.${n % 10} percent to under 0.5 percent and we closed ${10 + (n % 20)} support tickets. ` +
        `What I learned is that ${p3 ?? "measuring first"} matters more than the first idea you have.`
      );
    case "technical":
      return (
        `The short answer is that it comes down to ${p1} and ${p2 ?? p1}. ` +
        `For ${q.topic}, I would start with ${p1}, because that decides everything else. ` +
        `Next comes ${p2 ?? p1}: it has a cost, so you only pay it where the access pattern needs it. ` +
        `${p3 ? `Finally ${p3}, which is what people usually forget. ` : ""}` +
        `In practice I check it with a small experiment before I commit to it, and I write down why.`
      );
    case "vague":
      return `I think it depends on the situation. Usually I would talk to the team and we would figure it out together, and it worked out fine in the end.`;
    case "hypothetical":
      return `I would probably look at ${p1} first and then maybe ${p2 ?? "the details"}. I would ask my manager what they think and then I would try something and see if it works.`;
    case "filler":
      return (
        `Um, so, like, basically we had ${q.topic}, you know, and I kind of, um, looked into it. ` +
        `And, like, I think it was sort of about ${p1}, basically, and, um, we just kind of fixed it, you know, ` +
        `and then, like, it was better, I guess, and everyone was, um, pretty happy with it, so yeah.`
      );
    case "short":
      return `${p1[0].toUpperCase()}${p1.slice(1)}, mostly.`;
    case "skip":
      return "";
  }
}

export type EvaluatedPoolEntry = Pick<
  NewInterview,
  | "questions"
  | "answers"
  | "question_notes"
  | "evaluations"
  | "overall_score"
  | "strengths"
  | "weaknesses"
  | "feedback"
  | "coaching_tips"
  | "focus_areas"
  | "practice_plan"
>;

/** Evaluates `size` interviews with the offline engine (the caller sets AI_ENGINE=offline). */
export async function buildEvaluatedPool(size = 12): Promise<EvaluatedPoolEntry[]> {
  const pool: EvaluatedPoolEntry[] = [];
  for (let i = 0; i < size; i++) {
    const picked = Array.from({ length: 8 }, (_, k) => QUESTIONS[(i * 5 + k * 7) % QUESTIONS.length]);
    const answers = picked.map((q, k) => answer(STYLES[(i * 3 + k) % STYLES.length], q, i * 8 + k));
    const results = await Promise.all(
      picked.map((q, k) =>
        runEvaluationAgent({
          question: q.q,
          key_points: q.points,
          answer: answers[k],
          role: "Backend developer",
          level: "mid",
          type: "mixed",
        }),
      ),
    );
    const evaluations: AnswerEvaluation[] = results.map(({ engine: _e, model: _m, ...e }, k) => ({ ...e, question_index: k }));
    const ok = evaluations.filter((e) => e.status === "ok");
    const coaching = await runCoachingAgent({
      role: "Backend developer",
      level: "mid",
      type: "mixed",
      evaluations,
      recurring_weaknesses: [],
    });
    const mean = ok.length ? Math.round((ok.reduce((s, e) => s + (e.overall_score ?? 0), 0) / ok.length) * 10) / 10 : null;
    pool.push({
      questions: picked.map((q) => q.q),
      answers,
      question_notes: picked.map((q) => ({ category: "general", key_points: q.points })),
      evaluations,
      overall_score: mean,
      strengths: [...new Set(ok.flatMap((e) => e.strengths))].slice(0, 5),
      weaknesses: [...new Set(ok.flatMap((e) => e.weaknesses))].slice(0, 5),
      feedback: coaching.feedback,
      coaching_tips: coaching.coaching_tips,
      focus_areas: coaching.focus_areas,
      practice_plan: coaching.practice_plan,
    });
  }
  return pool;
}

/** Interview i of a seeded history, evaluated (from the pool), as createInterview takes it. */
export function evaluatedInterview(pool: EvaluatedPoolEntry[], i: number): NewInterview {
  const entry = pool[i % pool.length];
  return {
    ...entry,
    role: ["Backend developer", "Platform engineer", "Full-stack developer"][i % 3],
    level: "mid",
    type: "mixed",
    techstack: ["node", "typescript", "postgres"],
    status: "evaluated",
    engine: "offline",
    model: null,
    evaluated_at: new Date().toISOString(),
  };
}

/** A newly saved interview (what POST /api/interview/save stores): questions, notes, no answers yet. */
export function newInterview(pool: EvaluatedPoolEntry[], i: number): NewInterview {
  const entry = pool[i % pool.length];
  return {
    questions: entry.questions,
    answers: entry.questions.map(() => ""),
    question_notes: entry.question_notes,
    role: "Backend developer",
    level: "mid",
    type: "mixed",
    techstack: ["node", "typescript", "postgres"],
    status: "in_progress",
  };
}
