import type { ProfileFields } from "@/core/schemas/profile";
import { profileSkillIndex, type SkillIndex } from "../match";
import { isPresent, parseDate } from "../text/dates";
import { termSet } from "../text/words";
import { figuresIn, type Figure } from "./numbers";

// What a profile states, indexed for the claim checks: each bullet, description sentence, summary sentence,
// project and education entry is a unit that knows which job it belongs to, with its figures and words.

export const NO_ENTRY = -1;

export type FactUnit = { text: string; lower: string; terms: Set<string>; entry: number; figures: Figure[] };

export type ProfileFacts = {
  units: FactUnit[];
  /** All the profile's text, lower-cased (names, places, dates included). */
  lower: string;
  titles: { text: string; entry: number }[];
  employers: { name: string; entry: number }[];
  /** Year ranges of each job (entry → [first, last]) and the whole career's length in years (rounded up). */
  years: Map<number, [number, number]>;
  careerYears: number;
  skills: SkillIndex;
};

const cache = new WeakMap<object, ProfileFacts>();

function sentences(text: string): string[] {
  return (
    text
      // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
      .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
      .map((s) => s.trim())
      .filter(Boolean)
  );
}

function unit(text: string, entry: number): FactUnit {
  return { text, lower: text.toLowerCase(), terms: termSet(text), entry, figures: figuresIn(text) };
}

function yearOf(date: string, end: boolean, now: Date): number | null {
  if (end && isPresent(date)) return now.getUTCFullYear();
  return parseDate(date)?.year ?? null;
}

/** The facts of a profile (computed once per profile object). */
export function profileFacts(profile: ProfileFields, now: Date = new Date()): ProfileFacts {
  const hit = cache.get(profile);
  if (hit) return hit;
  const units: FactUnit[] = [];
  const years = new Map<number, [number, number]>();
  profile.experience.forEach((e, i) => {
    for (const h of e.highlights) units.push(unit(h, i));
    for (const s of sentences(e.description)) units.push(unit(s, i));
    units.push(unit([e.title, e.company, e.location ?? "", e.start_date, e.end_date, e.duration].filter(Boolean).join(" · "), i));
    const from = yearOf(e.start_date, false, now);
    const to = yearOf(e.end_date, true, now) ?? from;
    if (from && to) years.set(i, [Math.min(from, to), Math.max(from, to)]);
  });
  for (const s of sentences(`${profile.headline}\n${profile.summary}`)) units.push(unit(s, NO_ENTRY));
  for (const p of profile.projects) units.push(unit([p.name, p.description, ...p.technologies].join(" · "), NO_ENTRY));
  for (const e of profile.education)
    units.push(unit([e.degree, e.field ?? "", e.institution, e.year].filter(Boolean).join(" · "), NO_ENTRY));
  const skillText = [...profile.skills.technical, ...profile.skills.soft, ...profile.skills.languages].join(", ");
  if (skillText) units.push(unit(skillText, NO_ENTRY));
  const allYears = [...years.values()];
  const careerYears = allYears.length ? Math.max(...allYears.map((r) => r[1])) - Math.min(...allYears.map((r) => r[0])) : 0;
  const skills = profileSkillIndex(profile);
  const facts: ProfileFacts = {
    units,
    lower: [skills.text, profile.name, profile.location, ...units.map((u) => u.text)].join("\n").toLowerCase(),
    titles: [...profile.experience.map((e, i) => ({ text: e.title, entry: i })), { text: profile.headline, entry: NO_ENTRY }].filter((t) =>
      t.text.trim(),
    ),
    employers: [
      ...profile.experience.map((e, i) => ({ name: e.company, entry: i })),
      ...profile.education.map((e) => ({ name: e.institution, entry: NO_ENTRY })),
      ...profile.projects.map((p) => ({ name: p.name, entry: NO_ENTRY })),
    ].filter((o) => o.name.trim()),
    years,
    careerYears,
    skills,
  };
  cache.set(profile, facts);
  return facts;
}
