import "server-only";
import { AppError } from "@/core/errors";
import { detectKind, decodeUtf8Text, type DocumentKind } from "@/lib/documents/detect";
import { extractDocxText } from "@/lib/documents/docx";
import { EXTRACTION_TIMEOUT_MS, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES } from "@/lib/documents/limits";
import { extractPdfText } from "@/lib/documents/pdf";
import { markdownToText, normalizeText } from "@/lib/documents/text";

// The one entry point for reading an uploaded CV: size → type by content → extraction under a time limit →
// normalised text, cut at MAX_TEXT_CHARS. Every refusal is an AppError with a status the API documents
// (413 too large, 415 wrong or disguised type, 422 unreadable / no text layer / too slow).

export type ExtractedDocument = {
  kind: DocumentKind;
  text: string;
  /** PDF page count; null for other kinds. */
  pages: number | null;
  /** True when the text was longer than MAX_TEXT_CHARS and was cut there. */
  truncated: boolean;
};

export type ExtractInput = { bytes: Uint8Array; filename?: string | null; mimeType?: string | null; timeoutMs?: number };

export async function extractDocumentText({
  bytes,
  filename,
  mimeType,
  timeoutMs = EXTRACTION_TIMEOUT_MS,
}: ExtractInput): Promise<ExtractedDocument> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw fileTooLarge();
  if (bytes.byteLength === 0) throw new AppError("unprocessable", "The file is empty.");
  const kind = detectKind(bytes, filename, mimeType);

  let cancel: () => void = () => undefined;
  const work = (async (): Promise<{ text: string; pages: number | null }> => {
    if (kind === "pdf") {
      const { text, pages } = await extractPdfText(bytes, (pdf) => (cancel = () => void pdf.loadingTask.destroy().catch(() => undefined)));
      return { text, pages };
    }
    if (kind === "docx") return { text: await extractDocxText(bytes), pages: null };
    const raw = decodeUtf8Text(bytes) ?? "";
    return { text: isMarkdown(filename, mimeType) ? markdownToText(raw) : raw, pages: null };
  })();

  const { text: raw, pages } = await withTimeout(work, timeoutMs, () => cancel());
  const text = normalizeText(raw);
  if (text === "") throw new AppError("unprocessable", "No text was found in the file. Paste the text of your CV instead.");
  const truncated = text.length > MAX_TEXT_CHARS;
  return { kind, text: truncated ? cutAt(text, MAX_TEXT_CHARS) : text, pages, truncated };
}

export function fileTooLarge(): AppError {
  return new AppError(
    "payload_too_large",
    `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB. Upload a smaller file, or paste the text.`,
  );
}

/** Rejects with a 422 when `promise` takes longer than `ms`; `onTimeout` lets the work be abandoned cleanly. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(
        new AppError(
          "unprocessable",
          `Reading the file took longer than ${Math.round(ms / 1000)} seconds, so it was stopped. Paste the text of your CV instead.`,
        ),
      );
    }, ms);
  });
  promise.catch(() => undefined); // a late failure after the timeout must not surface as an unhandled rejection
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Cuts at the last line break before the limit when there is one close by, so no line is split. */
function cutAt(text: string, limit: number): string {
  const head = text.slice(0, limit);
  const lastBreak = head.lastIndexOf("\n");
  return (lastBreak > limit * 0.9 ? head.slice(0, lastBreak) : head).trimEnd();
}

function isMarkdown(filename?: string | null, mimeType?: string | null): boolean {
  if (filename && /\.(md|markdown)$/i.test(filename)) return true;
  return /^text\/(x-)?markdown\b/i.test(mimeType ?? "");
}
