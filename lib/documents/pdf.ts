import "server-only";
import { extractText, getDocumentProxy } from "unpdf";
import { AppError } from "@/core/errors";
import { MAX_PDF_PAGES } from "@/lib/documents/limits";
import { columnText, type PdfTextItem } from "@/lib/documents/pdf-columns";
import { assertPdfWithinLimits } from "@/lib/documents/pdf-guard";

// PDF text through unpdf (pdf.js). Decoded sizes and object counts are checked before pdf.js opens the file (bombs),
// and the page count before any text is read. Runs in a worker thread (lib/documents/extract.ts).

export type PdfText = { text: string; pages: number };

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  await assertPdfWithinLimits(bytes);
  let pdf: PdfDocument;
  try {
    // pdf.js may detach the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false });
  } catch (error) {
    throw openFailure(error);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new AppError(
        "payload_too_large",
        `The PDF has ${pdf.numPages} pages; at most ${MAX_PDF_PAGES} are read. Upload a shorter CV, or paste the text.`,
      );
    }
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = await Promise.all(text.map((pageText, i) => inReadingOrder(pdf, i + 1, pageText)));
    const joined = pages.map(withoutPageNumber).filter(Boolean).join("\n\n");
    if (!hasReadableText(joined)) {
      throw new AppError(
        "unprocessable",
        "This PDF has no text layer (it looks like a scan or an image), so it cannot be read. Paste the text of your CV instead.",
      );
    }
    return { text: joined, pages: pdf.numPages };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("unprocessable", "The PDF could not be read. Try another export of it, or paste the text instead.", {
      cause: error,
    });
  } finally {
    void pdf.loadingTask.destroy().catch(() => undefined);
  }
}

/** A two-column page's text column by column (see pdf-columns.ts); any other page's text as extracted. */
async function inReadingOrder(pdf: PdfDocument, pageNumber: number, extracted: string): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!("str" in raw) || !raw.str) continue;
    const [a, b, , , x, y] = raw.transform as number[];
    items.push({ str: raw.str, x, y, width: raw.width, size: Math.hypot(a, b) || raw.height || 10 });
  }
  return columnText(items, page.view[2] - page.view[0]) ?? extracted;
}

/** Drops a bare page number ("2", "Page 2", "2 of 3", "2/3") from the first or last line of a page's text. */
export function withoutPageNumber(page: string): string {
  const lines = page.trim().split("\n");
  const isNumber = (line: string | undefined) => line !== undefined && /^\s*(page\s*)?\d{1,3}(\s*(of|\/)\s*\d{1,3})?\s*$/i.test(line);
  if (lines.length > 1 && isNumber(lines[lines.length - 1])) lines.pop();
  if (lines.length > 1 && isNumber(lines[0])) lines.shift();
  return lines.join("\n").trim();
}

/** A handful of letters at least: a scan often yields only stray whitespace or a page number. */
function hasReadableText(text: string): boolean {
  const letters = text.match(/\p{L}/gu);
  return (letters?.length ?? 0) >= 20;
}

function openFailure(error: unknown): AppError {
  const name = (error as { name?: string })?.name ?? "";
  if (name === "PasswordException") {
    return new AppError("unprocessable", "The PDF is password-protected. Remove the password, or paste the text instead.");
  }
  return new AppError(
    "unprocessable",
    "The PDF could not be opened (it may be damaged). Try another export of it, or paste the text instead.",
    { cause: error },
  );
}
