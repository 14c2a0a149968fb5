import nlp from "compromise";
import { cosine, wordIndex } from "./lexicon";

// Whether a noun names a person by what they do ("chef", "bookkeeper", "developers", "administrator"), for job titles
// outside software and for telling a role ("Backend Developer", "Project Manager") from a skill ("backend", "project
// management"). No list of occupations is ever complete, so the lexicons decide: compromise tags such nouns "Actor"
// and lists the words that end organisation names ("hospital", "academy", "foods"); for the rest, the word vectors
// (./lexicon) tell whether the word is nearer to occupations than to kinds of organisation ("bookkeeper", "paralegal"
// sit near "accountant"; "bistro" near "restaurant"). Only the lexicons are read: a full compromise parse costs
// milliseconds per line.

type Model = { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, boolean> } };
const MODEL = (nlp as unknown as { model(): Model }).model();

/** Prototypes of the two classes a noun is told apart by: people by their work, and what else ends a job phrase. */
const OCCUPATIONS = [
  "teacher",
  "nurse",
  "driver",
  "accountant",
  "technician",
  "assistant",
  "clerk",
  "chef",
  "electrician",
  "engineer",
  "operator",
];
const OTHERS = [
  "company",
  "hospital",
  "school",
  "restaurant",
  "agency",
  "bank",
  "university",
  "studio",
  "shop",
  "firm",
  "job",
  "team",
  "certificate",
  "degree",
  "course",
  "tool",
];
/** Below this similarity to every occupation the word is not one, whatever it is nearer to. */
const MIN_SIMILARITY = 0.4;

let rows: { occupations: number[]; others: number[] } | null = null;

function nearest(prototypes: number[], row: number): number {
  return Math.max(...prototypes.map((p) => (p === row ? 1 : cosine(row, p))));
}

/** Nearer in meaning to the occupations than to organisations, qualifications and tools (and near enough to one). */
function nearOccupation(word: string): boolean {
  const row = wordIndex(word);
  if (row < 0) return false;
  rows ??= {
    occupations: OCCUPATIONS.map(wordIndex).filter((i) => i >= 0),
    others: OTHERS.map(wordIndex).filter((i) => i >= 0),
  };
  const occupation = nearest(rows.occupations, row);
  return occupation >= MIN_SIMILARITY && occupation > nearest(rows.others, row);
}

/** compromise's tags for a word ("chef" → ["Actor"]), [] when its lexicon does not hold it. */
export function lexiconTags(word: string): string[] {
  const tag = MODEL.one.lexicon[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** Whether the word ends organisation names in compromise's lexicon ("hospital", "academy", "foods"). */
function organisationWord(word: string): boolean {
  return MODEL.two.orgWords[word.toLowerCase()] === true;
}

/** Whether a single noun names an occupation: an "Actor" in the lexicon, or nearer to occupations by meaning. */
export function occupationNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{L}{3,}$/u.test(w) || organisationWord(w)) return false;
  const tags = lexiconTags(w);
  if (tags.includes("Actor")) return true;
  if (tags.some((t) => /^(?:City|Country|Region|Place|Date|Month|WeekDay)$/.test(t))) return false;
  return nearOccupation(w);
}
