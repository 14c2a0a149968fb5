import { z } from "zod";
import { AI_ERRORS } from "@/core/errors";
import { toProfileReply, uploadReplySchema } from "@/core/schemas/profile";
import { authedRoute, serve } from "@/lib/http/route";
import { uploadCv } from "@/lib/profile/profile";
import { cvTextBodySchema } from "@/lib/profile/profile.validation";
import { readCvUpload } from "./read-upload";

export const dynamic = "force-dynamic";

const multipartSchema = z.object({
  file: z.string().meta({ format: "binary", description: "PDF, DOCX, TXT or MD; at most 5 MB." }),
  keep_edited: z.enum(["true", "false"]).optional().meta({ description: "Keep the fields you edited by hand." }),
});

/**
 * POST /api/profile/upload-cv — multipart `file` (PDF, DOCX, TXT, MD; ≤ 5 MB) or JSON {cv_text}.
 * Optional `keep_edited` (form field "true" / JSON true): keep the fields edited by hand instead of replacing them.
 * Replies with the profile, plus `upload` describing what was read (source, pages, whether the text was cut).
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Make your profile from a CV",
      description: "A file (multipart) or pasted text (JSON). Replaces the CV-derived fields; strengths and weaknesses stay.",
      requestContent: { "application/json": { schema: cvTextBodySchema }, "multipart/form-data": { schema: multipartSchema } },
      reply: uploadReplySchema,
      errors: ["bad_request", "payload_too_large", "unsupported_media_type", "validation_failed", "unprocessable", ...AI_ERRORS],
    },
    async ({ req, user }) => {
      const upload = await readCvUpload(req);
      const profile = await uploadCv({ userId: user.id, cv_text: upload.cv_text, keepEdited: upload.keep_edited });
      return {
        ...toProfileReply(profile),
        warnings: profile.warnings,
        upload: {
          source: upload.source,
          filename: upload.filename,
          pages: upload.pages,
          truncated: upload.truncated,
          characters: upload.cv_text.length,
        },
      };
    },
  ),
});
