import { lexiconTags } from "./occupation";
import type { SkillHit } from "./skills";

// How a posting words each skill it names (the `term` beside the canonical name in hard_skill_terms). The dictionary
// finds "Git" and "Bitbucket"; the posting wrote one item, "Git/Bitbucket". A term is the posting's own noun phrase
// for the skill, as annotators of job postings mark it (SkillSpan's KNOWLEDGE spans):
// - words joined to it by a slash or a hyphen belong to it ("JavaScript/TypeScript", "HPC/cloud computing",
//   "Ionic-framework"): a term never cuts a written word;
// - a generic head noun after it is part of the phrase ("front-end frameworks", "infrastructure as code tools",
//   "secure development practices");
// - a degree runs over its field ("Bachelor's degree in Computer Science", "PhD in Law"), up to the first function
//   word ("or a related field") as compromise's lexicon tags it.
// Hits whose phrases overlap share one term.

/** Characters of a written word that a slash or a hyphen joins to the next ("C#", ".NET", "React.js"). */
const WORD_CHAR = /[\p{L}\p{N}#+.]/u;
/** Longest stretch a term is extended over on either side. */
const MAX_EXTENSION = 60;

/** [start, end) extended over the words joined to it by "/" or "-" (no spaces), at most MAX_EXTENSION each way. */
function joinedRun(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, start - MAX_EXTENSION);
  while (start - 1 > floor && (text[start - 1] === "/" || text[start - 1] === "-") && WORD_CHAR.test(text[start - 2])) {
    start -= 1;
    while (start > floor && WORD_CHAR.test(text[start - 1])) start -= 1;
  }
  const ceiling = Math.min(text.length, end + MAX_EXTENSION);
  while (end + 1 < ceiling && (text[end] === "/" || text[end] === "-") && WORD_CHAR.test(text[end + 1])) {
    end += 1;
    while (end < ceiling && WORD_CHAR.test(text[end])) end += 1;
  }
  // A trailing full stop ends the sentence, not the word ("… and Git/Bitbucket.").
  while (end > start && text[end - 1] === ".") end -= 1;
  return [start, end];
}

/** Nouns that head a phrase naming a kind of knowledge: "<skill> frameworks / tools / practices / standards". */
const HEAD_NOUN =
  /^[ \t]+(?:frameworks?|technolog(?:y|ies)|tools?|practices?|methodolog(?:y|ies)|patterns?|principles?|concepts?|standards?)\b/i;

const DEGREES = new Set(["Bachelor's Degree", "Master's Degree", "University Degree", "PhD", "MBA"]);
/** Tags of words that end a degree's field: "or a related field", "with honours", "from a university". */
const FIELD_STOP = /^(?:Determiner|Preposition|Conjunction|Pronoun|Adverb|Modal|Copula|Auxiliary)$/;

/** The end of a degree's field after "in" ("… in Computer Science or a related field" → after "Science"), or `end`. */
function degreeField(text: string, end: number): number {
  const lead = /^[ \t]+in[ \t]+/.exec(text.slice(end, end + 10));
  if (!lead) return end;
  let at = end + lead[0].length;
  let fieldEnd = end;
  for (let words = 0; words < 5; words++) {
    const word = /^\p{L}[\p{L}\p{N}&'’/-]{0,40}/u.exec(text.slice(at, at + 42));
    if (!word || lexiconTags(word[0]).some((t) => FIELD_STOP.test(t))) break;
    fieldEnd = at + word[0].length;
    const gap = /^[ \t]{1,3}(?=\S)/.exec(text.slice(fieldEnd, fieldEnd + 4));
    if (!gap) break;
    at = fieldEnd + gap[0].length;
  }
  return fieldEnd;
}

function phraseOf(text: string, hit: SkillHit): [number, number] {
  const [start, joinedEnd] = joinedRun(text, hit.start, hit.end);
  let end = joinedEnd + (HEAD_NOUN.exec(text.slice(joinedEnd, joinedEnd + 20))?.[0].length ?? 0);
  if (DEGREES.has(hit.canonical)) end = Math.max(end, degreeField(text, end));
  return [start, end];
}

/** The posting's wording of each hit (hits in text order, as scanSkills returns them), whitespace collapsed. */
export function skillWordings(text: string, hits: SkillHit[]): string[] {
  const spans = hits.map((hit) => phraseOf(text, hit));
  const out = hits.map(() => "");
  for (let i = 0; i < spans.length; ) {
    let [start, end] = spans[i];
    let j = i + 1;
    for (; j < spans.length && spans[j][0] < end; j++) {
      start = Math.min(start, spans[j][0]);
      end = Math.max(end, spans[j][1]);
    }
    const words = text.slice(start, end).replace(/\s+/g, " ").trim();
    for (let k = i; k < j; k++) out[k] = words;
    i = j;
  }
  return out;
}
