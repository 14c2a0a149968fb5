// A long history: the dashboard's and the strengths summary's counts are exact at 10,000 evaluated interviews (they
// said "1000" when they were recomputed from at most 1,000 documents), and evaluating or deleting an interview never
// reads the history (the store's running totals are read instead).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createInterview } from "@/lib/db/interviews";
import { getStore } from "@/lib/db/store";
import { getDashboardData } from "@/lib/interview/dashboard";
import { evaluateInterview } from "@/lib/interview/evaluate";
import { removeInterview } from "@/lib/interview/interviews";
import { getTraitSummary } from "@/lib/profile/traits";
import { createTestUser } from "@/tests/helpers/auth";
import { scoredEvaluation } from "@/tests/helpers/evaluations";

const N = 10_000;

let userId: string;

beforeAll(async () => {
  userId = (await createTestUser()).user.id;
  for (let i = 0; i < N; i++) {
    await createInterview({
      userId,
      data: {
        questions: ["Q1"],
        answers: ["An answer."],
        role: "Developer",
        level: "mid",
        type: "mixed",
        techstack: [],
        status: "evaluated",
        evaluations: [scoredEvaluation((i % 9) + 1, [i % 2 ? "Clear structure" : "Good depth"], ["Few numbers"])],
        overall_score: (i % 9) + 1,
        evaluated_at: new Date().toISOString(),
      },
    });
  }
}, 120_000);

afterEach(() => vi.restoreAllMocks());

describe(`a user with ${N.toLocaleString("en")} evaluated interviews`, () => {
  it("sees exact counts on the dashboard and in the strengths summary", async () => {
    const { traits, trend, recent } = await getDashboardData({ userId });
    expect(traits.interviews_evaluated).toBe(N);
    expect(traits.strengths).toEqual([
      { text: expect.any(String), count: N / 2 },
      { text: expect.any(String), count: N / 2 },
    ]);
    expect(traits.weaknesses).toEqual([{ text: "Few numbers", count: N }]);
    // Scores 1..9 in turn: the mean of 10,000 of them, exactly.
    const mean = Math.round((Array.from({ length: N }, (_, i) => (i % 9) + 1).reduce((a, b) => a + b, 0) / N) * 10) / 10;
    expect(traits.average_scores).toEqual({ content: null, clarity: mean, structure: mean, depth: mean, examples: mean });
    expect(trend).toHaveLength(30);
    expect(recent).toHaveLength(5);
    expect((await getTraitSummary({ userId })).interviews_evaluated).toBe(N);
  });

  it("evaluating and deleting an interview read the running totals, never the history", async () => {
    const store = getStore();
    const scans = [vi.spyOn(store, "listInterviews"), vi.spyOn(store, "listInterviewSummaries"), vi.spyOn(store, "exportUserData")];
    const doc = await createInterview({
      userId,
      data: {
        questions: ["Tell me about a project."],
        answers: ["I built a billing service that cut invoice errors by 30 percent."],
        role: "Developer",
        level: "mid",
        type: "mixed",
        techstack: [],
      },
    });
    await evaluateInterview({ userId, id: doc.id });
    expect((await getTraitSummary({ userId })).interviews_evaluated).toBe(N + 1);
    await removeInterview({ userId, id: doc.id });
    expect((await getTraitSummary({ userId })).interviews_evaluated).toBe(N);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });
});
