import type { InterviewDoc } from "@/core/schemas/interview";
import type { JobData } from "@/core/schemas/job";

// Small helpers shared by the interview integration tests.

export type Ctx = { params: Promise<Record<string, string>> };
export const noParams: Ctx = { params: Promise.resolve({}) };
export const idCtx = (id: string): Ctx => ({ params: Promise.resolve({ id }) });

export function jsonRequest(url: string, method: string, headers: Record<string, string>, body?: unknown): Request {
  return new Request(`http://localhost${url}`, {
    method,
    headers: body === undefined ? headers : { ...headers, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const SAMPLE_QUESTIONS = [
  "Tell me about a time you disagreed with a teammate about a technical decision.",
  "How does React decide when to re-render a component?",
  "How would you design a rate limiter for a public API?",
];

export function saveBody(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    questions: SAMPLE_QUESTIONS,
    answers: [],
    role: "Frontend developer",
    level: "mid",
    type: "mixed",
    techstack: ["React", "TypeScript"],
    question_notes: [
      { category: "behavioral", key_points: ["specific situation", "how it was resolved", "outcome"] },
      { category: "technical", key_points: ["state or props change", "parent re-render", "memoisation"] },
      { category: "system-design", key_points: ["token bucket", "per-key counters", "shared store"] },
    ],
    ...overrides,
  };
}

export const STRONG_ANSWER =
  "In my last role our team disagreed about moving the checkout page to server rendering. I was the lead on the checkout. " +
  "First I collected data: the page took 3.2 seconds to become interactive on mid-range phones. Then I built a small prototype " +
  "and we compared both approaches in a one-hour review. As a result we chose server rendering, load time dropped by 40%, " +
  "and conversion rose 6% over the next quarter. I learned to settle disagreements with measurements rather than opinions.";

export const SHORT_ANSWER = "React re-renders a component when its state or props change, and when its parent re-renders.";

export const JOB: JobData = {
  job_title: "Senior Backend Engineer",
  company: "Acme Payments",
  location: "Remote",
  url: "",
  employment_type: "Full-time",
  seniority: "Senior",
  salary: "",
  summary: "Build payment APIs.",
  requirements: ["5+ years with Go or Python", "PostgreSQL"],
  responsibilities: ["Design APIs"],
  qualifications: [],
  nice_to_have: ["Kafka"],
  hard_skills: ["Go", "PostgreSQL", "Kafka"],
  soft_skills: ["Communication"],
  culture: [],
  description: "Build payment APIs in Go with PostgreSQL and Kafka.",
  engine: "offline",
  model: null,
};

export async function readJson<T = InterviewDoc>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
