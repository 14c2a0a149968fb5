import "server-only";
import { AppError } from "@/core/errors";
import { looksLikeZip } from "@/lib/documents/zip-guard";

// What a file is, decided by its content (magic bytes), then checked against what its name or MIME type claims.
// A file whose name and content disagree (a PNG renamed .pdf, a program renamed .docx) is refused with 415.

export type DocumentKind = "pdf" | "docx" | "text";

const EXTENSION_KIND: Record<string, DocumentKind> = {
  pdf: "pdf",
  docx: "docx",
  txt: "text",
  text: "text",
  md: "text",
  markdown: "text",
};

const MIME_KIND: Record<string, DocumentKind> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/plain": "text",
  "text/markdown": "text",
  "text/x-markdown": "text",
};

const KIND_LABEL: Record<DocumentKind, string> = { pdf: "a PDF", docx: "a DOCX document", text: "a text file" };

const SUPPORTED = "Upload a PDF, DOCX, TXT or MD file, or paste the text.";

/** The kind the file's name (else its MIME type) claims; null when it claims nothing; 415 when it claims something unsupported. */
export function declaredKind(filename?: string | null, mimeType?: string | null): DocumentKind | null {
  const ext = extensionOf(filename);
  if (ext) {
    const kind = EXTENSION_KIND[ext];
    if (kind) return kind;
    if (ext === "doc" || ext === "rtf" || ext === "odt" || ext === "pages") {
      throw new AppError("unsupported_media_type", `.${ext} files are not supported. Save it as PDF or DOCX, or paste the text.`);
    }
    throw new AppError("unsupported_media_type", `.${ext} files are not supported. ${SUPPORTED}`);
  }
  const mime = (mimeType ?? "").split(";")[0].trim().toLowerCase();
  return MIME_KIND[mime] ?? null;
}

/** What the bytes are. ZIP archives are reported as "docx" here; the archive check confirms word/document.xml. */
export function sniffKind(bytes: Uint8Array): DocumentKind | null {
  if (isPdf(bytes)) return "pdf";
  if (looksLikeZip(bytes)) return "docx";
  if (decodeUtf8Text(bytes) !== null) return "text";
  return null;
}

/** Detects the kind by content and checks it against the claimed kind. */
export function detectKind(bytes: Uint8Array, filename?: string | null, mimeType?: string | null): DocumentKind {
  const claimed = declaredKind(filename, mimeType);
  const actual = sniffKind(bytes);
  if (!actual) {
    const what = claimed
      ? `It is named like ${KIND_LABEL[claimed]}, but its content is not one.`
      : "Its content is not a document we can read.";
    throw new AppError("unsupported_media_type", `${what} ${SUPPORTED}`);
  }
  if (claimed && claimed !== actual) {
    throw new AppError(
      "unsupported_media_type",
      `The file is named like ${KIND_LABEL[claimed]}, but its content is ${KIND_LABEL[actual]}. ${SUPPORTED}`,
    );
  }
  return actual;
}

/** "%PDF-" within the first KiB, as PDF readers allow. */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** The text when the bytes are valid UTF-8 without NULs or other binary control characters, else null. */
export function decodeUtf8Text(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Tab, newline, form feed and carriage return are text; other C0 controls (NUL included) mean binary data.
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) return null;
  return text.replace(/^\uFEFF/, "");
}

function extensionOf(filename?: string | null): string | null {
  if (!filename) return null;
  const base = filename.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  if (dot <= 0 || dot === base.length - 1) return null;
  return base.slice(dot + 1).toLowerCase();
}
