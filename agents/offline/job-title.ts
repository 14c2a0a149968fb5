import { lexiconTags, occupationNoun } from "../text/occupation";
import { ROLE } from "./job-fields";

// Whether a short line names a job ("Sous Chef", "Bookkeeper", "Staff Nurse (Band 5)") for postings outside
// software, where no list of role words is ever complete. A job title is a noun phrase whose head (last) noun names
// a person by what they do (agents/text/occupation decides that from compromise's lexicon and the word vectors).

/** The title without asides: "(Band 5)", "(m/f/d)", ", maternity cover", " – 12 month contract". */
function coreOf(line: string): string {
  return (
    line
      .replace(/\([^()]*\)/g, " ")
      // regex-scan: a run is tried only where it starts (look-behind); sees one posting line
      .replace(/(?<!\s)\s*[,–—|].*$/, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Whether the phrase's head noun names an occupation (a role word, an "Actor", or nearer to occupations). */
export function namesOccupation(phrase: string): boolean {
  const core = coreOf(phrase);
  if (!core) return false;
  if (ROLE.test(core)) return true;
  return occupationNoun(core.split(/[\s/-]+/).pop() ?? "");
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
  if (lexiconTags(words[0]).some((tag) => FUNCTION_TAGS.test(tag))) return false;
  return namesOccupation(core);
}
