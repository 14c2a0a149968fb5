import { describe, expect, it } from "vitest";
import { emptyProfileFields, type ProfileFields } from "@/core/schemas/profile";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { emptyJobData } from "@/tests/helpers/job-data";
import { runQuestionsAgent } from "./questions";
import { QUESTION_BANK } from "./offline/question-bank";
import { questionKey } from "./text/similarity";

const profile: ProfileFields = {
  ...emptyProfileFields,
  name: "Ada Example",
  experience: [
    {
      title: "Backend Engineer",
      company: "Acme Payments",
      start_date: "2021-03",
      end_date: "Present",
      duration: "3 years",
      description: "Payments APIs",
      highlights: ["Cut p95 latency by 40%"],
    },
  ],
};

const job = emptyJobData({
  job_title: "Senior Platform Engineer",
  company: "Globex",
  seniority: "senior",
  hard_skills: ["Kubernetes", "Terraform", "Postgres"],
  soft_skills: ["Leadership"],
});

describe("questions agent (offline)", () => {
  it("returns exactly `amount` distinct questions with notes, for every type and amount", async () => {
    for (const type of ["technical", "behavioral", "mixed"] as const) {
      for (const amount of [1, 5, 20]) {
        const r = await runQuestionsAgent({ role: "Frontend Developer", level: "mid", type, techstack: ["React", "TS"], amount });
        expect(r.questions).toHaveLength(amount);
        expect(r.question_notes).toHaveLength(amount);
        expect(new Set(r.questions.map(questionKey)).size).toBe(amount);
        expect(r.engine).toBe("offline");
        expect(r.model).toBeNull();
        for (const note of r.question_notes) expect(note.key_points.length).toBeGreaterThan(0);
      }
    }
  });

  it("is deterministic for the same input", async () => {
    const input = {
      role: "Backend Developer",
      level: "senior" as const,
      type: "mixed" as const,
      techstack: ["Node.js", "PostgreSQL"],
      amount: 8,
    };
    const a = await runQuestionsAgent(input);
    const b = await runQuestionsAgent(input);
    expect(a).toEqual(b);
  });

  it("technical: follows the tech stack (aliases normalised)", async () => {
    const r = await runQuestionsAgent({ role: "Developer", level: "mid", type: "technical", techstack: ["JS", "ReactJS"], amount: 6 });
    const ids = new Set(QUESTION_BANK.filter((q) => q.tech.some((t) => ["javascript", "react"].includes(t))).map((q) => q.text));
    expect(r.questions.filter((q) => ids.has(q)).length).toBeGreaterThanOrEqual(4);
  });

  it("matches bank tags through the skills dictionary (Kafka = Apache Kafka, Vue.js = Vue, GCP)", async () => {
    const r = await runQuestionsAgent({
      role: "Engineer",
      level: "mid",
      type: "technical",
      techstack: ["Apache Kafka", "Vue.js", "GCP"],
      amount: 6,
    });
    const tagged = (tag: string) => new Set(QUESTION_BANK.filter((q) => q.tech.includes(tag)).map((q) => q.text));
    for (const tag of ["kafka", "vue", "gcp"])
      expect(
        r.questions.some((q) => tagged(tag).has(q)),
        tag,
      ).toBe(true);
  });

  it("behavioral: only behavioural questions", async () => {
    const r = await runQuestionsAgent({ role: "Developer", level: "junior", type: "behavioral", techstack: ["React"], amount: 6 });
    expect(r.question_notes.every((n) => n.category === "behavioral")).toBe(true);
  });

  it("mentions the job's skills and uses the profile's most recent role", async () => {
    const r = await runQuestionsAgent({
      role: "Platform Engineer",
      level: "senior",
      type: "technical",
      techstack: [],
      amount: 6,
      profile,
      job,
    });
    const text = r.questions.join("\n");
    expect(text).toMatch(/Kubernetes/);
    expect(text).toMatch(/Terraform/);
    expect(text).toMatch(/PostgreSQL|Postgres/i);
    expect(r.questions[0]).toContain("Backend Engineer at Acme Payments");
  });

  it("avoids recently asked questions", async () => {
    const input = { role: "Developer", level: "mid" as const, type: "mixed" as const, techstack: ["React"], amount: 10 };
    const first = await runQuestionsAgent(input);
    const second = await runQuestionsAgent({ ...input, avoid: first.questions });
    expect(second.questions).toHaveLength(10);
    const before = new Set(first.questions.map(questionKey));
    expect(second.questions.filter((q) => before.has(questionKey(q)))).toEqual([]);
  });

  it("still returns `amount` when the avoid list covers most of the bank", async () => {
    const r = await runQuestionsAgent({
      role: "Developer",
      level: "mid",
      type: "behavioral",
      techstack: [],
      amount: 20,
      avoid: QUESTION_BANK.filter((q) => q.category === "behavioral").map((q) => q.text),
    });
    expect(r.questions).toHaveLength(20);
    expect(new Set(r.questions.map(questionKey)).size).toBe(20);
  });
});

describe("questions agent (gemini via fake server)", () => {
  const fake = setupFakeGemini({ timeoutMs: 2000 });

  it("dedupes, drops avoided questions, trims to amount and tops up from the bank", async () => {
    const q = (question: string) => ({ question, category: "technical", key_points: ["a point", "another point"] });
    fake.enqueue({
      json: {
        questions: [
          q("What is a closure in JavaScript?"),
          q("what is a closure in javascript"),
          q("Explain the event loop."),
          q("Old question here?"),
        ],
      },
    });
    const r = await runQuestionsAgent({
      role: "Frontend Developer",
      level: "mid",
      type: "technical",
      techstack: ["JavaScript"],
      amount: 3,
      avoid: ["Old question here?"],
      job,
    });
    expect(r.engine).toBe("gemini");
    expect(r.model).toBe("fake-gemini");
    expect(r.questions).toHaveLength(3);
    expect(r.questions.slice(0, 2)).toEqual(["What is a closure in JavaScript?", "Explain the event loop."]);
    const sent = fake.requests[0];
    expect(sent.generationConfig.responseJsonSchema.properties.questions.type).toBe("array");
    expect(sent.prompt).toMatch(/<<<BEGIN UNTRUSTED JOB [0-9a-f]+>>>/);
    expect(sent.prompt).toContain("Kubernetes");
    expect(sent.prompt).toMatch(/<<<BEGIN UNTRUSTED ASKED [0-9a-f]+>>>\nOld question here\?/);
  });

  it("drops questions of the wrong kind for the interview type and tops up from the bank", async () => {
    fake.enqueue({
      json: {
        questions: [
          {
            question: "Tell me about a time you resolved a conflict in your team.",
            category: "behavioral",
            key_points: ["situation", "result"],
          },
          { question: "Explain the JavaScript event loop.", category: "technical", key_points: ["call stack", "task queue"] },
        ],
      },
    });
    const r = await runQuestionsAgent({ role: "Developer", level: "mid", type: "behavioral", techstack: [], amount: 2 });
    expect(r.questions[0]).toBe("Tell me about a time you resolved a conflict in your team.");
    expect(r.questions).not.toContain("Explain the JavaScript event loop.");
    expect(r.questions).toHaveLength(2);
    expect(r.question_notes.every((n) => n.category === "behavioral")).toBe(true);
  });

  it("keeps the model's reference answer on the question's notes (issue 12)", async () => {
    const reference = "A process has its own memory; threads of one process share its memory.";
    fake.enqueue({
      json: {
        questions: [
          {
            question: "What is the difference between a process and a thread?",
            category: "technical",
            key_points: ["memory"],
            reference_answer: `  ${reference} `,
          },
          { question: "Explain the event loop.", category: "technical", key_points: ["call stack", "task queue"] },
        ],
      },
    });
    const r = await runQuestionsAgent({ role: "Backend Developer", level: "mid", type: "technical", techstack: [], amount: 2 });
    expect(r.question_notes[0].reference_answer).toBe(reference);
    expect(r.question_notes[1]).not.toHaveProperty("reference_answer");
  });

  it("propagates model failures as AiError", async () => {
    fake.enqueue({ status: 500 }, { status: 500 }, { status: 500 });
    await expect(runQuestionsAgent({ role: "Dev", level: "mid", type: "technical", techstack: [], amount: 2 })).rejects.toMatchObject({
      code: "ai_unavailable",
    });
  });
});
