import { readFileSync } from "node:fs";
import path from "node:path";
import { boundLines } from "./bounds";
import { RANGE_SRC } from "./dates";
import { lexiconDir } from "./lexicon";

// Whether a text is a job posting at all, before either engine analyses it: placeholder text ("Lorem ipsum…"), a CV
// or a news article pasted into the job box gets a clear refusal instead of an analysis of nothing. Each kind of
// text is told by the conventions of its genre, counted as distinct cues: a posting addresses the reader ("you will",
// "we are looking for") and has requirements, duties, pay or an application; a CV lists its owner's dated jobs under
// "Experience"/"Education" headings with contact details on top; an article reports what people said. Text in a
// language is told from placeholder text by how many of its words are among the most frequent English words (the
// first words of the lexicon's vocabulary, ordered by frequency).

const POSTING_CUES: RegExp[] = [
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /^[ \t]*(?:key |main |your |job )?(?:responsibilities|duties|requirements|qualifications|benefits|perks)\b/im,
  /\b(?:what we offer|we offer|what you(?:'|’)?ll (?:do|bring|need)|what you will (?:do|bring|need)|about (?:the|this) (?:role|job|position)|the role|about you|your profile|who you are|person specification|nice to have)\b/i,
  /\b(?:we are|we're|we’re|is|are) (?:looking for|seeking|hiring|recruiting)\b|\b(?:is hiring|now hiring|we are hiring)\b/i,
  /\b(?:you will|you'll|you’ll|you would|you should|you must|you have|you are)\b/i,
  /\b(?:join (?:us|our|the)|the successful candidate|ideal candidate|suitable candidate|candidates? (?:will|must|should))\b/i,
  /\b(?:apply|application|applicants?|send (?:us )?your (?:cv|resume|résumé)|closing date)\b/i,
  /\b(?:salary|compensation|per (?:hour|annum|year|month)|a year|an hour|pay(?: range| rate)?:)/i,
  /\b(?:full[- ]time|part[- ]time|permanent|fixed[- ]term|contract role|internship|job type|employment type)\b/i,
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /\b(?:\d+\+?\s*(?:-\s*\d+\s*)?years?(?:'|’)? (?:of )?(?:\w+ ){0,3}experience|experience (?:with|in) )/i,
  /\b(?:equal opportunit(?:y|ies)|eeo\b|regardless of (?:race|age|gender))/i,
  // The same conventions in postings written in other languages the offline reader still sees pasted.
  /\((?:m\/w\/d|m\/f\/d|w\/m\/d|f\/m\/d|h\/f|f\/h|m\/v)\)|\b(?:Aufgaben|Anforderungen|Wir bieten|Ihr Profil|Missions|Profil recherché|Requisitos|Ofrecemos|Funciones)\b/,
];

/** A CV's own section headings, each on a line of its own ("Work Experience", "EDUCATION AND TRAINING", "Skill Set"). */
const CV_HEADING =
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /^[ \t]*(?:[\p{L}]+[ \t]+){0,2}(?:experience|history|education|education and training|academic (?:details|background)|educational qualifications?|skills|skill set|languages|language skills|certifications|personal (?:details|information)|declaration|interests|hobbies|references|achievements|about me)[ \t]*(?::[ \t]*)?$/gimu;
/** "March 2020 - Present", "2016 – 2020", "01/03/2019 – CURRENT", "10/2019 – heute": the dated entries a CV is made of. */
// regex-scan: RANGE_RE's pattern (agents/text/dates.ts), which sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
const DATE_RANGE = new RegExp(`(?<![\\w/])${RANGE_SRC}(?![\\w/])`, "gi");

const CV_CUES: ((text: string) => boolean)[] = [
  (t) => /\b(?:curriculum vitae|résumé|my resume)\b/i.test(t),
  // Contact details in the first lines, under the owner's name: an e-mail address or a phone number.
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  (t) => /^(?:[^\n]*\n){0,4}[^\n]*(?:[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{8,}\d)/.test(t),
  (t) => (t.match(DATE_RANGE)?.length ?? 0) >= 2,
  (t) => (t.match(CV_HEADING)?.length ?? 0) >= 3,
  (t) => /\b(?:date of birth|nationality|marital status|i hereby declare|references available)\b/i.test(t),
];

const ARTICLE_CUES: RegExp[] = [
  /^[ \t]*By [A-Z][\p{L}'’-]+ [A-Z][\p{L}'’-]+/mu,
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /^[ \t]*(?:Published|Updated|Last updated)\b[^\n]{0,40}(?:19|20)\d{2}/im,
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /["“][^"“”\n]{10,}[,.]?["”],? (?:said|says|told|added)\b|\b(?:said|says|told) (?:the|a|an|reporters|[A-Z])/,
  /\b(?:according to|a spokesperson|a spokesman|a spokeswoman|told reporters|in a statement)\b/i,
];

let common: Set<string> | null = null;

/** The 200 most frequent English words (the lexicon's vocabulary is ordered by frequency). */
function commonWords(): Set<string> {
  if (!common) {
    const head = readFileSync(path.join(lexiconDir(), "vocabulary.txt"), "utf8").slice(0, 4000).split("\n");
    common = new Set(head.slice(0, 200));
  }
  return common;
}

const count = (cues: RegExp[], text: string) => cues.filter((re) => re.test(text)).length;

export const NOT_A_POSTING = {
  placeholder: "This text does not read like a job posting: it looks like placeholder text. Paste the job advert itself.",
  cv: "This text looks like a CV, not a job posting. Paste the job advert here (upload your CV on the Profile page).",
  article: "This text looks like a news article, not a job posting. Paste the job advert itself.",
  other: "This text does not look like a job posting: it names no role, duties, requirements or way to apply. Paste the job advert itself.",
} as const;

/** Why the text is not a job posting (a message for the user), or null when it reads as one. */
export function notAJobPosting(raw: string): string | null {
  // Runs before the parsers' own bounds: the same caps on lines and tokens keep these patterns linear.
  const text = boundLines(raw);
  const posting = count(POSTING_CUES, text);
  // A CV first: its terse lines use few of the most frequent words, like placeholder text does.
  const cv = CV_CUES.filter((cue) => cue(text)).length;
  if (cv >= 2 && cv > posting) return NOT_A_POSTING.cv;
  const article = count(ARTICLE_CUES, text);
  if (article >= 2 && article > posting) return NOT_A_POSTING.article;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 20 && posting === 0) {
    const known = commonWords();
    const share = words.filter((w) => known.has(w)).length / words.length;
    if (share < 0.12) return NOT_A_POSTING.placeholder;
  }
  if (posting === 0 && words.length >= 20 && !/\b(?:you|your|we|our)\b/i.test(text)) return NOT_A_POSTING.other;
  return null;
}
