import "server-only";
import { getApplicationById } from "@/lib/db/applications";
import { getProfileByUser } from "@/lib/db/profiles";
import { objectIdSchema } from "@/lib/schemas/common";
import type { GenerateInterviewInput } from "@/lib/interview/interview.validation";
import { prefillFromJob } from "@/lib/interview/prefill";

// What the setup form starts with: empty defaults, or — for "practise for this application" — the job's role,
// level and hard skills with the application's id.

export async function getSetupDefaults({ userId, applicationId }: { userId: string; applicationId: string | null }) {
  const [profile, application] = await Promise.all([
    getProfileByUser({ userId }),
    applicationId && objectIdSchema.safeParse(applicationId).success ? getApplicationById({ userId, id: applicationId }) : Promise.resolve(null),
  ]);
  const hasProfile = profile !== null && hasContent(profile);
  const defaults: GenerateInterviewInput = { role: "", level: "mid", type: "mixed", techstack: [], amount: 5, use_profile: hasProfile };
  if (!application) return { defaults, hasProfile, applicationLabel: null, applicationMissing: applicationId !== null };

  const prefill = prefillFromJob(application.id, application.job_data);
  return {
    defaults: { ...defaults, role: prefill.role, level: prefill.level, techstack: prefill.techstack, application_id: application.id },
    hasProfile,
    applicationLabel: [application.job_data.job_title, application.job_data.company].filter(Boolean).join(" at "),
    applicationMissing: false,
  };
}

function hasContent(p: { summary: string; experience: unknown[]; skills: { technical: string[] }; projects: unknown[] }): boolean {
  return Boolean(p.summary.trim() || p.experience.length || p.projects.length || p.skills.technical.length);
}
