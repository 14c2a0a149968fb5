import { QUANTITY_ONE, REASONING, RESULT_VERB } from "../text/answer-signals";
import { withoutFillers, wordCount } from "../text/coach-phrasing";
import { findSkills } from "../text/skills";
import { contentTerms, shorten } from "../text/words";

// The user's sentences as the offline stronger answer (improved-answer.ts) reuses them: tidied, judged too thin to
// stand as model content, turned into a prompt that builds on them, or cut to the clause that carries a result.

/** The user's sentence, tidied for reuse (filler words removed); null when it is too long to reuse as it stands. */
export function reusable(text: string | undefined): string | null {
  if (!text) return null;
  const cleaned = withoutFillers(text);
  if (!cleaned || wordCount(cleaned) < 3) return null;
  if (wordCount(cleaned) <= 40) return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
  // A run-on sentence: keep its first clauses, up to about 30 words, cut where the speaker paused.
  // regex-scan: a run is tried only where it starts (look-behind); sees one answer sentence
  const clauses = cleaned.replace(/(?<![.!?])[.!?]+$/, "").split(/(?=,\s+(?:and|but|so|then|which)\s)|(?=;\s)/);
  let kept = "";
  for (const clause of clauses) {
    if (kept && wordCount(kept + clause) > 30) break;
    kept += clause;
  }
  if (!kept || wordCount(kept) > 40) return null;
  return `${kept.trim()}.`;
}

const VAGUE_WORDS = /\b(?:it|them|things?|stuff|something|everything|everyone|somehow|fine|ok|okay)\b/i;
const HYPOTHETICAL = /\b(?:i|we) (?:would|'d|might|could)\b|\bi'd\b/i;

/**
 * A sentence too thin to stand as model content in a stronger answer: short, with nothing specific in it (no number,
 * named technology or thing, reasoning) and vague ("I talked to them and we fixed it.", "I would design it with a
 * queue, then measure."). Only judged in answers that are weak overall; in a strong answer a short sentence is a
 * summary the detail around it supports.
 */
export function isWeakSentence(sentence: string, behavioral: boolean, question = ""): boolean {
  const t = sentence.trim();
  if (wordCount(t) > 12) return false;
  if (QUANTITY_ONE.test(t) || REASONING_ONE.test(t)) return false;
  if (/(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/.test(t)) return false;
  // A named technology is specific, unless it only repeats the question's own topic ("Caching is important").
  const asked = new Set(findSkills(question).hard);
  if (findSkills(t).hard.some((s) => !asked.has(s))) return false;
  const terms = contentTerms(t).length;
  return terms <= 3 || (VAGUE_WORDS.test(t) && terms <= 5) || (behavioral && HYPOTHETICAL.test(t));
}

/** Whether the text names something specific: a number, a named technology or a proper noun. */
export function hasSpecifics(text: string): boolean {
  return QUANTITY_ONE.test(text) || findSkills(text).hard.length > 0 || /(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/.test(text);
}

/** A weak sentence of the user's turned into a prompt that builds on it: `[Build on "…": <what to add>.]`. */
export function seedPrompt(sentence: string, guide: string, behavioral: boolean): string {
  const quote = sentence
    .replace(/[[\]]/g, "")
    // regex-scan: a run is tried only where it starts (look-behind); sees one answer sentence
    .replace(/(?<![.!?])[.!?]+$/, "")
    .trim();
  if (behavioral && HYPOTHETICAL.test(sentence))
    return `[You said what you would do ("${quote}"); tell what you actually did in a real case instead: ${guide}.]`;
  return `[Build on "${quote}": ${guide}.]`;
}

// regex-scan: sees an answer (at most 20,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts (evaluation)
export const REASONING_ONE = new RegExp(REASONING.source, "i");
export const TRADE_OFF = /\b(?:trade-?offs?|downside|instead of|rather than|it depends|depends on|would not|wouldn't|when not|the cost)\b/i;

export function overlap(terms: Set<string>, wanted: string[]): number {
  return wanted.filter((t) => terms.has(t)).length;
}

/** The clause of a sentence that carries its number ("review time dropped from 3 days to 1 day"), at most ~90 characters. */
export function resultClause(sentence: string): string {
  // regex-scan: a run is tried only where it starts (look-behind); sees one answer sentence
  const clauses = sentence.replace(/(?<![.!?])[.!?]+$/, "").split(/,\s+|;\s+/);
  const withNumber =
    clauses.find((c) => QUANTITY_ONE.test(c) && RESULT_VERB.test(c)) ?? clauses.find((c) => QUANTITY_ONE.test(c)) ?? sentence;
  return shorten(withNumber.replace(/^(?:and|so|as a result,?)\s+/i, ""), 90);
}
