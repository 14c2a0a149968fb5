import { z } from "zod";
import { profileEditSchema } from "@/core/schemas/profile";
import { profileFieldsInputShape } from "@/core/schemas/original-names";
import { MAX_TEXT_CHARS } from "@/lib/documents/limits";

// Schemas at the profile's boundaries (API routes and the page's server action). The form uses
// profileEditSchema itself, so the browser and the server check the same rules.

/** PUT /api/profile/update and the page's save action: any subset of the editable fields; unknown keys → 422. */
export const profileUpdateSchema = profileEditSchema.partial().strict();
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

/**
 * PUT /api/profile/update: any subset of the editable fields, under today's names or the original API's
 * (graduation_year, bullets, tech_stack, hard_skills/soft_skills), plus `cv_text`. Unknown keys are ignored, as
 * the original backend did (its clients send whole documents back).
 */
export const profileUpdateRequestSchema = profileEditSchema
  .partial()
  .extend({ ...profileFieldsInputShape, cv_text: z.string().max(MAX_TEXT_CHARS).optional() });

/** POST /api/profile/upload-cv as JSON. `keep_edited`: keep the fields the user edited by hand instead of replacing them. */
export const cvTextBodySchema = z.object({
  cv_text: z
    .string({ message: "Paste the text of your CV." })
    .trim()
    .min(1, "Paste the text of your CV.")
    .max(MAX_TEXT_CHARS, `The text is longer than ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters. Shorten it and try again.`),
  keep_edited: z.boolean().optional(),
});

/** The multipart form's flag arrives as text. */
export const keepEditedFieldSchema = z
  .enum(["true", "false", "1", "0", "on", ""], { message: 'Use "true" or "false".' })
  .optional()
  .transform((value) => value === "true" || value === "1" || value === "on");
