import type { SkillSource } from "@/core/schemas/profile";
import { maskContacts, scanSkills } from "./skills";

// Where each skill of a profile is written in the CV: the CV's own words and their offsets. Both engines use it,
// and a skill the CV does not name (a model's guess, a misread alias) has no source and is dropped.

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first whole-word, case-insensitive occurrence of `name` in `text` (spaces match any run of white space). */
function findWord(text: string, name: string): { start: number; end: number } | null {
  const words = name.trim().split(/\s+/).filter(Boolean).slice(0, 12).map(escapeRe);
  if (!words.length || name.length > 100) return null;
  // regex-scan: at most 12 words escaped to plain text, joined by \s+, between look-arounds: each start costs at most the name's length (100 characters)
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * For each skill name, its source in the CV: a dictionary hit with that canonical name (so "k8s" is the source of
 * "Kubernetes"), else the name itself as a whole word. Links and e-mail addresses are never a source.
 */
export function locateSkills(cvText: string, skills: string[]): Map<string, SkillSource> {
  const masked = maskContacts(cvText);
  const firstHit = new Map<string, { start: number; end: number }>();
  for (const hit of scanSkills(cvText)) {
    const key = hit.canonical.toLowerCase();
    if (!firstHit.has(key)) firstHit.set(key, { start: hit.start, end: hit.end });
  }
  const out = new Map<string, SkillSource>();
  for (const skill of skills) {
    const key = skill.toLowerCase();
    if (out.has(key)) continue;
    const span = firstHit.get(key) ?? findWord(masked, skill);
    if (span) out.set(key, { skill, text: cvText.slice(span.start, span.end).slice(0, 200), start: span.start, end: span.end });
  }
  return out;
}

/**
 * Keeps only the skills the CV names, and lists their sources (technical, then soft, then languages).
 * `skills` lists are filtered in place of being rebuilt, so their order is the parser's.
 */
export function traceSkills<T extends { technical: string[]; soft: string[]; languages: string[] }>(
  cvText: string,
  skills: T,
): { skills: T; sources: SkillSource[] } {
  const all = [...skills.technical, ...skills.soft, ...skills.languages];
  const found = locateSkills(cvText, all);
  const keep = (list: string[]) => list.filter((s) => found.has(s.toLowerCase()));
  const traced = { ...skills, technical: keep(skills.technical), soft: keep(skills.soft), languages: keep(skills.languages) };
  const sources = [...traced.technical, ...traced.soft, ...traced.languages].map((s) => found.get(s.toLowerCase())!);
  return { skills: traced, sources };
}
