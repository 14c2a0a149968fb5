import { z } from "zod";
import { objectIdSchema, timestampSchema } from "@/core/schemas/common";
import { profileDocSchema } from "@/core/schemas/profile";
import { interviewDocSchema } from "@/core/schemas/interview";
import { applicationDocSchema } from "@/core/schemas/career";

/** GET /api/account/export: everything stored about the user, never the password hash. */
export const accountExportSchema = z
  .object({
    exported_at: timestampSchema,
    user: z.object({
      id: objectIdSchema,
      email: z.string(),
      username: z.string(),
      name: z.string().optional(),
      session_version: z.number().int(),
      created_at: timestampSchema,
      updated_at: timestampSchema,
    }),
    profile: profileDocSchema.nullable(),
    interviews: z.array(interviewDocSchema),
    applications: z.array(applicationDocSchema),
  })
  .meta({ id: "AccountExport" });
