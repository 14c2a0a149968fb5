import { readFileSync } from "node:fs";
import { canonicalSkill, scanSkills, skillKey } from "../text/skills";

// Posting-level evaluation of hard-skill extraction against SkillSpan's KNOWLEDGE spans
// (used by scripts/skillspan-eval.ts and by its vitest guard).
//
// Matching rule (lenient, documented):
// - Postings: consecutive lines with the same `idx` form one posting; its text is the sentences' tokens joined
//   by spaces. Gold = the set of distinct KNOWLEDGE spans (BIO tags_knowledge) in the posting, compared
//   case-insensitively; placeholder spans such as "<ORGANIZATION>" and spans without a letter are dropped.
// - A predicted skill P (a canonical dictionary name) and a gold span G match when
//     canonicalSkill(G) = P  (the span is an alias of P: "amazon-web-services" = "AWS"), or
//     the dictionary finds P inside G's text ("Spring Framework )" contains "Spring"; "AWS DevOps engineer
//     certification" contains "AWS").
// - Precision = predicted skills matching at least one gold span of that posting / predicted skills;
//   recall = gold spans matched by at least one predicted skill / gold spans; both micro-averaged over all
//   postings; F1 = harmonic mean.

// Exact rule (issue 11): per posting, the set of gold KNOWLEDGE spans and the set of predicted hard skills, each
// normalised by exactKey (lower-cased, every character outside [a-z0-9+#/. -] turned into a space, spaces
// collapsed, trimmed of " .,;:/-"); a true positive is an exact string match; precision, recall and F1 are
// micro-averaged over postings.

export type Posting = { idx: number; text: string; gold: string[] };

export function loadSkillSpan(file: string): Posting[] {
  const postings: Posting[] = [];
  let current: { idx: number; tokens: string[]; gold: Map<string, string> } | null = null;
  const flush = () => {
    if (current) postings.push({ idx: current.idx, text: current.tokens.join(" "), gold: [...current.gold.values()] });
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { idx: number; tokens: string[]; tags_knowledge: string[] };
    if (!current || current.idx !== row.idx) {
      flush();
      current = { idx: row.idx, tokens: [], gold: new Map() };
    }
    let span: string[] | null = null;
    const spans: string[][] = [];
    row.tokens.forEach((token, i) => {
      const tag = row.tags_knowledge[i];
      if (tag === "B") {
        span = [token];
        spans.push(span);
      } else if (tag === "I" && span) span.push(token);
      else span = null;
    });
    for (const s of spans) {
      const text = s.join(" ").trim();
      if (!/\p{L}/u.test(text) || /^<[A-Z]+>/.test(text)) continue;
      const key = text.toLowerCase();
      if (!current.gold.has(key)) current.gold.set(key, text);
    }
    current.tokens.push(...row.tokens);
    current.tokens.push("\n");
  }
  flush();
  return postings.map((p) => ({ ...p, text: p.text.replace(/ \n ?/g, "\n") }));
}

/** Canonical skills that a gold span stands for (itself as an alias, or the skills mentioned inside it). */
export function goldSkills(span: string): Set<string> {
  const out = new Set<string>();
  const direct = canonicalSkill(span);
  if (direct) out.add(direct);
  for (const hit of scanSkills(span)) out.add(hit.canonical);
  return out;
}

export type EvalResult = {
  postings: number;
  predicted: number;
  gold: number;
  truePositivePredictions: number;
  matchedGold: number;
  precision: number;
  recall: number;
  f1: number;
};

export function evaluate(postings: Posting[], extract: (text: string) => string[]): EvalResult {
  let predicted = 0;
  let goldTotal = 0;
  let tpPred = 0;
  let matchedGold = 0;
  for (const posting of postings) {
    const preds = [...new Set(extract(posting.text))];
    const golds = posting.gold.map((g) => goldSkills(g));
    predicted += preds.length;
    goldTotal += golds.length;
    const predKeys = new Set(preds.map((p) => skillKey(p)));
    for (const p of preds) if (golds.some((g) => g.has(p))) tpPred += 1;
    for (const g of golds) if ([...g].some((c) => predKeys.has(skillKey(c)))) matchedGold += 1;
  }
  const precision = predicted ? tpPred / predicted : 0;
  const recall = goldTotal ? matchedGold / goldTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { postings: postings.length, predicted, gold: goldTotal, truePositivePredictions: tpPred, matchedGold, precision, recall, f1 };
}

/** The exact rule's normal form of a span or a predicted skill. */
export function exactKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9+#/. -]/g, " ")
    .replace(/ +/g, " ")
    .replace(/^[ .,;:/-]+|(?<![ .,;:/-])[ .,;:/-]+$/g, "");
}

export function evaluateExact(postings: Posting[], extract: (text: string) => string[]): EvalResult {
  let predicted = 0;
  let goldTotal = 0;
  let tp = 0;
  for (const posting of postings) {
    const preds = new Set(extract(posting.text).map(exactKey).filter(Boolean));
    const golds = new Set(posting.gold.map(exactKey).filter(Boolean));
    predicted += preds.size;
    goldTotal += golds.size;
    for (const p of preds) if (golds.has(p)) tp += 1;
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = goldTotal ? tp / goldTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { postings: postings.length, predicted, gold: goldTotal, truePositivePredictions: tp, matchedGold: tp, precision, recall, f1 };
}
