import type { Experience, ProfileFields, Project } from "@/core/schemas/profile";
import { profileHasSkill } from "../match";
import { durationBetween } from "../text/dates";
import { canonicalSkill, skillNames } from "../text/skills";
import { termSet } from "../text/words";
import { sameOrg, type GroundingContext } from "./claims";
import { profileFacts } from "./facts";
import { groundProse, groundSentence, quote } from "./prose";

// A model's tailored resume checked against the profile: jobs, titles and dates are the profile's own; each
// highlight is checked within its job (a figure or a bullet moved from another job is removed); skills must be
// in the profile AND written in the CV it came from; a headline or summary left empty falls back to the profile's.

export type ModelExperience = {
  title: string;
  company: string;
  location?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  description?: string | null;
  highlights: string[];
};
export type ModelProject = { name: string; description?: string | null; technologies: string[] };
export type ModelResume = { headline: string; summary: string; experience: ModelExperience[]; projects: ModelProject[]; skills: string[] };

export type GroundedResume = {
  headline: string;
  summary: string;
  experience: Experience[];
  projects: Project[];
  skills: string[];
  warnings: string[];
};

/** Whether a model's title is the profile's (or a shortening of it): "Senior X" for a profile's "X" is not. */
function sameTitle(profileTitle: string, modelTitle: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}+#]+/gu, " ")
      .trim();
  const x = norm(profileTitle);
  const y = norm(modelTitle);
  return !!x && !!y && (x === y || ` ${x} `.includes(` ${y} `));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether the CV's own words name a skill: its source span from the CV parser when the profile has them, else its
 * name or an alias as a whole word in the CV text ("TFS" is not TensorFlow).
 */
export function cvNamesSkill(cvText: string, skill: string, sources?: ProfileFields["skill_sources"]): boolean {
  const canonical = canonicalSkill(skill) ?? skill;
  if (sources?.some((s) => (canonicalSkill(s.skill) ?? s.skill) === canonical)) return true;
  return skillNames(skill).some(
    // regex-scan: built from a name escaped to plain text between look-arounds: linear
    (name) => name.length >= 1 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}+#])`, "iu").test(cvText),
  );
}

/** A bullet that reads like another job's (most of its words are there, few in its own job): moved, not reworded. */
function movedFrom(highlight: string, entry: number, profile: ProfileFields): string | null {
  const terms = [...termSet(highlight)];
  if (terms.length < 3) return null;
  const share = (texts: string[]) => {
    const pool = termSet(texts.join(" "));
    return terms.filter((t) => pool.has(t)).length / terms.length;
  };
  const own = profile.experience[entry];
  const ownShare = share([own.description, ...own.highlights]);
  for (const [i, e] of profile.experience.entries()) {
    if (i === entry) continue;
    for (const h of e.highlights) if (share([h]) >= 0.6 && ownShare < 0.35) return e.company || e.title;
  }
  return null;
}

function keepSkill(name: string, ctx: GroundingContext, warnings: string[], where = ""): boolean {
  const facts = profileFacts(ctx.profile);
  if (!profileHasSkill(ctx.profile, name, facts.skills)) {
    warnings.push(`Removed the skill “${quote(name)}”${where}: it is not in your profile.`);
    return false;
  }
  if (ctx.cvText?.trim() && !cvNamesSkill(ctx.cvText, name, ctx.profile.skill_sources)) {
    warnings.push(`Removed the skill “${quote(name)}”${where}: your CV does not mention it in these words, so it may have been misread.`);
    return false;
  }
  return true;
}

function groundExperience(item: ModelExperience, index: number, e: Experience, ctx: GroundingContext, warnings: string[]): Experience {
  if (item.title && !sameTitle(e.title, item.title))
    warnings.push(`Replaced the title “${quote(item.title)}” with the one in your profile: “${e.title}”.`);
  if ((item.start_date && item.start_date !== e.start_date) || (item.end_date && item.end_date !== e.end_date))
    warnings.push(`Replaced the dates given for ${e.company || e.title} with the ones in your profile (${e.start_date} – ${e.end_date}).`);
  const where = `resume (${e.company || e.title})`;
  const highlights: string[] = [];
  for (const h of item.highlights ?? []) {
    const moved = movedFrom(h, index, ctx.profile);
    if (moved) {
      warnings.push(`Removed from your ${where}: “${quote(h)}” — in your profile this is part of your job at ${moved}.`);
      continue;
    }
    const kept = groundSentence(h.trim(), ctx, where, warnings, { entry: index });
    if (kept.trim()) highlights.push(kept.trim().slice(0, 1000));
  }
  const description = item.description ? groundProse(item.description, ctx, where, warnings, { entry: index }) : e.description;
  return {
    title: e.title,
    company: e.company,
    location: e.location ?? null,
    start_date: e.start_date,
    end_date: e.end_date,
    duration: e.duration || durationBetween(e.start_date, e.end_date),
    description: description.slice(0, 5000),
    highlights: highlights.slice(0, 50),
  };
}

/** Checks a model's tailored resume against the profile (and the CV's words for skills). */
export function groundTailoredResume(reply: ModelResume, ctx: GroundingContext): GroundedResume {
  const { profile } = ctx;
  const warnings: string[] = [];
  const used = new Set<number>();
  const experience: Experience[] = [];
  for (const item of reply.experience) {
    const candidates = profile.experience
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => !used.has(i) && sameOrg(e.company || e.title, item.company || item.title));
    const source = candidates.find(({ e }) => sameTitle(e.title, item.title)) ?? candidates[0];
    if (!source) {
      warnings.push(`Removed a job that is not in your profile: “${quote(`${item.title} at ${item.company}`)}”.`);
      continue;
    }
    used.add(source.i);
    experience.push(groundExperience(item, source.i, source.e, ctx, warnings));
  }

  const projects: Project[] = [];
  const usedProjects = new Set<number>();
  for (const item of reply.projects) {
    const idx = profile.projects.findIndex((p, i) => !usedProjects.has(i) && sameTitle(p.name, item.name));
    if (idx < 0) {
      warnings.push(`Removed a project that is not in your profile: “${quote(item.name)}”.`);
      continue;
    }
    usedProjects.add(idx);
    const p = profile.projects[idx];
    const technologies = (item.technologies ?? []).filter((t) => keepSkill(t, ctx, warnings, ` from ${p.name}`));
    const description = item.description ? groundProse(item.description, ctx, `project ${p.name}`, warnings) : p.description;
    projects.push({ name: p.name, description: (description || p.description).slice(0, 5000), technologies: technologies.slice(0, 50) });
  }

  const skills: string[] = [];
  for (const s of reply.skills) {
    const name = s.trim();
    if (!name || skills.some((x) => x.toLowerCase() === name.toLowerCase())) continue;
    if (keepSkill(name, ctx, warnings)) skills.push(name.slice(0, 100));
  }

  let headline = groundProse(reply.headline, ctx, "headline", warnings);
  if (!headline.trim() && profile.headline.trim()) {
    headline = profile.headline;
    if (reply.headline.trim()) warnings.push("Used the headline from your profile instead.");
  }
  let summary = groundProse(reply.summary, ctx, "summary", warnings);
  if (!summary.trim() && profile.summary.trim()) {
    summary = profile.summary;
    if (reply.summary.trim()) warnings.push("Used the summary from your profile instead.");
  }
  return {
    headline: headline.slice(0, 300),
    summary: summary.slice(0, 5000),
    experience,
    projects,
    skills,
    warnings: warnings.slice(0, 200).map((w) => w.slice(0, 1000)),
  };
}
