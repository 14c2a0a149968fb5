import "server-only";
import { getProfileByUser } from "@/lib/db/profiles";
import { getApplication } from "@/lib/career/applications";
import { letterDocx, resumeDocx } from "@/lib/career/docx-export";
import { toProfileFields } from "@/lib/career/profile-source";
import { buildLetterView, buildResumeView, fileStem, letterMarkdown, resumeMarkdown } from "@/lib/career/resume-view";
import { AppError } from "@/core/errors";

// Exports of a saved application: the tailored resume and the cover letter as DOCX or Markdown.

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type ExportFile = { filename: string; contentType: string; body: Buffer | string };

export async function exportApplication({
  userId,
  id,
  doc,
  format,
}: {
  userId: string;
  id: string;
  doc: "resume" | "letter";
  format: "docx" | "md";
}): Promise<ExportFile> {
  const [app, profileDoc] = await Promise.all([getApplication({ userId, id }), getProfileByUser({ userId })]);
  const profile = profileDoc ? toProfileFields(profileDoc) : null;
  const stem = fileStem([profile?.name ?? "", doc === "resume" ? "resume" : "cover-letter", app.job_data.company]);
  if (doc === "letter") {
    if (!app.cover_letter?.trim()) throw new AppError("not_found", "This application has no cover letter yet.");
    const view = buildLetterView(app, profile);
    return format === "docx"
      ? { filename: `${stem}.docx`, contentType: DOCX_TYPE, body: await letterDocx(view) }
      : { filename: `${stem}.md`, contentType: "text/markdown; charset=utf-8", body: letterMarkdown(view) };
  }
  if (!app.tailored_resume) throw new AppError("not_found", "This application has no tailored resume yet.");
  const view = buildResumeView(app, profile);
  return format === "docx"
    ? { filename: `${stem}.docx`, contentType: DOCX_TYPE, body: await resumeDocx(view) }
    : { filename: `${stem}.md`, contentType: "text/markdown; charset=utf-8", body: resumeMarkdown(view) };
}
