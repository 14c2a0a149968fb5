import type { JobData } from "@/core/schemas/job";
import type { Level } from "@/core/schemas/interview";

// Setting up an interview for a saved application: role, level and tech stack come from the job analysis.

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
    techstack: dedupe(job.hard_skills)
      .slice(0, 20)
      .map((s) => s.slice(0, 40)),
    application_id: applicationId,
    company: job.company,
  };
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
