import type { ProfileFields } from "@/core/schemas/profile";
import { isPresent, parseDate } from "@/agents/text/dates";
import { canonicalSkill, skillKey } from "@/agents/text/skills";
import { writtenDegree, type GoldDate, type GoldEducation, type GoldJob, type Person } from "./people";

// Recall per field of a parsed profile against a person's gold fields, and skills precision. Jobs and schools are
// aligned one to one (each gold entry with the parsed entry that agrees on most of its fields), then each field
// counts when it is equal after normalising case, spacing and punctuation; dates when year and month agree.

export const FIELDS = ["name", "title", "company", "start", "end", "institution", "degree", "year", "skills"] as const;
export type Field = (typeof FIELDS)[number];
export type Counts = Record<Field | "skills_precision", { hit: number; total: number }>;

export function emptyCounts(): Counts {
  const c = {} as Counts;
  for (const f of [...FIELDS, "skills_precision" as const]) c[f] = { hit: 0, total: 0 };
  return c;
}

export function addCounts(into: Counts, from: Counts): void {
  for (const k of Object.keys(from) as (keyof Counts)[]) {
    into[k].hit += from[k].hit;
    into[k].total += from[k].total;
  }
}

export const norm = (s: string | null | undefined) =>
  (s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const compact = (s: string) => norm(s).replace(/ /g, "");

function dateOk(gold: GoldDate, written: string): boolean {
  if (gold === "present") return isPresent(written) || /^present$/i.test(written.trim());
  const d = parseDate(written);
  if (!d || d.year !== gold.year) return false;
  return gold.month === null || d.month === gold.month;
}

type JobChecks = Record<"title" | "company" | "start" | "end", boolean>;
function jobChecks(g: GoldJob, e: ProfileFields["experience"][number]): JobChecks {
  return {
    title: norm(e.title) === norm(g.title),
    company: norm(e.company) === norm(g.company),
    start: dateOk(g.start, e.start_date),
    end: dateOk(g.end, e.end_date),
  };
}

type EduChecks = Record<"institution" | "degree" | "year", boolean>;
function eduChecks(g: GoldEducation, e: ProfileFields["education"][number]): EduChecks {
  const degree = compact(e.degree);
  const withField = compact([e.degree, e.field].filter(Boolean).join(" "));
  return {
    institution: norm(e.institution) === norm(g.institution),
    degree: degree === compact(g.degree) || degree === compact(writtenDegree(g)) || withField === compact(writtenDegree(g)),
    year: e.year.trim() === g.year,
  };
}

/** Greedy one-to-one alignment: each gold entry takes the unused parsed entry with the most agreeing fields. */
function align<G, P, C extends Record<string, boolean>>(gold: G[], parsed: P[], check: (g: G, p: P) => C): (C | null)[] {
  const used = new Set<number>();
  return gold.map((g) => {
    let best = -1;
    let bestScore = 0;
    let bestChecks: C | null = null;
    parsed.forEach((p, i) => {
      if (used.has(i)) return;
      const c = check(g, p);
      const score = Object.values(c).filter(Boolean).length;
      if (score > bestScore) [best, bestScore, bestChecks] = [i, score, c];
    });
    if (best >= 0) used.add(best);
    return bestChecks;
  });
}

export const skillId = (s: string) => skillKey(canonicalSkill(s) ?? s);

export function scoreProfile(person: Person, profile: ProfileFields): Counts {
  const c = emptyCounts();
  const tick = (f: keyof Counts, ok: boolean) => {
    c[f].total += 1;
    if (ok) c[f].hit += 1;
  };
  tick("name", norm(profile.name) === norm(person.name));
  for (const checks of align(person.jobs, profile.experience, jobChecks))
    for (const f of ["title", "company", "start", "end"] as const) tick(f, !!checks?.[f]);
  for (const checks of align(person.education, profile.education, eduChecks))
    for (const f of ["institution", "degree", "year"] as const) tick(f, !!checks?.[f]);
  const gold = new Set(person.skills.map(skillId));
  const parsed = new Set([...profile.skills.technical, ...profile.skills.soft].map(skillId));
  for (const g of gold) tick("skills", parsed.has(g));
  for (const p of parsed) tick("skills_precision", gold.has(p));
  return c;
}

/** What went wrong, for reading while tuning: gold vs parsed for the fields that missed. */
export function misses(person: Person, profile: ProfileFields): string[] {
  const out: string[] = [];
  if (norm(profile.name) !== norm(person.name)) out.push(`name: ${person.name} ≠ ${profile.name}`);
  const jobs = align(person.jobs, profile.experience, jobChecks);
  person.jobs.forEach((g, i) => {
    const c = jobs[i];
    if (!c || !Object.values(c).every(Boolean))
      out.push(`job: ${g.title} | ${g.company} | ${JSON.stringify(g.start)}–${JSON.stringify(g.end)} ⇒ ${c ? JSON.stringify(c) : "none"}`);
  });
  const edu = align(person.education, profile.education, eduChecks);
  person.education.forEach((g, i) => {
    const c = edu[i];
    if (!c || !Object.values(c).every(Boolean))
      out.push(`edu: ${g.degree} | ${g.institution} | ${g.year} ⇒ ${c ? JSON.stringify(c) : "none"}`);
  });
  const gold = new Set(person.skills.map(skillId));
  const parsed = [...profile.skills.technical, ...profile.skills.soft];
  const missing = person.skills.filter((s) => !parsed.some((p) => skillId(p) === skillId(s)));
  const extra = parsed.filter((p) => !gold.has(skillId(p)));
  if (missing.length) out.push(`skills missing: ${missing.join(", ")}`);
  if (extra.length) out.push(`skills extra: ${extra.join(", ")}`);
  return out;
}
