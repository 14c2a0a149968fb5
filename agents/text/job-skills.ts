import { occupationNoun } from "./occupation";
import { skillWordings } from "./skill-wording";
import { isDomain, scanSkills, type SkillHit } from "./skills";

// A job posting's skills as the posting words them: hard skills (tools, technologies, languages, methods,
// certifications, spoken languages) with the posting's own term beside the canonical name, and the industries
// and fields it is about (`domains`), which are never hard skills. Both engines use it.

type SkillTerm = { term: string; canonical: string };
export type JobSkills = { hard: string[]; terms: SkillTerm[]; domains: string[] };

/**
 * A domain word used for a perk or a team is not what the job is about: "private healthcare", "health insurance",
 * "our recruitment team", "the sales team will contact you".
 */
function perkOrTeam(text: string, hit: SkillHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  const after = text.slice(hit.end, hit.end + 30);
  const perkBefore = /\b(?:private|free|paid|company|subsidi[sz]ed|generous|premium|comprehensive)\s+$/i.test(before);
  const perkAfter = /^\s+(?:insurance|cover|coverage|plan|plans|benefits?|allowance|package|policy|scheme)\b/i.test(after);
  const team =
    /^\s+(?:team|teams|department|partners?|agency|agencies|colleagues)\b/i.test(after) && /\b(?:our|the|your)\s+$/i.test(before);
  return perkBefore || perkAfter || team;
}

/** Words that make a language name a requirement ("fluent English", "Danish is a plus"), not an adjective ("Danish universities"). */
const LANGUAGE_NEED =
  /\b(?:fluen\w*|speak\w*|spoken|writ\w*|orally|oral|verbal|language|languages|proficien\w*|command|native|mother tongue|bilingual|communicat\w*|skills?|level|knowledge|advantage|plus|required|must|[ABC][12])\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && start - a < 200 && !/[\n.!?]/.test(text[a - 1])) a--;
  while (b < text.length && b - end < 200 && !/[\n.!?]/.test(text[b])) b++;
  return text.slice(a, b);
}

/** Words that head a role without naming an occupation on their own ("Product Owner", "Tech Lead", "Scrum Master"). */
const ROLE_HEADS = /^(?:owner|lead|head|master)s?$/i;
const roleWord = (word: string) => ROLE_HEADS.test(word) || occupationNoun(word);

/**
 * A dictionary name that is a role, not what the job needs: "Project Manager", "Data Scientist", "Product Owner"
 * (the name ends in a person's noun). A skill before a person's noun stays a skill ("Java developer" needs Java).
 */
function namesRole(hit: SkillHit): boolean {
  const words = hit.text.trim().split(/\s+/);
  return words.length > 1 && roleWord(words[words.length - 1]);
}

/** Hard skills (canonical, in order of first mention), every distinct wording of them, and the domains. */
export function jobSkills(text: string): JobSkills {
  const hard: string[] = [];
  const terms: SkillTerm[] = [];
  const domains: string[] = [];
  const seenTerm = new Set<string>();
  const hits = scanSkills(text);
  const words = skillWordings(text, hits);
  for (const [i, hit] of hits.entries()) {
    if (hit.kind === "soft" || namesRole(hit)) continue;
    if (hit.kind === "language" && !LANGUAGE_NEED.test(sentenceAround(text, hit.start, hit.end))) continue;
    if (isDomain(hit.canonical)) {
      if (!domains.includes(hit.canonical) && !perkOrTeam(text, hit)) domains.push(hit.canonical);
      continue;
    }
    if (!hard.includes(hit.canonical)) hard.push(hit.canonical);
    const term = words[i];
    const key = `${term.toLowerCase()}\u0000${hit.canonical}`;
    if (!seenTerm.has(key)) {
      seenTerm.add(key);
      terms.push({ term, canonical: hit.canonical });
    }
  }
  return { hard, terms, domains };
}
