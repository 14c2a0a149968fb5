import "server-only";
import { getApplicationById } from "@/lib/db/applications";
import { getInterviewById } from "@/lib/db/interviews";
import { getProfileByUser } from "@/lib/db/profiles";
import { objectIdSchema } from "@/core/schemas/common";
import type { GenerateInterviewInput } from "@/lib/interview/interview.validation";
import { prefillFromJob } from "@/lib/interview/prefill";

// What the setup form starts with: empty defaults; for "practise for this application" the job's role, level
// and hard skills with the application's id; for "practise again" (?from=<interview id>) that interview's settings.

export async function getSetupDefaults({
  userId,
  applicationId,
  fromInterviewId = null,
}: {
  userId: string;
  applicationId: string | null;
  fromInterviewId?: string | null;
}) {
  const [profile, application, previous] = await Promise.all([
    getProfileByUser({ userId }),
    isId(applicationId) ? getApplicationById({ userId, id: applicationId }) : Promise.resolve(null),
    isId(fromInterviewId) ? getInterviewById({ userId, id: fromInterviewId }) : Promise.resolve(null),
  ]);
  const hasProfile = profile !== null && hasContent(profile);
  const defaults: GenerateInterviewInput = { role: "", level: "mid", type: "mixed", techstack: [], amount: 5, use_profile: hasProfile };
  if (!application && previous) {
    return {
      defaults: {
        ...defaults,
        role: previous.role,
        level: previous.level,
        type: previous.type,
        techstack: previous.techstack.slice(0, 20),
        amount: Math.min(20, Math.max(1, previous.questions.length)),
        ...(previous.application_id ? { application_id: previous.application_id } : {}),
      },
      hasProfile,
      applicationLabel: null,
      applicationMissing: false,
    };
  }
  if (!application) return { defaults, hasProfile, applicationLabel: null, applicationMissing: applicationId !== null };

  const prefill = prefillFromJob(application.id, application.job_data);
  return {
    defaults: { ...defaults, role: prefill.role, level: prefill.level, techstack: prefill.techstack, application_id: application.id },
    hasProfile,
    applicationLabel: [application.job_data.job_title, application.job_data.company].filter(Boolean).join(" at "),
    applicationMissing: false,
  };
}

function isId(value: string | null): value is string {
  return value !== null && objectIdSchema.safeParse(value).success;
}

function hasContent(p: { summary: string; experience: unknown[]; skills: { technical: string[] }; projects: unknown[] }): boolean {
  return Boolean(p.summary.trim() || p.experience.length || p.projects.length || p.skills.technical.length);
}
