import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocumentText } from "@/lib/documents/extract";
import { MAX_TEXT_CHARS } from "@/lib/documents/limits";
import { markdownToText } from "@/lib/documents/text";
import { makeDocx, makeExe, makePdf, makePng, makeZipBombDocx } from "@/lib/documents/testing";

const RESUMES = path.resolve(__dirname, "../../../shared/fixtures/resumes");

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return 0;
  } catch (error) {
    return (error as { status?: number }).status;
  }
}

describe("extractDocumentText", () => {
  it("reads every resume PDF fixture", async () => {
    const files = readdirSync(RESUMES).filter((f) => f.endsWith(".pdf"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const out = await extractDocumentText({ bytes: readFileSync(path.join(RESUMES, file)), filename: file });
      expect(out.kind).toBe("pdf");
      expect(out.text.length).toBeGreaterThan(200);
      expect(out.pages).toBeGreaterThan(0);
    }
  });

  it("keeps the line structure of john_doe.pdf", async () => {
    const out = await extractDocumentText({ bytes: readFileSync(path.join(RESUMES, "john_doe.pdf")), filename: "john_doe.pdf" });
    expect(out.text.split("\n")[0]).toBe("JOHN DOE");
    expect(out.text).toContain("john.doe@email.com");
    expect(out.text).not.toMatch(/^\d$/m); // page numbers are not CV lines
  });

  it("reads a DOCX made with the docx package", async () => {
    const bytes = await makeDocx(["JANE ROE", "jane@example.com", "EXPERIENCE", "Engineer, Acme, 2020 - Present"]);
    const out = await extractDocumentText({ bytes, filename: "jane.docx" });
    expect(out).toMatchObject({ kind: "docx", pages: null, truncated: false });
    expect(out.text).toBe("JANE ROE\njane@example.com\nEXPERIENCE\nEngineer, Acme, 2020 - Present");
  });

  it("reads UTF-8 text and Markdown", async () => {
    const txt = await extractDocumentText({ bytes: Buffer.from("Jane Roe\r\nZürich\r\n"), filename: "cv.txt" });
    expect(txt.text).toBe("Jane Roe\nZürich");
    const md = await extractDocumentText({
      bytes: Buffer.from("# Jane Roe\n\n## Experience\n- **Built** [site](https://x.dev)\n"),
      filename: "cv.md",
    });
    expect(md.text).toBe("Jane Roe\n\nExperience\n• Built site (https://x.dev)");
  });

  it("cuts text longer than the limit and says so", async () => {
    const line = "Built and shipped things that mattered to people.\n";
    const out = await extractDocumentText({
      bytes: Buffer.from(line.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / line.length))),
      filename: "long.txt",
    });
    expect(out.truncated).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(out.text.endsWith("people.")).toBe(true);
  });

  it("refuses files over 5 MB (413), disguised files (415), empty and scanned PDFs (422)", async () => {
    expect(await statusOf(extractDocumentText({ bytes: Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), filename: "big.txt" }))).toBe(413);
    expect(await statusOf(extractDocumentText({ bytes: makePng(), filename: "cv.pdf" }))).toBe(415);
    expect(await statusOf(extractDocumentText({ bytes: makeExe(), filename: "cv.docx" }))).toBe(415);
    expect(await statusOf(extractDocumentText({ bytes: Buffer.alloc(0), filename: "cv.txt" }))).toBe(422);
    const scan = extractDocumentText({ bytes: makePdf([[]]), filename: "scan.pdf" });
    await expect(scan).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/paste the text/i) });
  });

  it("refuses a PDF over 20 pages (413) and a zip bomb (413)", async () => {
    const pages = Array.from({ length: 21 }, (_, i) => [`Page ${i + 1} of a long document with words`]);
    expect(await statusOf(extractDocumentText({ bytes: makePdf(pages), filename: "long.pdf" }))).toBe(413);
    expect(await statusOf(extractDocumentText({ bytes: await makeZipBombDocx(30), filename: "bomb.docx" }))).toBe(413);
  });

  it("reads a hand-written PDF with a text layer", async () => {
    const out = await extractDocumentText({
      bytes: makePdf([["Jane Roe", "Software Engineer at Acme (2020 - 2024)"]]),
      filename: "jane.pdf",
    });
    expect(out.text).toContain("Jane Roe");
    expect(out.text).toContain("Software Engineer at Acme (2020 - 2024)");
  });
});

describe("time limit", () => {
  it("answers 422 'took too long to read' when reading passes the limit (the worker is stopped: lib/workers/pool.test.ts)", async () => {
    const bytes = readFileSync(path.join(RESUMES, "john_doe.pdf"));
    await expect(extractDocumentText({ bytes, filename: "john_doe.pdf", timeoutMs: 1 })).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/took too long to read/),
    });
  });
});

describe("markdownToText", () => {
  it("keeps C# and emphasis-free text as they are", () => {
    expect(markdownToText("C# and F# developer")).toBe("C# and F# developer");
    expect(markdownToText("snake_case_name and 2*3*4")).toBe("snake_case_name and 2*3*4");
  });
});

describe("withoutPageNumber", () => {
  it("drops a bare page number at the start or end of a page only", async () => {
    const { withoutPageNumber } = await import("@/lib/documents/pdf");
    expect(withoutPageNumber("EDUCATION\nBSc, 2016\n2")).toBe("EDUCATION\nBSc, 2016");
    expect(withoutPageNumber("Page 2 of 3\nEDUCATION")).toBe("EDUCATION");
    expect(withoutPageNumber("Team of\n12\nengineers")).toBe("Team of\n12\nengineers");
    expect(withoutPageNumber("42")).toBe("42");
  });
});
