import { meaningTerms, opposite, rarity, termSimilarity, textCosine, type Term } from "./meaning";

// Content: does the answer say what a good answer says? Each key point (and the reference answer, when there is one)
// is compared with the answer by meaning (meaning.ts): how much of its weight the answer covers, word by word, where
// words the question already contains count little (repeating the question is not an answer), and which of its words
// the answer contradicts (an antonym, or the same word under a flipped negation). The answer's own words count too: a
// share of them should be on the point rather than elsewhere. Length and polish play no part: a short answer that says
// the point scores as well as a long one.

export type PointCoverage = {
  /** The key point (or reference answer) as given. */
  text: string;
  /** Share of its weight the answer covers, 0–1. */
  coverage: number;
  /** Share of its weight the answer contradicts, 0–1. */
  contradiction: number;
  /** Its words the answer covers / leaves out / contradicts. */
  matched: string[];
  missing: string[];
  contradicted: string[];
};

/**
 * Words that say what a key point asks the answer to do ("Describes the fix", "Gives a specific example") rather than
 * what it should say: not looked for in the answer when they open the point (elsewhere "use" or "name" is content).
 */
const POINT_META = new Set(
  (
    "describe describes described explain explains explained show shows mention mentions mentioned state states name names " +
    "give gives covers cover discuss discusses identify identifies use uses set sets candidate answer strong specific concrete " +
    "clear clearly own real example examples"
  ).split(" "),
);

/** Weight of a point's word that the question already contains. */
const QUESTION_WORD_WEIGHT = 0.15;
/**
 * A word said on the other side of a negation it is not the head of ("the bulb" in "the current does not reach the
 * bulb") is neither said nor contradicted: it counts this much. The negated predicate itself ("reach") contradicts.
 */
const NOUN_UNDER_NEGATION = 0.5;
/** A match this close counts as the word being said (for the matched/missing lists and for a flipped negation). */
const SAID = 0.6;

type Prepared = { terms: Term[]; stems: Set<string> };

export function prepare(text: string): Prepared {
  const terms = meaningTerms(text);
  return { terms, stems: new Set(terms.map((t) => t.stem)) };
}

/** How the answer covers one key point or reference answer. */
export function pointCoverage(point: string, answer: Prepared, question: Prepared): PointCoverage {
  const seen = new Set<string>();
  let total = 0;
  let covered = 0;
  let contradicted = 0;
  const out: PointCoverage = { text: point, coverage: 0, contradiction: 0, matched: [], missing: [], contradicted: [] };
  const terms = meaningTerms(point);
  let lead = 0;
  while (lead < terms.length && lead < 3 && POINT_META.has(terms[lead].word)) lead++;
  for (const p of terms.slice(lead)) {
    if (seen.has(p.stem)) continue;
    seen.add(p.stem);
    const weight = rarity(p) * (question.stems.has(p.stem) ? QUESTION_WORD_WEIGHT : 1);
    total += weight;
    const verdict = judgeWord(p, answer.terms);
    if (verdict.contradicted) {
      contradicted += weight;
      out.contradicted.push(p.word);
    } else {
      covered += weight * verdict.match;
      (verdict.match >= SAID ? out.matched : out.missing).push(p.word);
    }
  }
  out.coverage = total ? covered / total : 0;
  out.contradiction = total ? contradicted / total : 0;
  return out;
}

/** The answer says the opposite of the point: enough of it contradicted, and at least half as much as it covers. */
export function pointContradicted(p: Pick<PointCoverage, "coverage" | "contradiction">): boolean {
  return p.contradiction >= 0.15 && p.contradiction * 2 >= p.coverage;
}

/**
 * One word of a point against the answer: the best match with the same polarity; a contradiction when the answer has
 * the word (or a close one) only under the opposite negation with the negation right before it on either side ("not
 * share" for "share"), or its antonym with the same polarity and no plain match. An antonym under a negation ("not
 * separated" for "connected") is a match; a word elsewhere in a negated clause counts half (NOUN_UNDER_NEGATION).
 */
function judgeWord(p: Term, answer: Term[]): { match: number; contradicted: boolean } {
  let same = 0;
  let flipped = 0;
  let antonymSame = false;
  let antonymFlipped = false;
  let flippedHead = false;
  for (const a of answer) {
    if (opposite(p, a)) {
      if (a.negated === p.negated) antonymSame = true;
      else antonymFlipped = true;
      continue;
    }
    const s = termSimilarity(p, a);
    if (a.negated === p.negated) same = Math.max(same, s);
    else if (s > flipped || (s === flipped && (p.negHead || a.negHead))) {
      flipped = s;
      flippedHead = p.negHead || a.negHead;
    }
  }
  if (antonymSame && same < 0.9) return { match: 0, contradicted: true };
  if (antonymFlipped) same = Math.max(same, 0.9);
  if (same < SAID && flipped >= SAID) {
    if (flippedHead) return { match: 0, contradicted: true };
    same = Math.max(same, NOUN_UNDER_NEGATION * flipped);
  }
  return { match: same, contradicted: false };
}

/**
 * Share of the answer's own words (weighted by rarity) that are about the point: close to a word of the key points or
 * reference answer, or (half as much) of the question. Words the question already has are left out.
 */
export function onPointShare(answer: Prepared, points: Prepared, question: Prepared): number {
  let total = 0;
  let on = 0;
  for (const a of answer.terms) {
    if (question.stems.has(a.stem)) continue;
    const w = rarity(a);
    total += w;
    let best = 0;
    for (const p of points.terms) best = Math.max(best, termSimilarity(a, p));
    for (const q of question.terms) best = Math.max(best, 0.5 * termSimilarity(a, q));
    on += w * best;
  }
  return total ? on / total : 0;
}

/** Meaning similarity of the answer to the question and what a good answer covers, 0–1 (for the off-topic check). */
export function topicSimilarity(answer: Prepared, topic: Prepared): number {
  if (!answer.terms.length || !topic.terms.length) return 0;
  let total = 0;
  let hit = 0;
  for (const a of answer.terms) {
    const w = rarity(a);
    total += w;
    let best = 0;
    for (const t of topic.terms) best = Math.max(best, termSimilarity(a, t));
    hit += w * best;
  }
  return Math.max(hit / total, textCosine(answer.terms, topic.terms));
}

export type ContentInput = { question: string; key_points: string[]; reference_answer?: string | null; answer: string };

export type ContentResult = {
  /** 0–10, one decimal. */
  score: number;
  /** The blend before scaling (coverage × on-point share − contradiction), 0–1. */
  raw: number;
  coverage: number;
  contradiction: number;
  onPoint: number;
  /** One entry per key point, in order. */
  points: PointCoverage[];
  /** The reference answer's coverage, when there is one. */
  reference: PointCoverage | null;
};

/**
 * Weight of the on-point share: an answer whose words are all elsewhere keeps 70 % of its coverage. (0.3 ranked the
 * development questions of both graded corpora a little better than 0.5 or 0.7: by 0.002–0.01 ROC-AUC.)
 */
const ON_POINT_WEIGHT = 0.3;
/**
 * What a contradicted word costs on top of not being covered: half its weight. (A full weight gave no better ranking
 * of contradictory answers below correct ones and ranked correct answers worse among all the others, where word-level
 * contradiction cues misfire: development questions of both graded corpora, correct vs not +0.01 ROC-AUC.)
 */
const CONTRADICTION_WEIGHT = 0.5;

export function contentScore(input: ContentInput): ContentResult {
  const question = prepare(input.question);
  const answer = prepare(input.answer);
  const kps = input.key_points.filter((k) => k.trim());
  const ref = input.reference_answer?.trim() || null;
  const points = kps.map((k) => pointCoverage(k, answer, question));
  const reference = ref ? pointCoverage(ref, answer, question) : null;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const kpCoverage = mean(points.map((p) => p.coverage));
  const coverage = Math.max(kpCoverage, reference?.coverage ?? 0);
  const all = reference ? [...points, reference] : points;
  const contradiction = mean(all.map((p) => p.contradiction));
  const onPoint = onPointShare(answer, prepare([...kps, ref ?? ""].join("\n")), question);
  const raw = Math.max(0, coverage * (1 - ON_POINT_WEIGHT + ON_POINT_WEIGHT * onPoint) - CONTRADICTION_WEIGHT * contradiction);
  return { score: scaleContent(raw), raw, coverage, contradiction, onPoint, points, reference };
}

/** 0–1 → 0–10, concave: covering most of the point's weight is already a good answer. */
function scaleContent(raw: number): number {
  const x = Math.min(1, raw / 0.85);
  return Math.round(10 * (1 - (1 - x) ** 2) * 10) / 10;
}
