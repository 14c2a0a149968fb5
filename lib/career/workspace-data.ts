import "server-only";
import { getApplicationById } from "@/lib/db/applications";
import { getProfileByUser } from "@/lib/db/profiles";
import { listApplicationInterviews } from "@/lib/career/applications";
import { buildLetterView, buildResumeView } from "@/lib/career/resume-view";
import { toProfileFields } from "@/lib/career/profile-source";
import { snapshotProfile, type ProfileSnapshot } from "@/lib/career/resume-diff";
import { NO_PROFILE_MESSAGE } from "@/lib/career/profile-source";

// What the career pages pass to their client components: small plain objects, never whole documents.

export { NO_PROFILE_MESSAGE };

/** The parts of the profile the workspace compares the tailored resume with; null when there is no usable profile. */
export async function getProfileSnapshot(userId: string): Promise<ProfileSnapshot | null> {
  const profile = await getProfileByUser({ userId });
  if (!profile) return null;
  const fields = toProfileFields(profile);
  const usable =
    fields.summary ||
    fields.headline ||
    fields.experience.length ||
    fields.projects.length ||
    fields.skills.technical.length ||
    fields.education.length;
  return usable ? snapshotProfile(fields) : null;
}

export type InterviewLink = { id: string; role: string; status: string; overall_score: number | null; created_at: string };

/** The detail page's data: the application (without owner fields), the profile snapshot and linked interviews. */
export async function loadApplicationPage(userId: string, id: string) {
  if (!/^[a-f0-9]{24}$/.test(id)) return null;
  const app = await getApplicationById({ userId, id });
  if (!app) return null;
  const [profile, interviews] = await Promise.all([getProfileSnapshot(userId), listApplicationInterviews({ userId, applicationId: id })]);
  return {
    app: {
      id: app.id,
      status: app.status,
      job_data: app.job_data,
      tailored_resume: app.tailored_resume,
      cover_letter: app.cover_letter,
      cover_letter_warnings: app.cover_letter_warnings ?? [],
      messages: app.messages,
    },
    profile,
    interviews: interviews.map(
      (i): InterviewLink => ({ id: i.id, role: i.role, status: i.status, overall_score: i.overall_score, created_at: i.created_at }),
    ),
  };
}

/** The print view's data: plain resume and letter views. */
export async function loadPrintView(userId: string, id: string) {
  if (!/^[a-f0-9]{24}$/.test(id)) return null;
  const [app, profileDoc] = await Promise.all([getApplicationById({ userId, id }), getProfileByUser({ userId })]);
  if (!app) return null;
  const profile = profileDoc ? toProfileFields(profileDoc) : null;
  return {
    hasResume: !!app.tailored_resume,
    hasLetter: !!app.cover_letter?.trim(),
    resume: buildResumeView(app, profile),
    letter: buildLetterView(app, profile),
  };
}
