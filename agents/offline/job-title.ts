import nlp from "compromise";
import { cosine, wordIndex } from "../text/lexicon";
import { ROLE } from "./job-fields";

// Whether a short line names a job ("Sous Chef", "Bookkeeper", "Staff Nurse (Band 5)") for postings outside
// software, where no list of role words is ever complete. A job title is a noun phrase whose head (last) noun names
// a person by what they do. compromise's lexicon tags such nouns "Actor" ("chef", "welder", "receptionist") and lists
// the words that end organisation names ("hospital", "academy", "foods"); for the rest, the word vectors
// (agents/text/lexicon) tell whether the head is nearer to occupations or to kinds of organisation ("bookkeeper",
// "paralegal" sit near "accountant"; "bistro" near "restaurant"). Only the lexicons are read: a full compromise
// parse costs milliseconds per line.

type Model = { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, boolean> } };
const MODEL = (nlp as unknown as { model(): Model }).model();

/** Prototypes of the two classes a title's head noun is told apart by. */
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
const ORGANISATIONS = [
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
];
/** Below this similarity to every occupation the head is not one, whatever it is nearer to. */
const MIN_SIMILARITY = 0.4;

let rows: { occupations: number[]; organisations: number[] } | null = null;

function nearest(word: string, prototypes: number[], row: number): number {
  return Math.max(...prototypes.map((p) => (p === row ? 1 : cosine(row, p))));
}

/** Nearer in meaning to the occupations than to the kinds of organisation (and near enough to one). */
function nearOccupation(word: string): boolean {
  const row = wordIndex(word);
  if (row < 0) return false;
  rows ??= {
    occupations: OCCUPATIONS.map(wordIndex).filter((i) => i >= 0),
    organisations: ORGANISATIONS.map(wordIndex).filter((i) => i >= 0),
  };
  const occupation = nearest(word, rows.occupations, row);
  return occupation >= MIN_SIMILARITY && occupation > nearest(word, rows.organisations, row);
}

function tagsOf(word: string): string[] {
  const tag = MODEL.one.lexicon[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** The title without asides: "(Band 5)", "(m/f/d)", ", maternity cover", " – 12 month contract". */
function coreOf(line: string): string {
  return line
    .replace(/\([^()]*\)/g, " ")
    .replace(/\s*[,–—|].*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether the phrase's head noun names an occupation (a role word, an "Actor", or nearer to occupations). */
export function namesOccupation(phrase: string): boolean {
  const core = coreOf(phrase);
  if (!core) return false;
  if (ROLE.test(core)) return true;
  const head =
    core
      .split(/[\s/-]+/)
      .pop()
      ?.toLowerCase() ?? "";
  if (!/^\p{L}{3,}$/u.test(head) || MODEL.two.orgWords[head]) return false;
  const tags = tagsOf(head);
  if (tags.includes("Actor")) return true;
  if (tags.some((t) => /^(?:City|Country|Region|Place|Date|Month|WeekDay)$/.test(t))) return false;
  return nearOccupation(head);
}

/** Words a title never starts with: pronouns, determiners, prepositions, question words. */
const FUNCTION_TAGS = /^(?:Pronoun|Determiner|Preposition|QuestionWord|Conjunction|Modal|Copula)$/;

/**
 * Whether a short line reads as a job title: at most eight words, starting with a capital, no sentence ending, not
 * opening with a function word ("About the job", "We are hiring", "The Olive Tree Bistro"), not ending in an
 * organisation word ("Riverside Community Hospital"), and its head noun names an occupation.
 */
export function titleLike(line: string): boolean {
  const t = line.replace(/\s+/g, " ").trim();
  if (!t || t.length > 90 || !/^\p{Lu}/u.test(t) || /[.!?:;]$/.test(t)) return false;
  const core = coreOf(t);
  const words = core.split(" ");
  if (!core || words.length > 8 || /\d{4}|@|https?:/.test(core)) return false;
  if (tagsOf(words[0]).some((tag) => FUNCTION_TAGS.test(tag))) return false;
  return namesOccupation(core);
}
