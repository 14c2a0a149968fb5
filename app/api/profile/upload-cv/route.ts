import { authedRoute } from "@/lib/http/route";
import { uploadCv } from "@/lib/profile/profile";
import { readCvUpload } from "./read-upload";

export const dynamic = "force-dynamic";

/**
 * POST /api/profile/upload-cv — multipart `file` (PDF, DOCX, TXT, MD; ≤ 5 MB) or JSON {cv_text}.
 * Optional `keep_edited` (form field "true" / JSON true): keep the fields edited by hand instead of replacing them.
 * Replies with the profile, plus `upload` describing what was read (source, pages, whether the text was cut).
 */
export const POST = authedRoute({}, async ({ req, user }) => {
  const upload = await readCvUpload(req);
  const profile = await uploadCv({ userId: user.id, cv_text: upload.cv_text, keepEdited: upload.keep_edited });
  return {
    ...profile,
    upload: {
      source: upload.source,
      filename: upload.filename,
      pages: upload.pages,
      truncated: upload.truncated,
      characters: upload.cv_text.length,
    },
  };
});
