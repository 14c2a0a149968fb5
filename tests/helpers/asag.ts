import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fixturePath } from "./fixtures";

// Reading the graded short-answer corpora in ../shared/fixtures/asag/ (SemEval-2013 Task 7 training splits,
// SciEntsBank and Beetle; CC BY-SA 3.0, see that folder's README and LICENSE) and the standard metrics used on them:
// ROC-AUC (ties count half) and Pearson's r. Read by path from tests and `npm run eval:answers` only: nothing from
// these files goes into the product.

export type AsagRow = {
  id: string;
  question_id: string;
  question: string;
  reference_answers: string[];
  student_answer: string;
  label_3way: "correct" | "contradictory" | "incorrect";
  label_2way: "correct" | "incorrect";
};

export type Corpus = "sciensbank" | "beetle";

export const CORPUS_FILES: Record<Corpus, string> = {
  sciensbank: "sciensbank-train.jsonl",
  beetle: "beetle-train.jsonl.gz",
};

export function loadAsag(corpus: Corpus): AsagRow[] {
  const file = fixturePath("asag", CORPUS_FILES[corpus]);
  const raw = readFileSync(file);
  const text = file.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AsagRow);
}

/**
 * The development / held-out split, by question: about two thirds of the questions (a fixed hash of the question id)
 * are for development, the rest are only checked. A question's answers are never on both sides.
 */
export function splitOf(row: Pick<AsagRow, "question_id">): "dev" | "held-out" {
  let h = 2166136261;
  for (const c of row.question_id) {
    h ^= c.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % 3 === 0 ? "held-out" : "dev";
}

/** ROC-AUC: the probability that a random positive scores above a random negative (ties count half). */
export function rocAuc(positives: number[], negatives: number[]): number {
  if (!positives.length || !negatives.length) return NaN;
  const all = [...positives.map((s) => [s, 1] as const), ...negatives.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k][1]) rankSum += meanRank;
    i = j;
  }
  return (rankSum - (positives.length * (positives.length + 1)) / 2) / (positives.length * negatives.length);
}

/** Pearson's correlation coefficient (NaN when either side is constant). */
export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export type AsagFigures = {
  rows: number;
  correct: number;
  aucCorrect: number;
  aucContradictory: number;
  /** Correlation of the score with the answer's length in words. */
  lengthR: number;
  /** Correlation of the human label (correct = 1) with the answer's length in words. */
  labelLengthR: number;
  /** Correlation of the score with the human label (correct = 1). */
  labelR: number;
};

/** The figures `npm run eval:answers` prints, for one set of rows and their scores. */
export function asagFigures(rows: AsagRow[], scores: number[]): AsagFigures {
  const correct = scores.filter((_, i) => rows[i].label_2way === "correct");
  const notCorrect = scores.filter((_, i) => rows[i].label_2way !== "correct");
  const contradictory = scores.filter((_, i) => rows[i].label_3way === "contradictory");
  const lengths = rows.map((r) => r.student_answer.split(/\s+/).filter(Boolean).length);
  const labels = rows.map((r) => (r.label_2way === "correct" ? 1 : 0));
  return {
    rows: rows.length,
    correct: correct.length,
    aucCorrect: rocAuc(correct, notCorrect),
    aucContradictory: rocAuc(correct, contradictory),
    lengthR: pearson(scores, lengths),
    labelLengthR: pearson(labels, lengths),
    labelR: pearson(scores, labels),
  };
}
