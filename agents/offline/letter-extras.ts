import type { MatchKeyword } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { isBroadSkill, proseSkills } from "../match";
import { countWords } from "../text/letter-limits";
import { findSkills, skillKey } from "../text/skills";
import { asClause } from "./letter-evidence";
import type { Phrases } from "./letter-phrases";
import { indefiniteArticle, skillInProse } from "./letter-text";
import { jobKeywords, joinList, relevance } from "./resume";

// The offline letter's facts beyond the opening, the answers and the roles (see letter.ts): what else fits the
// job (other skills it lists, a project, the degree and languages it asks for), facts kept for a letter that is
// still short (summary lines, a project's details, degrees, languages), and sentences on the job's duties by
// the skills the candidate has. Every sentence carries a fact of the candidate's; none is true of anyone.

const MAX_SENTENCE_WORDS = 40;
const DEGREES = /\b(?:degree|bachelor'?s?|master'?s?|BSc|MSc|B\.?S\.?|M\.?S\.?|PhD|doctorate|MBA)\b/i;

/** Matched skills worth naming in a sentence (named technologies, no degrees or broad areas), weightiest first. */
export function namedSkills(keywords: MatchKeyword[]): MatchKeyword[] {
  const ok = new Set(proseSkills(keywords.map((k) => k.skill)).filter((s) => !isBroadSkill(s)));
  return keywords.filter((k) => ok.has(k.skill)).sort((a, b) => b.weight - a.weight);
}

export function short(sentence: string): boolean {
  return countWords(sentence) <= MAX_SENTENCE_WORDS;
}

/** What else fits this job: other skills it lists, a project that uses its skills, the degree and languages it asks for. */
export function fitExtras(profile: ProfileFields, job: JobData, keywords: MatchKeyword[], named: Set<string>, say: Phrases): string[] {
  const out: string[] = [];
  const rest = namedSkills(keywords).filter((k) => !named.has(skillKey(k.skill)));
  const listed = rest.filter((k) => k.importance !== "nice_to_have").slice(0, 4);
  const bonus = rest.filter((k) => k.importance === "nice_to_have").slice(0, 3);
  const prose = (ks: MatchKeyword[]) => joinList(ks.map((k) => inProse(k.skill, job)));
  if (listed.length) out.push(say.alsoSkills(prose(listed), listed.length));
  if (bonus.length) out.push(say.bonusSkills(prose(bonus), bonus.length));
  [...listed, ...bonus].forEach((k) => named.add(skillKey(k.skill)));
  const project = relevantProject(profile, job);
  if (project && project.r > 0) out.push(projectSentence(project.p, say, true));
  if (degreeAsked(job) && profile.education[0]?.degree) out.push(say.degree(degreePhrase(profile), true, 0));
  const spoken = new Set(profile.skills.languages.map(skillKey));
  const languages = (job.hard_skills ?? []).filter((s) => spoken.has(skillKey(s)));
  if (languages.length) out.push(say.speaks(joinList(languages)));
  return out.filter(short);
}

/**
 * Facts kept for a letter that is still short: where and since when the candidate worked, their own first-person
 * summary lines, a project, the degrees, the languages. A short letter stays short rather than padded with sentences
 * that would be true of anyone (issue 13: no filler).
 */
export function spareFacts(profile: ProfileFields, job: JobData, say: Phrases, named: Set<string>): string[] {
  const out: string[] = [];
  // Where and since when the candidate worked is said with each role (letter.ts); a fourth or later role is not.
  out.push(
    ...profile.summary
      .split(/(?<=[.!?])\s+(?=[A-Z])/)
      .map((x) => x.trim())
      .filter((x) => /^I\s/.test(x) && /[.!?]$/.test(x) && !/\b(?:seeking|looking for)\b/i.test(x)),
  );
  const project = relevantProject(profile, job);
  if (project && project.r === 0) out.push(projectSentence(project.p, say, false));
  // What else the project's description says, as the candidate's own sentences ("I implemented user authentication…").
  if (project)
    for (const more of project.p.description.split(/(?<=[.!?])\s+(?=[A-Z])/).slice(1, 3)) {
      const clause = asClause(more);
      if (clause) out.push(say.projectMore(clause));
    }
  const degree = !degreeAsked(job) && !named.has(DEGREE_SAID) && profile.education[0]?.degree ? degreePhrase(profile) : "";
  const spoken = profile.skills.languages.filter((l) => !(job.hard_skills ?? []).some((s) => skillKey(s) === skillKey(l)));
  const languages = spoken.length >= 2 ? joinList(spoken.slice(0, 4)) : "";
  const both = degree && languages ? say.background(degree, languages) : "";
  if (both && short(both)) out.push(both);
  else {
    if (degree) out.push(say.degree(degree, false, 0));
    if (languages) out.push(say.languages(languages, 0));
  }
  return out.filter(short);
}

function relevantProject(profile: ProfileFields, job: JobData) {
  const kw = jobKeywords(job);
  return profile.projects
    .filter((p) => p.name)
    .map((p, i) => ({ p, i, r: relevance([p.name, p.description, ...p.technologies].join(" "), kw) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)[0];
}

function projectSentence(p: ProfileFields["projects"][number], say: Phrases, relevant: boolean): string {
  const what = p.description ? firstSentence(p.description) : "";
  // "Developed a tracker app…" reads "I developed a tracker app…"; "A small linter…" reads "a small linter…".
  const said = `${p.name} ${what}`.toLowerCase();
  const tech = joinList(p.technologies.filter((t) => t && !said.includes(t.toLowerCase())).slice(0, 3));
  const clause = what ? (asClause(what) ?? sentenceCase(what)) : "";
  return say.project(p.name, tech ? (clause ? `${clause}, built with ${tech}` : `built with ${tech}`) : clause, relevant ? 0 : 1);
}

/** Put in the `named` set when the opening has already said the degree. */
export const DEGREE_SAID = "\u0000degree";

export function degreeAsked(job: JobData): boolean {
  return [...job.requirements, ...job.qualifications].some((r) => DEGREES.test(r));
}

/** "an MSc in Statistics from University of Toronto and a B.Tech in Computer Science from IIT Madras" (up to two). */
export function degreePhrase(profile: ProfileFields): string {
  const one = (edu: ProfileFields["education"][number]) => {
    const article = /^(?:a|an)\s/i.test(edu.degree) ? "" : `${indefiniteArticle(edu.degree)} `;
    return `${article}${edu.degree}${edu.field ? ` in ${edu.field}` : ""}${edu.institution ? ` from ${edu.institution}` : ""}`;
  };
  return joinList(
    profile.education
      .filter((e) => e.degree)
      .slice(0, 2)
      .map(one),
  );
}

/**
 * A skill in a sentence: its canonical name, with its plain words in lower case when the posting writes it as a
 * common noun ("monitoring", "A/B testing", "data pipelines"); names keep their case ("Next.js", "SaaS").
 */
export function inProse(skill: string, job: JobData): string {
  const common = (job.hard_skill_terms ?? []).some((t) => skillKey(t.canonical) === skillKey(skill) && t.term === t.term.toLowerCase());
  if (!common) return skillInProse(skill);
  return skill.replace(/(?<![\p{L}.])[A-Z][a-z]+(?![\p{L}.])/gu, (w) => w.toLowerCase());
}

/**
 * For a thin letter: the job's own duties, by the skills they name that the candidate has (a skill the profile lacks
 * is never named here, not even as an interest), then the candidate's toolkit.
 */
export function dutySentences(profile: ProfileFields, job: JobData, keywords: MatchKeyword[], named: Set<string>, say: Phrases) {
  const out: string[] = [];
  const seen = new Set(named);
  const have = new Set(keywords.map((k) => skillKey(k.skill)));
  for (const line of [...job.responsibilities, ...job.requirements]) {
    const skills = findSkills(line)
      .hard.filter((s) => have.has(skillKey(s)) && !isBroadSkill(s) && !seen.has(skillKey(s)))
      .slice(0, 2);
    if (!skills.length) continue;
    skills.forEach((s) => seen.add(skillKey(s)));
    out.push(say.duty(joinList(skills.map((k) => inProse(k, job))), out.length));
    if (out.length >= 5) break;
  }
  const toolkit = proseSkills(profile.skills.technical.filter((s) => !seen.has(skillKey(s)))).slice(0, 6);
  if (toolkit.length >= 2) out.push(say.toolkit(joinList(toolkit.map(skillInProse)), "this role"));
  return out.filter(short);
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (m ? m[1] : text).trim().replace(/(?<![.;:!])[.;:!]+$/, "");
}

/** A description inside a sentence: "A small linter" → "a small linter"; names ("Kafka tools") keep their case. */
function sentenceCase(s: string): string {
  return /^(?:A|An|The|This|Our|My)\s/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
