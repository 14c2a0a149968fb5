import "server-only";
import { z } from "zod";
import { AppError } from "@/core/errors";
import { extractDocumentText, fileTooLarge, type ExtractedDocument } from "@/lib/documents/extract";
import { MAX_UPLOAD_BYTES } from "@/lib/documents/limits";
import { parseWith, readJsonBody } from "@/lib/http/route";
import { cvTextBodySchema, keepEditedFieldSchema } from "@/lib/profile/profile.validation";

// Reads the upload-cv request: multipart/form-data with `file` (or a `cv_text` field), or JSON {cv_text}.
// Sizes are checked before the body is read (Content-Length) and while it is read (a capped stream), so a
// large or lying request never sits in memory whole. Everything is parsed before anything is saved.

type UploadSource = "pdf" | "docx" | "text" | "paste";

export type CvUpload = {
  cv_text: string;
  keep_edited: boolean;
  source: UploadSource;
  filename: string | null;
  pages: number | null;
  truncated: boolean;
};

/** Room for the multipart boundaries, headers and the small text fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export async function readCvUpload(req: Request): Promise<CvUpload> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) return readMultipart(req);
  if (/^application\/(.+\+)?json\b/.test(type)) {
    const body = parseWith(cvTextBodySchema, await readJsonBody(req));
    return {
      cv_text: body.cv_text,
      keep_edited: body.keep_edited ?? false,
      source: "paste",
      filename: null,
      pages: null,
      truncated: false,
    };
  }
  throw new AppError("unsupported_media_type", 'Send the CV as multipart/form-data (a `file` field) or as JSON ({"cv_text": "..."}).');
}

async function readMultipart(req: Request): Promise<CvUpload> {
  const limit = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw fileTooLarge();
  const raw = await readCapped(req, limit);

  let form: FormData;
  try {
    form = await new Response(raw, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("bad_request", "The multipart form could not be read.");
  }
  const keep_edited = parseWith(z.object({ keep_edited: keepEditedFieldSchema }), {
    keep_edited: textField(form, "keep_edited"),
  }).keep_edited;

  const file = form.get("file");
  if (file instanceof File && (file.size > 0 || file.name)) {
    if (file.size > MAX_UPLOAD_BYTES) throw fileTooLarge();
    const doc: ExtractedDocument = await extractDocumentText({
      bytes: new Uint8Array(await file.arrayBuffer()),
      filename: file.name,
      mimeType: file.type,
    });
    return { cv_text: doc.text, keep_edited, source: doc.kind, filename: file.name || null, pages: doc.pages, truncated: doc.truncated };
  }
  const text = textField(form, "cv_text");
  if (text !== undefined) {
    const body = parseWith(cvTextBodySchema, { cv_text: text });
    return { cv_text: body.cv_text, keep_edited, source: "paste", filename: null, pages: null, truncated: false };
  }
  throw new AppError("validation_failed", undefined, {
    errors: [{ path: "file", message: "Choose a PDF, DOCX, TXT or MD file, or paste the text." }],
  });
}

async function readCapped(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw fileTooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}
