import { parseHeadline } from "./job-headline";
import { canonicalSkill } from "../text/skills";

// Naming the role and the candidate in prose (offline letters and messages).

export const ROLE_WORD =
  /\b(?:engineer|developer|manager|analyst|designer|scientist|architect|consultant|specialist|administrator|lead|director|intern|programmer|tester|officer|coordinator|recruiter|writer|researcher|technician|representative|strategist|owner|associate|head|vp|sre|devops|student|graduate|marketer|accountant|teacher|nurse)\b/i;

/**
 * The job title as it reads in a sentence: without the employer or place a pasted headline carries
 * ("Senior Backend Engineer at Example Analytics (Berlin, hybrid)" → "Senior Backend Engineer"), asides such as
 * "(m/f/d)" or a trailing "role"/"position". "" when there is no usable title.
 */
export function proseJobTitle(jobTitle: string): string {
  let t = jobTitle.replace(/\s+/g, " ").trim();
  if (!t) return "";
  const headline = parseHeadline(t);
  if (headline) t = headline.title;
  t = t
    .replace(/(?<!\s)\s*\([^()]*\)\s*$/, "")
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    .replace(/\s+[|–—]\s+.*$/, "")
    .replace(/(?<!\s)\s+(?:role|position|job|opening|vacancy)$/i, "")
    .replace(/(?<![\s,;:.-])[\s,;:.-]+$/, "")
    .trim();
  if (!t || /^(?:open|n\/a|tbd|unknown|job|role|position)$/i.test(t) || t.length > 80 || t.split(" ").length > 10) return "";
  return t;
}

/** The employer's name as it reads in a sentence ("Acme Inc." → "Acme Inc"), or "". */
export function proseCompany(company: string): string {
  return company.replace(/\s+/g, " ").trim().replace(/\.$/, "");
}

/**
 * "the Senior Backend Engineer role at Example Analytics", "the Senior Backend Engineer role", "the open role at
 * Example Analytics" or, with neither, "the role described in your posting".
 */
export function roleAtCompany(job: { job_title: string; company: string }): string {
  const title = proseJobTitle(job.job_title);
  // A title pasted as a whole headline ("… at Example Analytics (Berlin)") still names the employer.
  const company = proseCompany(job.company) || proseCompany(parseHeadline(job.job_title)?.company ?? "");
  if (title) return `the ${title} role${company ? ` at ${company}` : ""}`;
  return company ? `the open role at ${company}` : "the role described in your posting";
}

function proseWord(word: string): string {
  // Acronyms and mixed case ("SRE", "iOS", "DevOps") and named technologies ("Python", "Java") keep their case.
  if (/^[A-Z0-9]{2,}s?$/.test(word) || /^\p{L}+\p{Lu}/u.test(word.replace(/^[A-Z]/, "a"))) return word;
  const canonical = canonicalSkill(word);
  if (canonical && canonical.toLowerCase() === word.toLowerCase() && /^[A-Z]/.test(canonical)) return word;
  return word.toLowerCase();
}

/**
 * What the candidate is, as a noun phrase for "I'm Avery, a backend engineer": the profile's headline (its first
 * part, when it is a role) or else the most recent job title, in sentence case. "" when neither names a role.
 */
export function profileRole(profile: { headline: string; experience: { title: string }[] }): string {
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const candidates = [profile.headline.split(/\s*(?:[|·•,;]|\s[-–—]\s|\bat\b|@)\s*/)[0] ?? "", profile.experience[0]?.title ?? ""];
  for (const raw of candidates) {
    const role = raw.replace(/\s+/g, " ").trim();
    if (!role || !ROLE_WORD.test(role) || role.split(" ").length > 6 || /[.!?]/.test(role)) continue;
    return role
      .split(" ")
      .map((w) => w.split("-").map(proseWord).join("-"))
      .join(" ");
  }
  return "";
}

/** "a" or "an" for the noun phrase that follows ("an engineer", "an SRE", "a backend engineer"). */
export function indefiniteArticle(phrase: string): string {
  if (/^[A-Z]{2,}/.test(phrase)) return /^[AEFHILMNORSX]/.test(phrase) ? "an" : "a";
  return /^[aeiou]/i.test(phrase) && !/^(?:uni|use|eu|one)/i.test(phrase) ? "an" : "a";
}

const AREA_ENDING =
  /\s(?:Development|Computing|Learning|Engineering|Design|Analysis|Management|Testing|Architecture|Science|Intelligence|Processing)$/;

/**
 * A skill as it reads in a sentence: broad areas in lower case ("Back-end Development" → "back-end development",
 * "Cloud Computing" → "cloud computing"), named technologies as written ("Spring Security", "Apache Kafka", "AWS").
 */
export function skillInProse(skill: string): string {
  if (!AREA_ENDING.test(skill)) return skill;
  const words = skill.split(" ");
  const first = words[0].split("-")[0];
  const named = canonicalSkill(first);
  if (named && named.toLowerCase() === first.toLowerCase()) return skill;
  return words.map((w) => w.split("-").map(proseWord).join("-")).join(" ");
}
