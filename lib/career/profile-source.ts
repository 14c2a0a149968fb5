import "server-only";
import { getProfileByUser } from "@/lib/db/profiles";
import { AppError } from "@/core/errors";
import type { ProfileDoc, ProfileFields } from "@/core/schemas/profile";

// The career documents are written from the user's profile only; without one there is nothing to write from.

export const NO_PROFILE_MESSAGE = "Create your profile first: upload your CV on the Profile page, then come back.";

export async function requireProfileFields(userId: string): Promise<ProfileFields> {
  const profile = await getProfileByUser({ userId });
  if (!profile || isEmptyProfile(profile)) throw new AppError("not_found", NO_PROFILE_MESSAGE);
  return toProfileFields(profile);
}

export function toProfileFields(p: ProfileDoc): ProfileFields {
  return {
    name: p.name ?? "",
    email: p.email ?? "",
    phone: p.phone ?? "",
    location: p.location ?? "",
    links: p.links ?? [],
    headline: p.headline ?? "",
    summary: p.summary ?? "",
    education: p.education ?? [],
    experience: p.experience ?? [],
    projects: p.projects ?? [],
    skills: { technical: p.skills?.technical ?? [], soft: p.skills?.soft ?? [], languages: p.skills?.languages ?? [] },
  };
}

function isEmptyProfile(p: ProfileDoc): boolean {
  return !p.summary && !p.headline && !p.experience?.length && !p.projects?.length && !p.skills?.technical?.length && !p.education?.length;
}
