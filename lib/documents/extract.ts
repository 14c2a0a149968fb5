import "server-only";
import { AppError } from "@/core/errors";
import { EXTRACTION_TIMEOUT_MS, MAX_UPLOAD_BYTES } from "@/lib/documents/limits";
import { fileTooLarge, type ExtractedDocument } from "@/lib/documents/read";
import { runTask } from "@/lib/workers/pool";

// The one entry point for reading an uploaded CV. The reading itself (lib/documents/read.ts) runs in a worker
// thread with a memory limit, and the thread is terminated when it takes longer than the time limit, so a
// hostile PDF can neither block the event loop nor keep a CPU busy after the user got their answer. Every refusal
// is an AppError with a status the API documents (413 too large, 415 wrong or disguised type, 422 unreadable / no
// text layer / too slow).

export type { ExtractedDocument } from "@/lib/documents/read";
export { fileTooLarge } from "@/lib/documents/read";

export type ExtractInput = { bytes: Uint8Array; filename?: string | null; mimeType?: string | null; timeoutMs?: number };

export async function extractDocumentText({
  bytes,
  filename,
  mimeType,
  timeoutMs = EXTRACTION_TIMEOUT_MS,
}: ExtractInput): Promise<ExtractedDocument> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw fileTooLarge();
  if (bytes.byteLength === 0) throw new AppError("unprocessable", "The file is empty.");
  return runTask(
    "extract",
    { bytes, filename: filename ?? null, mimeType: mimeType ?? null },
    {
      timeoutMs,
      tooSlow: `This document took too long to read (over ${Math.round(timeoutMs / 1000)} seconds), so it was stopped. Paste the text of your CV instead.`,
      tooBig: "This document needs too much memory to read, so it was stopped. Upload a simpler export of it, or paste the text.",
    },
  );
}
