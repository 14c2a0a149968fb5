import type { MatchKeyword } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { AREAS, IMPORTANCE_WEIGHT, importanceIn, type WeightSource } from "./match-weights";
import { canonicalSkill, findLanguages, findSkills, isGenericSkill, skillKey } from "./text/skills";

// The match between a profile and a job, computed in code for both engines: the job's hard skills (canonical
// names, aliases folded: "JS" = "JavaScript", "Postgres" = "PostgreSQL") against the profile's skills and the
// text of its experience, projects, headline and summary. Generic terms ("Software Development") do not count.
// Each skill weighs what the posting makes of it (agents/match-weights.ts); the score is the matched weight out of
// the total, and `keywords` lists every skill with its weight so the score can be explained.

export type Match = { score: number; matched: string[]; missing: string[]; keywords: MatchKeyword[] };

/** All the text of a profile that can show a skill. */
export function profileText(profile: ProfileFields): string {
  return [
    profile.headline,
    profile.summary,
    ...profile.experience.flatMap((e) => [e.title, e.company, e.description, ...e.highlights]),
    ...profile.projects.flatMap((p) => [p.name, p.description, ...p.technologies]),
    ...profile.education.flatMap((e) => [e.degree, e.field ?? "", e.institution]),
    ...profile.skills.technical,
    ...profile.skills.soft,
    ...profile.skills.languages,
  ]
    .filter(Boolean)
    .join("\n");
}

export type SkillIndex = { keys: Set<string>; text: string };
const indexes = new WeakMap<ProfileFields, SkillIndex>();

/**
 * The profile's skill keys and searchable text, computed once per profile object: the dictionary scan is the
 * costly part, and the career workflow hands one object per profile version to all its generators (see
 * lib/career/profile-source.ts), so the resume, the letter and the messages share one scan.
 */
export function profileSkillIndex(profile: ProfileFields): SkillIndex {
  let index = indexes.get(profile);
  if (!index) {
    index = { keys: profileSkillKeys(profile), text: profileText(profile) };
    indexes.set(profile, index);
  }
  return index;
}

/** Canonical keys of every skill the profile shows (its lists plus the dictionary's hits in its text). */
export function profileSkillKeys(profile: ProfileFields): Set<string> {
  const keys = new Set<string>();
  const add = (name: string) => {
    const canonical = canonicalSkill(name) ?? name;
    keys.add(skillKey(canonical));
  };
  for (const s of [...profile.skills.technical, ...profile.skills.soft, ...profile.skills.languages]) add(s);
  for (const p of profile.projects) for (const t of p.technologies) add(t);
  const text = profileText(profile);
  const found = findSkills(text);
  for (const s of [...found.hard, ...found.soft, ...findLanguages(text)]) add(s);
  return keys;
}

function containsWord(haystack: string, needle: string): boolean {
  const n = needle.trim().toLowerCase();
  if (n.length < 2) return false;
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "[\\s-]+");
  // regex-scan: built from a skill name escaped to plain text, words joined by [\s-]+, between look-arounds: each start costs at most the name's length
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(haystack);
}

/** Whether the profile shows this skill (by canonical name, alias, or the literal name in its text). */
export function profileHasSkill(profile: ProfileFields, skill: string, cache: SkillIndex = profileSkillIndex(profile)): boolean {
  const { keys, text } = cache;
  const canonical = canonicalSkill(skill) ?? skill;
  if (keys.has(skillKey(canonical))) return true;
  return containsWord(text, skill) || containsWord(text, canonical);
}

// A higher degree satisfies a request for a lower one; CI/CD and its two halves are written either way round.
const IMPLIED_BY: Record<string, string[]> = {
  "University Degree": ["Bachelor's Degree", "Master's Degree", "PhD", "MBA"],
  "Bachelor's Degree": ["Master's Degree", "PhD", "MBA"],
  "Master's Degree": ["PhD", "MBA"],
  "CI/CD": ["Continuous Integration", "Continuous Delivery"],
  "Continuous Integration": ["CI/CD"],
  "Continuous Delivery": ["CI/CD"],
};

// Broad areas ("Web Development") say less than named technologies; lists shown to people put them last.
const BROAD: ReadonlySet<string> = new Set([
  ...AREAS,
  "Computer Science",
  "Information Technology",
  "University Degree",
  "Bachelor's Degree",
  "Master's Degree",
]);

// Degrees and fields of study: real requirements, but not "skills" to name in a sentence.
const NOT_FOR_PROSE = new Set([
  "University Degree",
  "Bachelor's Degree",
  "Master's Degree",
  "PhD",
  "MBA",
  "Computer Science",
  "Information Technology",
  "Mathematics",
  "Physics",
  "Engineering",
  "Electrical Engineering",
  "Mechanical Engineering",
  "Economics",
]);

/** Broad areas and fields of study ("Engineering", "Cloud Computing"): ordinary words in a sentence, never a claim to check. */
export function isBroadSkill(skill: string): boolean {
  const canonical = canonicalSkill(skill) ?? skill;
  return BROAD.has(canonical) || NOT_FOR_PROSE.has(canonical);
}

/** Matched skills worth naming in a letter or message (no degrees or fields of study), most specific first. */
export function proseSkills(skills: string[]): string[] {
  return rankSkills(skills.filter((s) => !NOT_FOR_PROSE.has(canonicalSkill(s) ?? s)));
}

/** Named technologies first, broad areas last (stable otherwise). */
export function rankSkills(skills: string[]): string[] {
  return skills
    .map((s, i) => ({ s, i, broad: BROAD.has(canonicalSkill(s) ?? s) ? 1 : 0 }))
    .sort((a, b) => a.broad - b.broad || a.i - b.i)
    .map((x) => x.s);
}

export function computeMatch(profile: ProfileFields, job: Pick<JobData, "hard_skills" | "hard_skill_terms"> & WeightSource): Match {
  const seen = new Set<string>();
  const wanted: string[] = [];
  for (const raw of job.hard_skills ?? []) {
    const canonical = canonicalSkill(raw) ?? raw.trim();
    if (!canonical || isGenericSkill(canonical)) continue;
    const key = skillKey(canonical);
    if (seen.has(key)) continue;
    seen.add(key);
    wanted.push(canonical);
  }
  const cache = profileSkillIndex(profile);
  const importance = importanceIn(job);
  // The posting's own word for each skill ("Postgres"), matched on the canonical name ("PostgreSQL").
  const terms = new Map<string, string>();
  for (const t of job.hard_skill_terms ?? []) if (!terms.has(skillKey(t.canonical))) terms.set(skillKey(t.canonical), t.term);
  const keywords: MatchKeyword[] = wanted.slice(0, 200).map((skill) => {
    const has = profileHasSkill(profile, skill, cache) || (IMPLIED_BY[skill] ?? []).some((other) => cache.keys.has(skillKey(other)));
    const why = importance(skill);
    const term = terms.get(skillKey(skill)) ?? skill;
    return { skill: skill.slice(0, 100), term: term.slice(0, 100), weight: IMPORTANCE_WEIGHT[why], importance: why, matched: has };
  });
  const total = keywords.reduce((n, k) => n + k.weight, 0);
  const got = keywords.reduce((n, k) => n + (k.matched ? k.weight : 0), 0);
  return {
    score: total ? Math.round((100 * got) / total) : 0,
    matched: rankSkills(keywords.filter((k) => k.matched).map((k) => k.skill)),
    missing: keywords.filter((k) => !k.matched).map((k) => k.skill),
    keywords: [...keywords].sort((a, b) => Number(b.matched) - Number(a.matched) || b.weight - a.weight),
  };
}
