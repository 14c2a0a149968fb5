import { z } from "zod";

export const objectIdSchema = z.string().regex(/^[a-f0-9]{24}$/, "must be a 24-character hex id");
export const idParamsSchema = z.object({ id: objectIdSchema.meta({ description: "The document's id (24 hex characters)." }) });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export type Page<T> = { items: T[]; next_cursor: string | null };

/** ISO 8601 time as stored (UTC, with a zone). */
export const timestampSchema = z.string().meta({ format: "date-time", example: "2026-01-15T10:23:45.123Z" });

/** `{detail, code, errors?}`: every error the API answers. */
export const apiErrorSchema = z
  .object({
    detail: z.string().meta({ description: "A message for people.", example: "Some fields are not valid." }),
    code: z.string().meta({ description: "A stable machine-readable code (core/errors.ts).", example: "validation_failed" }),
    errors: z
      .array(z.object({ path: z.string().meta({ example: "email" }), message: z.string() }))
      .optional()
      .meta({ description: "One entry per invalid field (422 only)." }),
  })
  .meta({ id: "Error" });

/**
 * A field that repeats another under the name the original InterVu API used, so its clients keep working.
 * Documented as deprecated: new clients read the field it names.
 */
export function originalName<T extends z.ZodType>(schema: T, sameAs: string): T {
  return schema.meta({ deprecated: true, description: `Same as \`${sameAs}\`, under the original InterVu API's name.` });
}
