import type { Experience, ProfileFields, Project } from "@/core/schemas/profile";
import { profileHasSkill, profileSkillIndex } from "./match";
import { durationBetween } from "./text/dates";
import { findSkills } from "./text/skills";

// Grounding: a model's tailored resume (or letter, or message) may only state what the profile states.
// Every employer, title, date, number and skill is checked against the profile in code; anything else is removed
// and reported in `warnings`.

export type GroundingContext = {
  profile: ProfileFields;
  /** Extra names that may be mentioned (the job's company and title): never counted as the candidate's claims. */
  allowedNames?: string[];
  /** Extra numbers that may appear (e.g. from the job posting: "3+ years" it asks for). */
  allowedText?: string;
};

type Cache = { keys: Set<string>; text: string; numbers: Set<string>; orgs: string[] };

const cacheMap = new WeakMap<ProfileFields, Cache>();

function cacheFor(profile: ProfileFields): Cache {
  let c = cacheMap.get(profile);
  if (!c) {
    const index = profileSkillIndex(profile);
    const text = [
      index.text,
      ...profile.experience.flatMap((e) => [e.start_date, e.end_date, e.duration, e.location ?? ""]),
      ...profile.education.map((e) => e.year),
      profile.name,
      profile.location,
    ].join("\n");
    c = {
      keys: index.keys,
      text,
      numbers: numbersIn(text),
      orgs: [
        ...profile.experience.map((e) => e.company),
        ...profile.education.map((e) => e.institution),
        ...profile.projects.map((p) => p.name),
      ].filter(Boolean),
    };
    cacheMap.set(profile, c);
  }
  return c;
}

/** Numbers in a text, normalised ("1,200" → "1200", "30%" → "30", "$2.5M" → "2.5"). */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])\d+(?:[.,]\d+)*/gu)) {
    let n = m[0];
    if (/^\d{1,3}(?:,\d{3})+$/.test(n)) n = n.replace(/,/g, "");
    n = n.replace(/,/g, ".");
    if (n.includes(".")) n = n.replace(/0+$/, "").replace(/\.$/, "");
    out.add(n);
  }
  return out;
}

export function normalizeOrg(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.,'’()]/g, " ")
    .replace(/\b(?:inc|llc|ltd|limited|gmbh|ag|plc|corp|corporation|co|company|group|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function sameOrg(a: string, b: string): boolean {
  const x = normalizeOrg(a);
  const y = normalizeOrg(b);
  if (!x || !y) return false;
  return x === y || (x.length >= 3 && y.includes(x)) || (y.length >= 3 && x.includes(y));
}

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

/** What in this text the profile does not support: numbers and hard skills. */
export function unsupportedClaims(text: string, ctx: GroundingContext): { numbers: string[]; skills: string[]; orgs: string[] } {
  const c = cacheFor(ctx.profile);
  const allowedNumbers = ctx.allowedText ? numbersIn(ctx.allowedText) : new Set<string>();
  const numbers = [...numbersIn(text)].filter((n) => !c.numbers.has(n) && !allowedNumbers.has(n));
  // A skill claim counts only when the profile shows it (the job asking for it is not enough).
  // The job's own title and company ("the Product Manager role at Acme") are not claims about the candidate.
  let ownText = text;
  for (const name of ctx.allowedNames ?? []) {
    if (name.trim().length < 2) continue;
    ownText = ownText.replace(new RegExp(name.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), " ");
  }
  const skills = findSkills(ownText).hard.filter((s) => !profileHasSkill(ctx.profile, s, { keys: c.keys, text: c.text }));
  // "at Globex", "for Initech", "with Hooli": an organisation the profile does not mention.
  const orgs: string[] = [];
  const allowed = [...c.orgs, ...(ctx.allowedNames ?? [])];
  for (const m of text.matchAll(/\b(?:at|for|with|joined|from|by)\s+((?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|&|of)){0,3})/g)) {
    const name = m[1].replace(/[.,]$/, "");
    if (findSkills(name).hard.length || /^(?:I|A|An|The|My|Our|Your|This|That|Each|Every|Agile|Scrum|English)$/.test(name)) continue;
    if (allowed.some((o) => sameOrg(o, name))) continue;
    if (c.text.toLowerCase().includes(name.toLowerCase())) continue;
    orgs.push(name);
  }
  return { numbers, skills, orgs };
}

function describe(claims: { numbers: string[]; skills: string[]; orgs: string[] }): string {
  const parts: string[] = [];
  if (claims.orgs.length) parts.push(`employer ${claims.orgs.map((o) => `"${o}"`).join(", ")}`);
  if (claims.numbers.length) parts.push(`number ${claims.numbers.join(", ")}`);
  if (claims.skills.length) parts.push(`skill ${claims.skills.join(", ")}`);
  return parts.join("; ");
}

function hasClaims(c: { numbers: string[]; skills: string[]; orgs: string[] }): boolean {
  return c.numbers.length + c.skills.length + c.orgs.length > 0;
}

function quote(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 140 ? `${t.slice(0, 137)}…` : t;
}

/** Drops every sentence that states something the profile does not support; reports each. */
export function groundProse(text: string, ctx: GroundingContext, where: string, warnings: string[]): string {
  const paragraphs = text.split(/\n{2,}/);
  const kept = paragraphs.map((para) => {
    const sentences = para.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/);
    return sentences
      .filter((sentence) => {
        const claims = unsupportedClaims(sentence, ctx);
        if (!hasClaims(claims)) return true;
        warnings.push(`Removed from the ${where}: "${quote(sentence)}" (not in your profile: ${describe(claims)}).`);
        return false;
      })
      .join(" ");
  });
  return kept.filter((p) => p.trim()).join("\n\n");
}

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

export type GroundedResume = {
  headline: string;
  summary: string;
  experience: Experience[];
  projects: Project[];
  skills: string[];
  warnings: string[];
};

/** Checks a model's tailored resume against the profile. */
export function groundTailoredResume(
  reply: { headline: string; summary: string; experience: ModelExperience[]; projects: ModelProject[]; skills: string[] },
  ctx: GroundingContext,
): GroundedResume {
  const { profile } = ctx;
  const warnings: string[] = [];
  const c = cacheFor(profile);
  const used = new Set<number>();

  const experience: Experience[] = [];
  for (const item of reply.experience) {
    const candidates = profile.experience
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => !used.has(i) && sameOrg(e.company || e.title, item.company || item.title));
    const source = candidates.find(({ e }) => sameTitle(e.title, item.title)) ?? candidates[0];
    if (!source) {
      warnings.push(`Removed an employer that is not in your profile: "${quote(`${item.title} at ${item.company}`)}".`);
      continue;
    }
    used.add(source.i);
    const e = source.e;
    if (item.title && !sameTitle(e.title, item.title))
      warnings.push(`Replaced the title "${quote(item.title)}" with the one in your profile: "${e.title}".`);
    if ((item.start_date && item.start_date !== e.start_date) || (item.end_date && item.end_date !== e.end_date)) {
      warnings.push(
        `Replaced the dates given for ${e.company || e.title} with the ones in your profile (${e.start_date} – ${e.end_date}).`,
      );
    }
    const entryCtx = ctx;
    const highlights: string[] = [];
    for (const h of item.highlights ?? []) {
      const claims = unsupportedClaims(h, entryCtx);
      if (hasClaims(claims)) {
        warnings.push(`Removed a highlight: "${quote(h)}" (not in your profile: ${describe(claims)}).`);
        continue;
      }
      if (h.trim()) highlights.push(h.trim().slice(0, 1000));
    }
    const description = item.description
      ? groundProse(item.description, ctx, `description of ${e.company || e.title}`, warnings)
      : e.description;
    experience.push({
      title: e.title,
      company: e.company,
      location: e.location ?? null,
      start_date: e.start_date,
      end_date: e.end_date,
      duration: e.duration || durationBetween(e.start_date, e.end_date),
      description: description.slice(0, 5000),
      highlights: highlights.slice(0, 50),
    });
  }

  const projects: Project[] = [];
  const usedProjects = new Set<number>();
  for (const item of reply.projects) {
    const idx = profile.projects.findIndex((p, i) => !usedProjects.has(i) && sameTitle(p.name, item.name));
    if (idx < 0) {
      warnings.push(`Removed a project that is not in your profile: "${quote(item.name)}".`);
      continue;
    }
    usedProjects.add(idx);
    const p = profile.projects[idx];
    const technologies: string[] = [];
    for (const t of item.technologies ?? []) {
      if (profileHasSkill(profile, t, { keys: c.keys, text: c.text })) technologies.push(t);
      else warnings.push(`Removed the technology "${quote(t)}" from ${p.name}: it is not in your profile.`);
    }
    const description = item.description ? groundProse(item.description, ctx, `project ${p.name}`, warnings) : p.description;
    projects.push({ name: p.name, description: (description || p.description).slice(0, 5000), technologies: technologies.slice(0, 50) });
  }

  const skills: string[] = [];
  for (const s of reply.skills) {
    const name = s.trim();
    if (!name) continue;
    if (profileHasSkill(profile, name, { keys: c.keys, text: c.text })) {
      if (!skills.some((x) => x.toLowerCase() === name.toLowerCase())) skills.push(name.slice(0, 100));
    } else warnings.push(`Removed the skill "${quote(name)}": it is not in your profile.`);
  }

  const headline = groundProse(reply.headline, ctx, "headline", warnings);
  const summary = groundProse(reply.summary, ctx, "summary", warnings);
  return {
    headline: headline.slice(0, 300),
    summary: summary.slice(0, 5000),
    experience,
    projects,
    skills,
    warnings: warnings.slice(0, 200).map((w) => w.slice(0, 1000)),
  };
}
