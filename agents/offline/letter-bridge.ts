import nlp from "compromise";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { isBroadSkill, profileHasSkill, profileSkillIndex } from "../match";
import { meaningTerms, rarity, termSimilarity, type Term } from "../text/meaning";
import { findSkills, isGenericSkill } from "../text/skills";
import type { Evidence } from "./letter-evidence";

// Transferable experience for the posting's requirements that no skill of the candidate's answers (issue 13: a
// weaker match answers the posting one by one with what IS in the profile). A requirement or duty line and a
// highlight are linked by the content words they share — the same stem, or word vectors that mean nearly the same
// ("mobile" / "mobile", "interactions" / "interfaces") — and the letter names the posting's own words for what the
// highlight bears on ("mobile phones", "user interactions"), never a skill the profile lacks.

export type Bridge = { line: string; theme: string; evidence: Evidence; score: number };

/** Words every posting uses for any requirement: they say nothing about what this one is about. */
const EMPTY = new Set(
  (
    "experience experienced years year ability able skills skill strong excellent good great solid proven demonstrated knowledge " +
    "understanding proficiency proficient familiarity familiar track record plus bonus nice environment role candidate candidates " +
    "team teams work working field similar related technologies technology tools tool including include various multiple new " +
    "ensure ensuring both etc degree requirements required responsibilities day level high highly least minimum preferred ideal " +
    "detail details attention well-versed hands-on deep expert expertise end based business fast-paced like such " +
    // Nouns every software posting and CV share: a link through them says nothing about this posting.
    "development developments application applications software code system systems design designs solution solutions " +
    "product products project projects service services feature features process processes quality functionality " +
    "company companies customer customers user users"
  ).split(" "),
);

/** Two words count as the same subject from this similarity on (same stem 1, close vectors up to 0.8). */
const SAME_SUBJECT = 0.6;

type Line = { text: string; terms: Term[] };

/** A text's nouns that say what it is about (the things worked on, not how the posting or the CV phrases it). */
function nounTerms(text: string): Term[] {
  const nouns = new Set(
    (nlp(text).match("#Noun").not("#Gerund").out("array") as string[]).flatMap((p) => p.toLowerCase().split(/[^a-z0-9+#.-]+/)),
  );
  return meaningTerms(text).filter((t) => nouns.has(t.word) && !t.negated && !EMPTY.has(t.word) && !/\d/.test(t.word) && rarity(t) >= 0.6);
}

/** The posting's words in `line` that the highlight speaks to, with how strongly (rarer words count more). */
function overlap(line: Line, ev: Term[]): { words: Set<string>; score: number } {
  const words = new Set<string>();
  let score = 0;
  for (const t of line.terms) {
    const best = Math.max(0, ...ev.map((e) => termSimilarity(t, e)));
    if (best < SAME_SUBJECT || words.has(t.word)) continue;
    words.add(t.word);
    score += best * rarity(t);
  }
  return { words, score };
}

/**
 * The noun phrase of the posting line that holds the shared words ("Ensuring cross-platform optimization for mobile
 * phones" + "mobile" → "mobile phones"), without articles; null when it would name a skill the profile lacks.
 */
function themeOf(line: string, words: Set<string>, lacks: (phrase: string) => boolean): string | null {
  const phrases = (nlp(line).nouns().out("array") as string[])
    .map((p) =>
      p
        .replace(/^(?:the|a|an|our|your|their|its)\s+/i, "")
        .replace(/(?<![.,;:])[.,;:]+$/, "")
        .trim(),
    )
    .filter((p) => p && p.split(/\s+/).length <= 5);
  // The phrase must be mostly about what is shared ("prediction drift" for "drift", not "screen-reader testing and
  // keyboard navigation" for "testing").
  const hit = phrases.find((p) => {
    const content = p
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => !/^(?:and|or|of|for|to|in|on|with)$/.test(w));
    return content.filter((w) => words.has(w)).length * 2 >= content.length;
  });
  if (!hit || lacks(hit) || EMPTY.has(hit.toLowerCase())) return null;
  // The line's first word is capitalised as a sentence start; any other capital is a name (a product, a vendor).
  const theme = line.startsWith(hit) ? hit.charAt(0).toLowerCase() + hit.slice(1) : hit;
  return /[A-Z]/.test(theme) ? null : theme;
}

/**
 * Up to `max` links between the posting's unanswered lines and unused evidence, strongest first, each line and each
 * highlight used once. `answered` holds lines a skill already answered.
 */
export function bridges(profile: ProfileFields, job: JobData, pool: Evidence[], used: Set<Evidence>, answered: Set<string>, max: number) {
  const index = profileSkillIndex(profile);
  const lacks = (phrase: string) =>
    findSkills(phrase).hard.some((s) => !isGenericSkill(s) && !isBroadSkill(s) && !profileHasSkill(profile, s, index));
  const lines: Line[] = [...job.requirements, ...job.responsibilities, ...job.qualifications]
    .filter((text) => !answered.has(text))
    .map((text) => ({ text, terms: nounTerms(text) }))
    .filter((l) => l.terms.length);
  const evidence = pool.filter((e) => !used.has(e)).map((e) => ({ e, terms: nounTerms(e.text) }));
  const pairs: Bridge[] = [];
  for (const line of lines)
    for (const { e, terms } of evidence) {
      const { words, score } = overlap(line, terms);
      if (score < 0.8) continue;
      const theme = themeOf(line.text, words, lacks);
      if (theme) pairs.push({ line: line.text, theme, evidence: e, score });
    }
  pairs.sort((a, b) => b.score - a.score);
  const out: Bridge[] = [];
  const lineUsed = new Set<string>();
  const themeUsed = new Set<string>();
  for (const p of pairs) {
    if (out.length >= max) break;
    if (lineUsed.has(p.line) || themeUsed.has(p.theme.toLowerCase()) || out.some((o) => o.evidence === p.evidence)) continue;
    lineUsed.add(p.line);
    themeUsed.add(p.theme.toLowerCase());
    out.push(p);
  }
  return out;
}
