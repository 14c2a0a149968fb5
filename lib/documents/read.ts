import "server-only";
import { AppError } from "@/core/errors";
import { detectKind, decodeUtf8Text, type DocumentKind } from "@/lib/documents/detect";
import { extractDocxText } from "@/lib/documents/docx";
import { MAX_TEXT_CHARS, MAX_UPLOAD_BYTES } from "@/lib/documents/limits";
import { extractPdfText } from "@/lib/documents/pdf";
import { markdownToText, normalizeText } from "@/lib/documents/text";

// Reading an uploaded CV, as it runs inside a worker thread (lib/workers): size → type by content → extraction →
// normalised text, cut at MAX_TEXT_CHARS. The time and memory limits are the worker's (lib/documents/extract.ts).

export type ExtractedDocument = {
  kind: DocumentKind;
  text: string;
  /** PDF page count; null for other kinds. */
  pages: number | null;
  /** True when the text was longer than MAX_TEXT_CHARS and was cut there. */
  truncated: boolean;
};

export type ReadInput = { bytes: Uint8Array; filename?: string | null; mimeType?: string | null };

export async function readDocument({ bytes, filename, mimeType }: ReadInput): Promise<ExtractedDocument> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw fileTooLarge();
  if (bytes.byteLength === 0) throw new AppError("unprocessable", "The file is empty.");
  const kind = detectKind(bytes, filename, mimeType);
  let raw: string;
  let pages: number | null = null;
  if (kind === "pdf") ({ text: raw, pages } = await extractPdfText(bytes));
  else if (kind === "docx") raw = await extractDocxText(bytes);
  else {
    const plain = decodeUtf8Text(bytes) ?? "";
    raw = isMarkdown(filename, mimeType) ? markdownToText(plain) : plain;
  }
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
