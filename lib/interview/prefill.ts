import type { JobData } from "@/core/schemas/job";
import type { Level } from "@/core/schemas/interview";
import { QUESTION_BANK } from "@/agents/offline/question-bank";
import { canonicalSkill, isGenericSkill, isKnowledgeArea, skillKind } from "@/agents/text/skills";
import { canonicalTech } from "@/agents/text/tech-names";

// Setting up an interview for a saved application: role, level and tech stack come from the job analysis.

/** A practice interview covers a handful of technologies; a posting's whole keyword list drowns them. */
export const MAX_PREFILLED_TECH = 8;

/** Technologies the offline question bank asks about: the posting's skills among them come first. */
const BANK_TECH = new Set(QUESTION_BANK.flatMap((q) => q.tech));

/** Names of a practice or field rather than a technology ("Back-end Development", "Query Optimization"). */
const PRACTICE_NAME =
  /\b(?:development|management|architecture|programming|modell?ing|optimi[sz]ation|documentation|research|requirements|engineering|design|testing|monitoring|caching|analytics|compliance|databases|containers)$/i;

export type SetupPrefill = { role: string; level: Level; techstack: string[]; application_id: string; company: string };

export function levelFromSeniority(seniority: string | null | undefined): Level {
  const s = (seniority ?? "").toLowerCase();
  if (/\b(lead|principal|staff|head|manager|director|architect)\b/.test(s)) return "lead";
  if (/\b(senior|sr\.?|expert)\b/.test(s)) return "senior";
  if (/\b(junior|jr\.?|entry|graduate|intern|trainee|associate)\b/.test(s)) return "junior";
  return "mid";
}

export function prefillFromJob(applicationId: string, job: JobData): SetupPrefill {
  return {
    role: job.job_title.trim().slice(0, 100),
    level: levelFromSeniority(job.seniority || job.job_title),
    techstack: techFromJob(job),
    application_id: applicationId,
    company: job.company,
  };
}

/**
 * The posting's technologies for the interview's tech stack: known hard skills only (tools, languages, frameworks,
 * platforms), never its domains, fields of knowledge, generic skills or practices; at most MAX_PREFILLED_TECH.
 */
export function techFromJob(job: Pick<JobData, "hard_skills" | "domains">): string[] {
  const domains = new Set((job.domains ?? []).map((d) => d.trim().toLowerCase()));
  const tech = dedupe(job.hard_skills).filter((name) => {
    const canonical = canonicalSkill(name);
    if (!canonical || skillKind(canonical) !== "hard") return false;
    if (domains.has(name.trim().toLowerCase()) || domains.has(canonical.toLowerCase())) return false;
    return !isKnowledgeArea(canonical) && !isGenericSkill(canonical) && !PRACTICE_NAME.test(canonical);
  });
  const known = tech.filter((name) => BANK_TECH.has(canonicalTech(name)));
  return [...known, ...tech.filter((name) => !known.includes(name))].slice(0, MAX_PREFILLED_TECH).map((s) => s.slice(0, 40));
}

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
