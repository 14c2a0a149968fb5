import nlp from "compromise";
import type { Experience } from "@/core/schemas/profile";
import { canonicalSkill } from "../text/skills";

// A CV highlight turned into prose for a letter or a message: a first-person clause ("I rebuilt the booking flow
// in React"), a gerund phrase ("rebuilding the booking flow in React") and what kind of evidence it is (a result
// with a figure, leading people, building something…), so the sentence around it can fit what it shows.

export type EvidenceKind = "result" | "lead" | "build" | "recognition" | "other";

export type Evidence = {
  /** The highlight as written in the profile. */
  text: string;
  exp: Experience;
  kind: EvidenceKind;
  /** "I rebuilt the booking flow in React", "I was promoted to Backend Engineer II in 2019"; null when it is not a sentence. */
  clause: string | null;
};

// Verbs a CV uses in the passive ("Promoted to …", "Named …"): "I was promoted", never "promoting".
const PASSIVE =
  /^(?:promoted|awarded|named|selected|recognised|recognized|nominated|invited|appointed|elected|chosen|shortlisted|certified)\b/i;
const RECOGNITION =
  /^(?:promoted|awarded|named|selected|recognised|recognized|nominated|received|won|earned|elected|appointed)\b|\baward\b/i;
// regex-scan: sees one CV highlight or profile field (CV lines capped at 1,000 characters, agents/text/bounds.ts)
const LEAD = /^(?:led|managed|mentored|coached|headed|supervised|oversaw|hired|directed|guided|ran)\b|\bteam of \d+/i;
// A result: a change with its figure ("by 30%", "from 800 ms to 200 ms", "45 hours a month"), not a count ("used by 12 teams").
// regex-scan: sees one CV highlight or profile field (CV lines capped at 1,000 characters, agents/text/bounds.ts)
const RESULT = /\d+(?:[.,]\d+)?\s*(?:%|x\b|×|ms\b|seconds?\b|minutes?\b|hours?\b|days?\b)|\b(?:doubled|tripled|halved)\b/i;
const BUILD =
  /^(?:built|rebuilt|designed|developed|created|launched|shipped|wrote|implemented|introduced|set up|architected|deployed|containeri[sz]ed|automated|migrated|trained|documented|prototyped|delivered|established|founded|co-founded|integrated)\b/i;

const gerunds = new Map<string, string | null>();

/** The past form of the first word is a verb ("Rebuilt", "Cut", "Oversaw", "Containerised"): its gerund, else null. */
function gerundOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (/^[A-Z]{2,}/.test(word)) return null; // acronyms ("API", "AWS") are not verbs
  if (gerunds.has(lower)) return gerunds.get(lower)!;
  const found = conjugate(lower);
  if (gerunds.size > 5000) gerunds.clear();
  gerunds.set(lower, found);
  return found;
}

function conjugate(lower: string): string | null {
  if (lower.endsWith("ing")) return lower;
  // "Kafka-based", "Cloud-native" are adjectives; "co-founded", "re-architected" are verbs.
  if (lower.includes("-") && !/^(?:co|re|pre|de|un|over|under|cross|out|self)-/.test(lower)) return null;
  // Regular past forms: the stem before "-ed" takes "-ing" ("developed" → "developing", "used" → "using",
  // "planned" → "planning", "mentored" → "mentoring", "co-founded" → "co-founding"); not "seed", "need", "agreed".
  if (/[^e]ed$/.test(lower) && lower.length > 3) return `${lower.slice(0, -2)}ing`;
  // Irregular ones from compromise's conjugation tables, accepted only when it agrees the word is that past form.
  const doc = nlp(lower);
  doc.tag("PastTense");
  const forms = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  if (forms?.PastTense?.toLowerCase() === lower && /ing$/.test(forms.Gerund ?? "") && forms.Gerund !== lower) return forms.Gerund;
  return null;
}

/** The first word in lower case, unless it names something ("Kafka-based streaming" keeps its capital). */
function lcFirstWord(s: string): string {
  const first = /^[A-Za-z]+/.exec(s)?.[0] ?? "";
  if (!/^[A-Z][a-z]/.test(s) || canonicalSkill(first)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "Developed X" → "developing X" (so a highlight reads inside a sentence); other shapes are returned lower-cased. */
export function asGerund(highlight: string): string {
  const t = highlight.trim().replace(/(?<![.;])[.;]+$/, "");
  const m = /^([A-Za-z][A-Za-z-]*)(\b.*)$/s.exec(t);
  if (!m) return t;
  const [, word, rest] = m;
  if (PASSIVE.test(word)) return `being ${word.toLowerCase()}${rest}`; // "Promoted to X" → "being promoted to X"
  // "Successfully delivered X" → "successfully delivering X"
  const adverb = /^\s+([A-Za-z]+)(\b.*)$/s.exec(rest);
  if (/ly$/i.test(word) && adverb && gerundOf(adverb[1])) return `${word.toLowerCase()} ${gerundOf(adverb[1])}${adverb[2]}`;
  const g = gerundOf(word);
  const out = g ? g + rest : lcFirstWord(t);
  // "designing and implemented X", "containerising 20 services and deployed them" → "… and deploying them"
  return out.replace(/^(\w+ing\b[^,;]*?) and ([a-z]{2,})\b/, (all, a: string, b: string) => {
    const next = gerundOf(b);
    return next && next !== b ? `${a} and ${next}` : all;
  });
}

const pasts = new Map<string, string | null>();

// -ing words that open a CV line as a field or a thing, not as what the person did ("Engineering leadership for 3
// teams", "Streaming pipelines with Kafka"); compromise tags them as verbs there.
const NOMINAL_ING =
  /^(?:engineering|streaming|testing|marketing|reporting|accounting|networking|computing|banking|programming|processing|scheduling|learning|modell?ing|consulting|pricing|billing|hosting|routing|caching|logging|monitoring|recruiting|onboarding|branding|messaging|packaging|manufacturing|publishing|lending|trading|training|funding|housing|nursing|catering|lighting|clothing|mapping|ranking|tooling|staffing|sourcing|budgeting|forecasting|offering|setting|meeting|listing|pending|remaining|existing|leading-edge|cutting-edge)$/;

/**
 * The past form of a CV's leading gerund ("Collaborating" → "collaborated", "Building" → "built"), from compromise's
 * conjugation tables; null for a noun that only looks like one ("Engineering", "String") or a doubtful form.
 */
function pastOfGerund(word: string): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z]{4,}ing$/.test(lower) || NOMINAL_ING.test(lower)) return null;
  if (pasts.has(lower)) return pasts.get(lower)!;
  const doc = nlp(lower);
  doc.tag("Gerund");
  const forms = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  const infinitive = forms?.Infinitive?.toLowerCase() ?? "";
  let past = forms?.PastTense?.toLowerCase() ?? "";
  // A regular verb compromise leaves unchanged ("mentoring" → "mentor"): its stem takes "-ed".
  if (past === infinitive && infinitive === lower.slice(0, -3)) past = `${infinitive}ed`;
  // The infinitive must be a word of its own that the gerund was made from ("mentor" → "mentoring", not "morn").
  const ok = !!past && past !== infinitive && /^[a-z]+$/.test(past) && (past === `${infinitive}ed` || nlp(infinitive).has("#Verb"));
  if (pasts.size > 5000) pasts.clear();
  pasts.set(lower, ok ? past : null);
  return ok ? past : null;
}

/**
 * "Rebuilt the booking flow" → "I rebuilt the booking flow"; "Promoted to X" → "I was promoted to X"; "Collaborating
 * with designers" → "I collaborated with designers"; null for a noun phrase.
 */
export function asClause(highlight: string): string | null {
  const t = highlight.trim().replace(/(?<![.;:])[.;:]+$/, "");
  const m = /^([A-Za-z][A-Za-z-]*)(\b.*)$/s.exec(t);
  if (!m) return null;
  const [, word, rest] = m;
  if (PASSIVE.test(word)) return `I was ${word.toLowerCase()}${rest}`;
  const adverb = /^\s+([A-Za-z]+)(\b.*)$/s.exec(rest);
  if (/ly$/i.test(word) && adverb && gerundOf(adverb[1])) return `I ${word.toLowerCase()} ${adverb[1].toLowerCase()}${adverb[2]}`;
  if (word.toLowerCase().endsWith("ing")) {
    const past = pastOfGerund(word);
    if (!past) return null;
    // "Designing and implementing X" → "I designed and implemented X".
    const tail = rest.replace(/^(\s+and\s+)([a-z]+ing)\b/, (all, head: string, next: string) => {
      const p = pastOfGerund(next);
      return p ? head + p : all;
    });
    return `I ${past}${tail}`;
  }
  if (!gerundOf(word)) return null;
  return `I ${word.toLowerCase()}${rest}`;
}

export function evidenceKind(highlight: string): EvidenceKind {
  if (RECOGNITION.test(highlight)) return "recognition";
  if (LEAD.test(highlight)) return "lead";
  if (RESULT.test(highlight)) return "result";
  if (BUILD.test(highlight)) return "build";
  return "other";
}

/** A highlight fit to use in a letter: a real sentence, not a CV fragment, a link or an e-mail address. */
export function usableHighlight(h: string): boolean {
  const words = h.trim().split(/\s+/).length;
  return words >= 4 && words <= 30 && !/https?:\/\/|www\.|@|\||•|:\s*$/.test(h);
}

export function toEvidence(text: string, exp: Experience): Evidence {
  return { text, exp, kind: evidenceKind(text), clause: asClause(text) };
}
