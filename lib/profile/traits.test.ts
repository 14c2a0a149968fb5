import { beforeEach, describe, expect, it } from "vitest";
import { createInterview, updateInterview } from "@/lib/db/interviews";
import { getProfileByUser, upsertProfile } from "@/lib/db/profiles";
import { createTestUser } from "@/tests/helpers/auth";
import type { AnswerEvaluation, Criteria } from "@/core/schemas/interview";
import { getTraitSummary, syncProfileTraits, traitKey } from "@/lib/profile/traits";

function evaluation(index: number, criteria: Criteria | null, strengths: string[] = [], weaknesses: string[] = []): AnswerEvaluation {
  return {
    question_index: index,
    status: criteria ? "ok" : "unanswered",
    overall_score: criteria ? (criteria.clarity + criteria.structure + criteria.depth + criteria.examples) / 4 : null,
    criteria,
    evidence: [],
    strengths,
    weaknesses,
    feedback: "",
    improved_answer: "",
    delivery: { word_count: 0, filler_words: 0, filler_terms: [], estimated_speaking_seconds: 0, average_sentence_words: 0 },
  };
}

async function evaluatedInterview(
  userId: string,
  opts: { strengths?: string[]; weaknesses?: string[]; evaluations: AnswerEvaluation[]; status?: "evaluated" | "completed" },
) {
  const created = await createInterview({
    userId,
    data: { questions: ["Q1", "Q2"], role: "Developer", level: "mid", type: "technical", techstack: ["TypeScript"], answers: ["a", "b"] },
  });
  return updateInterview({
    userId,
    id: created.id,
    set: {
      status: opts.status ?? "evaluated",
      evaluations: opts.evaluations,
      strengths: opts.strengths ?? [],
      weaknesses: opts.weaknesses ?? [],
      evaluated_at: new Date().toISOString(),
    },
  });
}

let userId: string;

beforeEach(async () => {
  userId = (await createTestUser()).user.id;
});

describe("getTraitSummary", () => {
  it("is empty for a user without evaluated interviews", async () => {
    await evaluatedInterview(userId, { status: "completed", strengths: ["Ignored"], evaluations: [] });
    expect(await getTraitSummary({ userId })).toEqual({
      strengths: [],
      weaknesses: [],
      average_scores: { content: null, clarity: null, structure: null, depth: null, examples: null },
      interviews_evaluated: 0,
    });
  });

  it("counts each trait once per interview, ignoring case, spacing and trailing punctuation", async () => {
    await evaluatedInterview(userId, {
      strengths: ["Clear structure."],
      weaknesses: ["Few concrete examples"],
      evaluations: [
        evaluation(0, { clarity: 8, structure: 7, depth: 6, examples: 4 }, ["clear  structure", "Good depth"], ["few concrete examples."]),
        evaluation(1, { clarity: 6, structure: 5, depth: 4, examples: 2 }, [], ["Rambling answer"]),
      ],
    });
    await evaluatedInterview(userId, {
      strengths: ["CLEAR STRUCTURE"],
      weaknesses: ["Few concrete examples!"],
      evaluations: [evaluation(0, { clarity: 10, structure: 9, depth: 8, examples: 6 }), evaluation(1, null)],
    });
    // Another user's interviews never count.
    const other = (await createTestUser()).user.id;
    await evaluatedInterview(other, {
      strengths: ["Clear structure"],
      evaluations: [evaluation(0, { clarity: 0, structure: 0, depth: 0, examples: 0 })],
    });

    const summary = await getTraitSummary({ userId });
    expect(summary.interviews_evaluated).toBe(2);
    expect(summary.strengths).toEqual([
      { text: "CLEAR STRUCTURE", count: 2 }, // newest interview's wording
      { text: "Good depth", count: 1 },
    ]);
    expect(summary.weaknesses).toEqual([
      { text: "Few concrete examples!", count: 2 },
      { text: "Rambling answer", count: 1 },
    ]);
    // Means over the three answers evaluated "ok" (the unanswered one is left out).
    expect(summary.average_scores).toEqual({ content: null, clarity: 8, structure: 7, depth: 6, examples: 4 });
  });

  it("normalises trait texts for matching", () => {
    expect(traitKey("  Clear   Structure.  ")).toBe("clear structure");
    expect(traitKey("Ｃlear structure!")).toBe("clear structure");
  });
});

describe("syncProfileTraits", () => {
  it("writes the top traits onto the profile and never duplicates them on re-evaluation", async () => {
    await upsertProfile({ userId, set: { name: "Jane Roe", engine: "offline" } });
    const interview = await evaluatedInterview(userId, { strengths: ["Clear structure"], weaknesses: ["Too short"], evaluations: [] });
    await syncProfileTraits({ userId });
    // The same interview evaluated again (same traits): still one entry each.
    await updateInterview({ userId, id: interview!.id, set: { strengths: ["Clear structure"], weaknesses: ["Too short"] } });
    const synced = await syncProfileTraits({ userId });
    expect(synced).toMatchObject({ name: "Jane Roe", strengths: ["Clear structure"], weaknesses: ["Too short"] });
  });

  it("does not create a profile for a user who has none", async () => {
    await evaluatedInterview(userId, { strengths: ["Clear structure"], evaluations: [] });
    expect(await syncProfileTraits({ userId })).toBeNull();
    expect(await getProfileByUser({ userId })).toBeNull();
  });
});
