import { describe, expect, it } from "vitest";
import { contentScore } from "@/agents/text/content-score";
import { asagFigures, loadAsag, rocAuc, splitOf, type AsagRow, type Corpus } from "@/tests/helpers/asag";

// Guard for `npm run eval:answers` (scripts/eval-answers.ts) on the graded short-answer corpora in
// ../shared/fixtures/asag/ (CC BY-SA 3.0, read by path). Figures when the floors were last raised, all questions:
// SciEntsBank AUC 0.731 correct vs not, 0.763 correct vs contradictory; Beetle 0.865 / 0.860. The floors below sit
// 0.02 under them; the word-overlap baselines are 0.696 / 0.678 and 0.799 / 0.760.

function score(row: AsagRow): number {
  return Math.max(
    ...row.reference_answers.map(
      (ref) => contentScore({ question: row.question, key_points: [ref], reference_answer: ref, answer: row.student_answer }).raw,
    ),
  );
}

const FLOORS: Record<Corpus, { correct: number; contradictory: number }> = {
  sciensbank: { correct: 0.71, contradictory: 0.74 },
  beetle: { correct: 0.845, contradictory: 0.84 },
};

describe("content score on graded short answers", () => {
  it("ROC-AUC counts ties as half and orders perfectly separated scores as 1", () => {
    expect(rocAuc([2, 3], [0, 1])).toBe(1);
    expect(rocAuc([1], [1])).toBe(0.5);
    expect(rocAuc([0], [1])).toBe(0);
  });

  for (const corpus of ["sciensbank", "beetle"] as Corpus[]) {
    it(`${corpus}: ranks correct answers above the others and above contradictions; length does not drive it`, () => {
      const rows = loadAsag(corpus);
      const scores = rows.map(score);
      const f = asagFigures(rows, scores);
      expect(f.aucCorrect).toBeGreaterThanOrEqual(FLOORS[corpus].correct);
      expect(f.aucContradictory).toBeGreaterThanOrEqual(FLOORS[corpus].contradictory);
      // The issue's rule, on the development questions: at most 0.15 above the human labels' own correlation with length.
      const dev = rows.map((_, i) => i).filter((i) => splitOf(rows[i]) === "dev");
      const d = asagFigures(
        dev.map((i) => rows[i]),
        dev.map((i) => scores[i]),
      );
      expect(d.lengthR).toBeLessThanOrEqual(d.labelLengthR + 0.15);
    });
  }
});
