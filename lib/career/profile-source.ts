import "server-only";
import { profileSkillIndex } from "@/agents/match";
import { getProfileByUser, getProfileVersion } from "@/lib/db/profiles";
import { AppError } from "@/core/errors";
import type { ProfileDoc, ProfileFields } from "@/core/schemas/profile";

// The career documents are written from the user's profile only; without one there is nothing to write from.
//
// The workspace asks for the resume, the letter and the messages at the same time, all from the same profile. The
// profile's fields and its skill index (the costly dictionary scan, see agents/match.ts) are therefore computed
// once per profile VERSION — keyed by the profile's id and updated_at, read without the document — and the same
// frozen object is handed to every generator, so they share the scan. A changed profile has a new updated_at, so
// a stale entry is never served; entries are dropped oldest-first past CACHE_SIZE.

export const NO_PROFILE_MESSAGE = "Create your profile first: upload your CV on the Profile page, then come back.";

const CACHE_SIZE = 200;
const cache = new Map<string, Promise<ProfileFields>>();
const cvTexts = new WeakMap<ProfileFields, string>();

/** The CV text behind a profile from requireProfileFields ("" when typed by hand): resume skills are checked against it. */
export function profileCvText(fields: ProfileFields): string {
  return cvTexts.get(fields) ?? "";
}

export async function requireProfileFields(userId: string): Promise<ProfileFields> {
  const version = await getProfileVersion({ userId });
  if (!version) throw new AppError("not_found", NO_PROFILE_MESSAGE);
  const key = `${version.id}:${version.updated_at}`;
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key); // most recently used goes last
  } else {
    entry = loadProfile(userId);
    entry.catch(() => cache.delete(key)); // a failure is not remembered
  }
  cache.set(key, entry);
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_SIZE) break;
    cache.delete(oldest);
  }
  return entry;
}

async function loadProfile(userId: string): Promise<ProfileFields> {
  const profile = await getProfileByUser({ userId });
  if (!profile || isEmptyProfile(profile)) throw new AppError("not_found", NO_PROFILE_MESSAGE);
  const fields = deepFreeze(toProfileFields(profile));
  profileSkillIndex(fields); // computed now, once, for every generator that receives this object
  // The CV it was read from, unless the user edited the skills themselves (then their list is the truth).
  cvTexts.set(fields, (profile.edited_fields ?? []).includes("skills") ? "" : (profile.cv_text ?? ""));
  return fields;
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
    ...(p.skill_sources?.length ? { skill_sources: p.skill_sources } : {}),
  };
}

function isEmptyProfile(p: ProfileDoc): boolean {
  return !p.summary && !p.headline && !p.experience?.length && !p.projects?.length && !p.skills?.technical?.length && !p.education?.length;
}

/** Shared between concurrent requests: frozen, so a generator that tried to change it would fail loudly in tests. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
