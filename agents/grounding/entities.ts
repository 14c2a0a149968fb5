import nlp from "compromise";
import { onServerStart } from "@/core/startup";
import { findLanguages, findSkills } from "../text/skills";

// Named things a sentence claims: organisations (compromise's entity recognition plus capitalised sequences, so
// "Globex Corporation promoted me" counts as much as "at Globex"), job titles with a rank, degrees,
// certifications, awards and promotions.

const ROLE_NOUN =
  "engineer|developer|manager|analyst|designer|scientist|architect|consultant|specialist|administrator|lead|director|programmer|researcher|officer|owner|strategist|head|partner|president|founder|co-founder|cto|ceo|cfo|coo|cio|cpo|vp";
const RANK =
  /\b(?:senior|sr\.?|staff|principal|lead|chief|head|director|vp|vice[- ]president|cto|ceo|cfo|coo|cio|cpo|founder|co-founder|president|partner|distinguished|fellow|engineering manager|team lead|tech lead)\b/gi;

/** Capitalised words that open or fill a sentence without naming an organisation. */
const NOT_NAMES = new Set(
  (
    "i a an the my our your this that these those each every dear hi hello thanks thank best kind warm sincerely regards yours " +
    "team hiring manager recruiter sir madam mr ms mrs dr january february march april may june july august september october " +
    "november december monday tuesday wednesday thursday friday saturday sunday present today currently previously before after " +
    "earlier later most recently in at for with as on and or but so also then when while during since over across from by to " +
    "agile scrum kanban ci cd api apis rest sql saas b2b b2c ai ml ui ux qa devops sre linkedin github i'm i've i'd i'll " +
    "under above about into onto upon within without via per than you're we're they're you've we've they've you'll we'll " +
    "it's that's here's there's what's let's"
  ).split(" "),
);

function clean(name: string): string {
  return name
    .split(/[.!?]\s/)[0]
    .replace(/[’']s\b/g, "")
    .replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}&)])[^\p{L}\p{N}&)]+$/gu, "")
    .trim();
}

/** Whether every word of a name is a skill, a spoken language, a role word or a stop word. */
function isNotOrganisation(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.every((w) => NOT_NAMES.has(w.toLowerCase()))) return true;
  if (new RegExp(`\\b(?:${ROLE_NOUN})s?\\b`, "i").test(name)) return true;
  const rest = ws.filter((w) => !NOT_NAMES.has(w.toLowerCase())).join(" ");
  const skills = findSkills(rest).hard;
  if (skills.length && skills.join(" ").split(/\s+/).length >= rest.split(/\s+/).length) return true;
  return findLanguages(rest).length > 0 && rest.split(/\s+/).length === 1;
}

const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;

/** A word the tagger's lexicon does not know and that is not shaped like a verb or adverb ("Hooli", "Shopify"). */
function unknownName(word: string): boolean {
  const w = word.toLowerCase();
  if (LEXICON[w] || /(?:ed|ing|ly|ised|ized|ise|ize)$/.test(w) || w.length < 3) return false;
  if (LEXICON[w.replace(/e?s$/, "")] || LEXICON[w.replace(/^(?:re|co|over|under|out|up|pre|de|un|mis)/, "")]) return false;
  return true;
}

// compromise prepares its tagger on first use (about 0.3 s on this machine, then ~5 ms a sentence): the server
// does that at start (core/startup.ts), not in the first resume or letter a user asks for.
onServerStart("organisation tagger", () => void organisationsIn("At Globex Corporation I worked with Acme Labs in Berlin."));

/** Organisation-like names in a sentence. */
export function organisationsIn(sentence: string): string[] {
  const doc = nlp(sentence);
  const found = new Set<string>();
  // A sentence opening with a name ("Hooli acquired my team"): the tagger reads it as a common noun.
  const opening = /^[^\p{L}]*((?:[A-Z][\p{L}&.'’-]*)(?:\s+(?:[A-Z][\p{L}&.'’-]*|&)){0,3})/u.exec(sentence);
  if (opening && unknownName(opening[1].split(/\s+/)[0])) {
    const name = clean(opening[1]);
    if (!isNotOrganisation(name)) found.add(name);
  }
  const places = new Set((doc.places().out("array") as string[]).map((p) => clean(p).toLowerCase()));
  for (const raw of [...(doc.organizations().out("array") as string[]), ...(doc.match("#ProperNoun+").out("array") as string[])]) {
    // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
    for (const part of raw.split(/\s+(?:and|&)\s+|,\s*/)) {
      const name = clean(part);
      if (name.length < 2 || places.has(name.toLowerCase()) || isNotOrganisation(name)) continue;
      found.add(name);
    }
  }
  // Capitalised sequences after a preposition or verb of joining, which the tagger may read as common nouns.
  // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
  for (const m of sentence.matchAll(/\b(?:at|for|with|joined|from|by|of)\s+((?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|&)){0,3})/g)) {
    const name = clean(m[1]);
    if (name.length >= 2 && !places.has(name.toLowerCase()) && !isNotOrganisation(name)) found.add(name);
  }
  // Keep the longest form ("Globex Corporation", not also "Globex").
  const all = [...found];
  return all.filter((n) => !all.some((o) => o !== n && o.includes(n)));
}

/** Ranked job titles in a sentence ("Senior Engineer", "CTO", "Head of Platform", "lead engineer"). */
export function rankedTitlesIn(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(RANK)) {
    const word = m[0].toLowerCase();
    const rest = sentence.slice((m.index ?? 0) + m[0].length);
    // "lead"/"staff"/"principal"/"partner"/"fellow"/"head" are ranks only before a role ("lead engineer", "head of").
    if (
      /^(?:lead|staff|principal|partner|fellow|distinguished)$/.test(word) &&
      // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
      !new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}(?:${ROLE_NOUN})s?\\b`, "i").test(rest)
    )
      continue;
    if (word === "head" && !/^\s+of\b/i.test(rest)) continue;
    if (/^(?:sr\.?)$/.test(word)) {
      out.push("senior");
      continue;
    }
    out.push(word.replace(/-/g, " "));
  }
  return out;
}

const DEGREE: Array<[RegExp, string]> = [
  [/\b(?:ph\.?\s?d|doctorate|doctoral)\b/i, "doctorate"],
  [/\b(?:mba|m\.b\.a)\b/i, "mba"],
  [/\b(?:m\.?sc|m\.?s\.(?=\s)|m\.?eng|m\.?tech|mca|master'?s|masters|master of)\b/i, "master"],
  [/\b(?:b\.?sc|b\.?s\.(?=\s)|b\.?eng|b\.?tech|b\.?e\.(?=\s)|bba|bachelor'?s|bachelors|bachelor of|undergraduate degree)\b/i, "bachelor"],
  [/\b(?:associate'?s degree|diploma|a-levels|abitur)\b/i, "diploma"],
];

/** The degree levels a text names. */
export function degreesIn(text: string): string[] {
  return DEGREE.filter(([re]) => re.test(text)).map(([, level]) => level);
}

const CERT =
  /\b(?:certified|certification|certificate|certifications|accredited|PMP|CSPO|CSM|PSM|CISSP|CISM|CISA|CKA|CKAD|CCNA|CCNP|CPA|CFA|ACCA|ITIL|TOGAF|OSCP)\b/;
const AWARD =
  // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
  /\b(?:award(?:s|ed)?|honou?ree|prize|honou?r(?:s|ed)?|recogni[sz]ed|recognition|of the (?:year|month|quarter)|winner|medal|fellowship|scholarship|hackathon|finalist|dean's list|won\s+(?:\w+\s+){0,3}(?:award|prize|hackathon|competition|title|medal|cup))\b/i;
const PROMOTION = /\b(?:promot(?:ed|ion|ions)|rose to|fast-tracked|elevated to|advanced to)\b/i;

export const has = {
  certification: (s: string) => CERT.test(s) || /\bcertif/i.test(s),
  award: (s: string) => AWARD.test(s),
  promotion: (s: string) => PROMOTION.test(s),
};

/** Capitalised words and acronyms near a keyword: what names the award or certification ("Customer Champion"). */
export function namedWordsNear(sentence: string, keyword: RegExp): string[] {
  const m = keyword.exec(sentence);
  if (!m) return [];
  // Within the clause that holds the keyword: "I received the X Award, and I ran 30 A/B tests" names "X", not "A/B".
  const at = m.index ?? 0;
  const breaks = [...sentence.matchAll(/,\s+(?:and|but|while|which|where)\s+|;\s+/g)].map((b) => b.index ?? 0);
  const start = Math.max(0, ...breaks.filter((b) => b < at));
  const end = Math.min(sentence.length, ...breaks.filter((b) => b > at));
  const from = Math.max(start, at - 60);
  const window = sentence.slice(from, Math.min(end, at + m[0].length + 60));
  // The sentence's first word is capitalised because it opens the sentence ("Alongside that, I received…"), unless
  // the tagger does not know it as a common word.
  const opener = from === 0 ? /^[^\p{L}]*([\p{L}]+)/u.exec(sentence)?.[1] : undefined;
  return (window.match(/\b[A-Z][\p{L}+#-]*\b/gu) ?? []).filter(
    (w, i) => !NOT_NAMES.has(w.toLowerCase()) && !keyword.test(w) && !(i === 0 && w === opener && !unknownName(w)),
  );
}

export const PATTERNS = { CERT, AWARD, PROMOTION };
