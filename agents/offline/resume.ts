import type { JobData } from "@/core/schemas/job";
import type { Experience, ProfileFields, Project } from "@/core/schemas/profile";
import { canonicalSkill, findSkills, isGenericSkill, scanSkills, skillKey } from "../text/skills";
import { parseDate, isPresent } from "../text/dates";
import { rankSkills } from "../match";
import { dedupeSimilar } from "../text/similarity";

// Offline tailoring: select and order the profile's experience, highlights and projects by relevance to the job,
// lead highlights with the job keywords they already contain, and build a headline and summary from profile facts
// only. Nothing is added that the profile does not say.

export type Keywords = { keys: Set<string>; names: Map<string, string>; words: Set<string> };

const STOP = new Set(
  "a an and or the to of in on for with by at as is are be this that we you our your will from into using use etc per via able who what".split(
    " ",
  ),
);

/** The job's keywords: its hard skills (canonical) and the salient words of its title and requirements. */
export function jobKeywords(job: JobData): Keywords {
  const keys = new Set<string>();
  const names = new Map<string, string>();
  for (const raw of job.hard_skills) {
    const c = canonicalSkill(raw) ?? raw;
    if (isGenericSkill(c)) continue;
    keys.add(skillKey(c));
    names.set(skillKey(c), c);
  }
  const words = new Set<string>();
  for (const w of [job.job_title, ...job.requirements, ...job.responsibilities]
    .join(" ")
    .toLowerCase()
    .match(/[a-z][a-z+#.-]{2,}/g) ?? []) {
    if (!STOP.has(w)) words.add(w.replace(/(?<![.-])[.-]+$/, ""));
  }
  return { keys, names, words };
}

/** Relevance of a piece of profile text to the job: skill hits weigh most, shared words a little. */
export function relevance(text: string, kw: Keywords): number {
  let score = 0;
  const seen = new Set<string>();
  for (const hit of scanSkills(text)) {
    const k = skillKey(hit.canonical);
    if (kw.keys.has(k) && !seen.has(k)) {
      seen.add(k);
      score += 3;
    }
  }
  const words = new Set(text.toLowerCase().match(/[a-z][a-z+#.-]{2,}/g) ?? []);
  for (const w of words) if (kw.words.has(w.replace(/(?<![.-])[.-]+$/, ""))) score += 0.25;
  return score;
}

/** The job skills a text already mentions, in the order the job lists them. */
export function skillsIn(text: string, kw: Keywords): string[] {
  const found = new Set(scanSkills(text).map((h) => skillKey(h.canonical)));
  return [...kw.keys].filter((k) => found.has(k)).map((k) => kw.names.get(k)!);
}

/**
 * A highlight reworded lightly toward the posting: each skill it names is written the way the posting writes it
 * ("Postgres" → "PostgreSQL" when the posting says PostgreSQL), first letter capitalised, end punctuation dropped.
 * Never prefixed with a skill label; no fact added.
 */
export function towardPosting(highlight: string, job: Pick<JobData, "hard_skill_terms">): string {
  // Only a term that is the skill's own name: the posting's whole item ("Git/Bitbucket", "Java-based", "front-end
  // frameworks") would put words into the candidate's sentence that the candidate never wrote.
  const single = (job.hard_skill_terms ?? []).filter((t) => {
    const hits = scanSkills(t.term);
    return hits.length === 1 && hits[0].start === 0 && hits[0].end === t.term.length;
  });
  const terms = new Map(single.map((t) => [skillKey(t.canonical), t.term]));
  let out = highlight.trim().replace(/(?<![.;])[.;]+$/, "");
  for (const hit of [...scanSkills(out)].reverse()) {
    const term = terms.get(skillKey(hit.canonical));
    if (term && term.toLowerCase() !== hit.text.toLowerCase() && !/\s/.test(term) === !/\s/.test(hit.text))
      out = out.slice(0, hit.start) + term + out.slice(hit.end);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3);
}

function orderBy<T>(items: T[], score: (t: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.item);
}

/** Total years of experience from the profile's dates (rounded down), or null when the dates cannot be read. */
export function yearsOfExperience(profile: ProfileFields, now: Date = new Date()): number | null {
  let earliest: number | null = null;
  for (const e of profile.experience) {
    const d = parseDate(e.start_date);
    if (!d) continue;
    const v = d.year * 12 + (d.month ?? 1) - 1;
    if (earliest === null || v < earliest) earliest = v;
  }
  if (earliest === null) return null;
  const latestEnd = profile.experience.some((e) => isPresent(e.end_date))
    ? now.getUTCFullYear() * 12 + now.getUTCMonth()
    : Math.max(
        ...profile.experience.map((e) => {
          const d = parseDate(e.end_date);
          return d ? d.year * 12 + (d.month ?? 12) - 1 : 0;
        }),
      );
  const years = Math.floor((latestEnd - earliest) / 12);
  return years > 0 ? years : null;
}

export type OfflineTailored = { headline: string; summary: string; experience: Experience[]; projects: Project[]; skills: string[] };

export function tailorOffline(profile: ProfileFields, job: JobData): OfflineTailored {
  const kw = jobKeywords(job);

  // Experience: relevance-ordered (ties keep the profile's order, i.e. most recent first); highlights re-ordered.
  const scoredExp = profile.experience.map((e) => ({ e, score: relevance([e.title, e.description, ...e.highlights].join(" "), kw) }));
  const keepExp = scoredExp.length > 4 ? scoredExp.filter((x, i) => x.score > 0 || i < 2) : scoredExp;
  const experience = orderBy(keepExp, (x) => x.score).map(({ e }) => {
    const source = e.highlights.length ? e.highlights : sentences(e.description);
    const ordered = orderBy(source, (h) => relevance(h, kw)).map((h) => towardPosting(h, job));
    return { ...e, highlights: ordered.slice(0, 50), description: e.highlights.length ? e.description : "" };
  });

  const scoredProj = profile.projects.map((p) => ({ p, score: relevance([p.name, p.description, ...p.technologies].join(" "), kw) }));
  const anyRelevant = scoredProj.some((x) => x.score > 0);
  const projects = orderBy(anyRelevant ? scoredProj.filter((x) => x.score > 0) : scoredProj, (x) => x.score)
    .slice(0, 4)
    .map(({ p }) => ({ ...p, technologies: orderBy(p.technologies, (t) => (kw.keys.has(skillKey(canonicalSkill(t) ?? t)) ? 1 : 0)) }));

  // Skills: the profile's own skills, the ones the job asks for first.
  const profileSkills = [...profile.skills.technical, ...profile.projects.flatMap((p) => p.technologies)];
  const seen = new Set<string>();
  const allSkills: string[] = [];
  for (const s of profileSkills) {
    const k = skillKey(canonicalSkill(s) ?? s);
    if (seen.has(k)) continue;
    seen.add(k);
    allSkills.push(s);
  }
  const textSkills = findSkills([profile.summary, ...profile.experience.flatMap((e) => [e.description, ...e.highlights])].join("\n")).hard;
  for (const s of textSkills) {
    const k = skillKey(s);
    if (!seen.has(k) && kw.keys.has(k)) {
      seen.add(k);
      allSkills.push(s);
    }
  }
  const skills = orderBy(allSkills, (s) => (kw.keys.has(skillKey(canonicalSkill(s) ?? s)) ? 1 : 0)).slice(0, 40);
  const matchedSkills = rankSkills(skills.filter((s) => kw.keys.has(skillKey(canonicalSkill(s) ?? s))));

  // Headline and summary from profile facts only.
  const latest = profile.experience[0];
  const role = profile.headline || latest?.title || "";
  // Skills the role already names ("Product Manager" / "Product Management") are not repeated.
  const roleWords = new Set(
    role
      .toLowerCase()
      .match(/[a-z]{4,}/g)
      ?.map((w) => w.slice(0, 6)) ?? [],
  );
  const extraSkills = matchedSkills.filter((s) => !(s.toLowerCase().match(/[a-z]{4,}/g) ?? []).every((w) => roleWords.has(w.slice(0, 6))));
  const headline = [role, extraSkills.slice(0, 3).join(", ")].filter(Boolean).join(" | ");
  const parts: string[] = [];
  // Years from the dates, unless the profile's own summary already states its figure.
  const years = /\b\d+\+?\s*(?:years|yrs)\b/i.test(profile.summary) ? null : yearsOfExperience(profile);
  const focus = extraSkills.slice(0, 4);
  // "Senior Backend Engineer at Northwind Labs with 7+ years of experience…": the role and where, said once.
  const sameAsLatest = !!latest?.title && role.toLowerCase().startsWith(latest.title.toLowerCase());
  if (role) {
    const at = sameAsLatest && latest.company && isPresent(latest.end_date) ? ` at ${latest.company.replace(/\.$/, "")}` : "";
    const lead = years ? `${role}${at} with ${years}+ years of experience` : `${role}${at}`;
    parts.push(`${lead}${focus.length ? `, working with ${joinList(focus)}` : ""}.`);
  }
  if (latest?.title && latest.company && !(sameAsLatest && isPresent(latest.end_date))) {
    parts.push(`${isPresent(latest.end_date) ? "Currently" : "Most recently"} ${latest.title} at ${latest.company.replace(/\.$/, "")}.`);
  }
  const bestHighlight = orderBy(
    profile.experience.flatMap((e) => (e.highlights.length ? e.highlights : sentences(e.description))),
    (h) => relevance(h, kw),
  )[0];
  if (bestHighlight && relevance(bestHighlight, kw) > 0) parts.push(ensurePeriod(bestHighlight));
  const ownSummary = sentences(profile.summary);
  const extra = orderBy(ownSummary, (s) => relevance(s, kw)).filter((s) => !/\b(?:seeking|looking for)\b/i.test(s))[0];
  if (extra) parts.push(ensurePeriod(extra));
  const edu = profile.education[0];
  if (edu && (edu.degree || edu.institution))
    parts.push(
      `${[edu.degree, edu.field ? `in ${edu.field}` : ""].filter(Boolean).join(" ")}${edu.institution ? `, ${edu.institution}` : ""}.`,
    );

  // No sentence twice, nor two saying nearly the same ("Backend engineer with 7 years…" after "… 7+ years…").
  const summary = dedupeSimilar(parts, 0.6).join(" ");
  return { headline: headline.slice(0, 300), summary: summary.slice(0, 5000), experience, projects, skills };
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function ensurePeriod(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
