import type { ProfileDoc, ProfileFields } from "@/core/schemas/profile";

// The plain object the profile page hands to its client components (never the whole document), and the
// labels the page uses for field names. No server-only import: client components use these too, and no zod
// (importing the schema for its field names put ~40 KB of zod into the profile page).

export type ProfileView = {
  fields: ProfileFields;
  engine: string;
  model: string | null;
  edited_fields: string[];
  updated_at: string;
};

/** Every profile field (the Record type makes the compiler check that none is missing). */
export const PROFILE_FIELD_LABELS: Record<keyof ProfileFields, string> = {
  name: "Name",
  email: "E-mail",
  phone: "Phone",
  location: "Location",
  links: "Links",
  headline: "Headline",
  summary: "Summary",
  education: "Education",
  experience: "Experience",
  projects: "Projects",
  skills: "Skills",
  skill_sources: "Skill sources",
};

export function toProfileView(
  doc: Pick<ProfileDoc, keyof ProfileFields | "engine" | "model" | "edited_fields" | "updated_at">,
): ProfileView {
  const fields = {} as Record<string, unknown>;
  for (const name of Object.keys(PROFILE_FIELD_LABELS)) fields[name] = doc[name as keyof ProfileFields];
  return {
    fields: fields as ProfileFields,
    engine: doc.engine ?? "",
    model: doc.model ?? null,
    edited_fields: doc.edited_fields ?? [],
    updated_at: doc.updated_at,
  };
}

/** "the offline engine", "Gemini (gemini-2.5-flash)", or null for a profile typed in by hand. */
export function engineLabel(engine: string, model: string | null): string | null {
  if (!engine || engine === "manual") return null;
  if (engine === "offline") return "the offline engine";
  if (engine === "gemini") return model ? `Gemini (${model})` : "Gemini";
  return model ? `${engine} (${model})` : engine;
}
