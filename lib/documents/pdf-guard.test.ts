import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeLzw, decodeRunLength } from "@/lib/documents/pdf-filters";
import { assertPdfWithinLimits } from "@/lib/documents/pdf-guard";
import { makePdf, makePdfBomb } from "@/lib/documents/testing";

const RESUMES = path.resolve(__dirname, "../../../shared/fixtures/resumes");

describe("PDF decompression-bomb check", () => {
  it("passes every real resume PDF and counts what it decoded", async () => {
    for (const file of readdirSync(RESUMES).filter((f) => f.endsWith(".pdf"))) {
      const report = await assertPdfWithinLimits(readFileSync(path.join(RESUMES, file)));
      expect(report.streams, file).toBeGreaterThan(0);
      expect(report.decodedBytes, file).toBeLessThan(10 * 1024 * 1024);
    }
    expect((await assertPdfWithinLimits(makePdf([["Jane Roe"]]))).objects).toBe(5);
  });

  it("refuses a 1 MB PDF whose Flate stream decodes to 1 GiB (413), decoding at most the cap", async () => {
    const bomb = makePdfBomb({ decodedMiB: 1024 });
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const before = process.memoryUsage.rss();
    await expect(assertPdfWithinLimits(bomb)).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/decompression bomb/) });
    expect(process.memoryUsage.rss() - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("refuses streams that are each under the per-stream cap but together over the total (413)", async () => {
    await expect(assertPdfWithinLimits(makePdfBomb({ decodedMiB: 96, streams: 6 }))).rejects.toMatchObject({ status: 413 });
    expect((await assertPdfWithinLimits(makePdfBomb({ decodedMiB: 16, streams: 1 }))).decodedBytes).toBe(16 * 1024 * 1024);
  });

  it("refuses a PDF that declares more objects than any CV has (413)", async () => {
    const many = Buffer.from(`%PDF-1.4\n${Array.from({ length: 50_001 }, (_, i) => `${i + 1} 0 obj null endobj`).join("\n")}\n%%EOF`);
    await expect(assertPdfWithinLimits(many)).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/complex/) });
  });

  it("decodes LZW (the PDF reference's example) and run-length data, and stops at the cap", () => {
    const lzw = Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(Buffer.from(decodeLzw(lzw, 1000) as Uint8Array).toString("latin1")).toBe("-----A---B");
    expect(decodeLzw(lzw, 5)).toBe("over");
    const rle = Uint8Array.from([2, 0x61, 0x62, 0x63, 254, 0x7a, 128]);
    expect(Buffer.from(decodeRunLength(rle, 100) as Uint8Array).toString("latin1")).toBe("abczzz");
    expect(decodeRunLength(Uint8Array.from([129, 0x7a]), 10)).toBe("over");
  });
});
