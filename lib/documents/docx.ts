import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/core/errors";
import { assertSafeZip } from "@/lib/documents/zip-guard";

// DOCX text through mammoth, only after the archive passed the zip-bomb check.

export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const names = assertSafeZip(bytes);
  if (!names.includes("word/document.xml")) {
    throw new AppError(
      "unsupported_media_type",
      "The file is a ZIP archive but not a Word (DOCX) document. Upload a PDF, DOCX, TXT or MD file.",
    );
  }
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw new AppError("unprocessable", "The DOCX document could not be read (it may be damaged). Paste the text instead.", {
      cause: error,
    });
  }
  // mammoth ends every paragraph with a blank line; one newline per paragraph reads better and parses the same.
  return value.replace(/\n\n/g, "\n");
}
