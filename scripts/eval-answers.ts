// `npm run eval:answers`: how well the offline evaluation's content score ranks graded short answers
// (../shared/fixtures/asag/: SciEntsBank and Beetle, SemEval-2013 Task 7 training splits, CC BY-SA 3.0; read by path,
// never copied into the product). Each row is scored as the product scores an answer: the question, the reference
// answer as the key point and the reference answer, the student's answer; with several reference answers (Beetle) the
// best one counts, as in the corpus's own overlap baseline. Printed per corpus and per split (development questions /
// held-out questions, by a fixed hash of the question id): ROC-AUC correct vs not correct, ROC-AUC correct vs
// contradictory, the score's correlation with the answer's length beside the human labels' own, and its correlation
// with the labels. Also the median time of one content score.
import { contentScore } from "../agents/text/content-score";
import { asagFigures, loadAsag, splitOf, type AsagRow, type Corpus } from "../tests/helpers/asag";

export function asagContentScore(row: AsagRow): number {
  let best = -Infinity;
  for (const ref of row.reference_answers) {
    const s = contentScore({ question: row.question, key_points: [ref], reference_answer: ref, answer: row.student_answer });
    best = Math.max(best, s.raw);
  }
  return best;
}

const BASELINES: Record<Corpus, string> = { sciensbank: "overlap baseline 0.696 / 0.678", beetle: "overlap baseline 0.799 / 0.760" };

for (const corpus of ["sciensbank", "beetle"] as Corpus[]) {
  const rows = loadAsag(corpus);
  const times: number[] = [];
  const scores = rows.map((r) => {
    const t = performance.now();
    const s = asagContentScore(r);
    times.push(performance.now() - t);
    return s;
  });
  times.sort((a, b) => a - b);
  console.log(`\n${corpus} (${BASELINES[corpus]}; median ${times[times.length >> 1].toFixed(2)} ms per answer)`);
  for (const part of ["dev", "held-out", "all"] as const) {
    const idx = rows.map((_, i) => i).filter((i) => part === "all" || splitOf(rows[i]) === part);
    const f = asagFigures(
      idx.map((i) => rows[i]),
      idx.map((i) => scores[i]),
    );
    console.log(
      `  ${part.padEnd(8)} n=${String(f.rows).padStart(4)}  AUC correct vs not ${f.aucCorrect.toFixed(3)}  correct vs contradictory ${f.aucContradictory.toFixed(3)}  ` +
        `r(score, length) ${f.lengthR.toFixed(2)} vs r(label, length) ${f.labelLengthR.toFixed(2)}  r(score, label) ${f.labelR.toFixed(2)}`,
    );
  }
}
