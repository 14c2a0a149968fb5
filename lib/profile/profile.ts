import "server-only";
import { consumeAiQuota } from "@/lib/quota/ai-quota";
import { runAgent } from "@/lib/workers/agents";
import { AppError } from "@/core/errors";
import { getProfileByUser, upsertProfile } from "@/lib/db/profiles";
import type { ProfileSet } from "@/lib/db/types";
import { emptyProfileFields, profileFieldsSchema, type ProfileDoc, type ProfileFields } from "@/core/schemas/profile";
import type { ProfileUpdate } from "@/lib/profile/profile.validation";
import { topTraits } from "@/lib/profile/traits";

// The profile domain: one profile per user, made from a CV by the cv agent and edited by hand.
// - Uploading replaces the CV-derived fields and keeps strengths/weaknesses (they come from interviews).
// - Fields changed by hand are listed in `edited_fields`; an upload with keepEdited leaves them as they are.
// - Nothing is half-saved: the CV is parsed first, then the profile is written in one atomic upsert.

export const PROFILE_FIELD_NAMES = Object.keys(profileFieldsSchema.shape) as Array<keyof ProfileFields>;

/** Engine recorded on a profile that was typed in by hand before any CV was uploaded. */
export const MANUAL_ENGINE = "manual";

export async function getProfile({ userId }: { userId: string }): Promise<ProfileDoc | null> {
  return getProfileByUser({ userId });
}

export async function uploadCv({
  userId,
  cv_text,
  keepEdited = false,
}: {
  userId: string;
  cv_text: string;
  keepEdited?: boolean;
}): Promise<ProfileDoc & { warnings: string[] }> {
  await consumeAiQuota({ userId });
  const result = await runAgent("cv", { cv_text });
  const parsed = profileFieldsSchema.safeParse(result.fields);
  if (!parsed.success) throw new AppError("ai_invalid_output");

  const current = await getProfileByUser({ userId });
  const kept = keepEdited ? (current?.edited_fields ?? []).filter(isProfileField) : [];
  const set: ProfileSet = { cv_text, engine: result.engine, model: result.model ?? null, edited_fields: kept };
  // Skills kept as edited keep the sources they had: the new CV's spans describe the new CV's skills.
  const keptAlso = kept.includes("skills") ? ["skill_sources"] : [];
  for (const name of PROFILE_FIELD_NAMES) {
    if (!kept.includes(name) && !keptAlso.includes(name)) (set as Record<string, unknown>)[name] = parsed.data[name];
  }
  if (!current) Object.assign(set, await topTraits({ userId }));
  // `warnings` (what the check against the CV left out of a model's reading) goes back with the reply, not stored.
  return { ...(await upsertProfile({ userId, set })), warnings: result.warnings };
}

/**
 * Saves any subset of the editable fields. Only fields whose value really changed are written and marked as
 * edited (the form sends every field; an unchanged one must not count as "edited by hand").
 * With no profile yet, the edit creates one (engine "manual"): friendlier than a 404 for someone typing it in.
 */
export async function updateProfile({
  userId,
  fields,
}: {
  userId: string;
  fields: ProfileUpdate & { cv_text?: string };
}): Promise<ProfileDoc> {
  const current = await getProfileByUser({ userId });
  const changed = PROFILE_FIELD_NAMES.filter(
    (name) => fields[name] !== undefined && !sameValue(fields[name], current ? current[name] : emptyProfileFields[name]),
  );
  // The CV text can be replaced as is (the original API allowed it); it is not parsed again.
  const cvText = fields.cv_text !== undefined && fields.cv_text !== (current?.cv_text ?? "") ? fields.cv_text : undefined;
  if (current && changed.length === 0 && cvText === undefined) return current;

  const set: ProfileSet = {
    edited_fields: union(current?.edited_fields ?? [], changed),
    ...(cvText !== undefined ? { cv_text: cvText } : {}),
  };
  for (const name of changed) (set as Record<string, unknown>)[name] = fields[name];
  if (!current) Object.assign(set, { engine: MANUAL_ENGINE, model: null }, await topTraits({ userId }));
  return upsertProfile({ userId, set });
}

function isProfileField(name: string): name is keyof ProfileFields {
  return (PROFILE_FIELD_NAMES as string[]).includes(name);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Deep equality that treats a missing optional value, null and "" alike (the form cannot tell them apart). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === null || v === undefined || v === "") continue;
      out[key] = canonical(v);
    }
    return out;
  }
  return value ?? "";
}
