import { describe, expect, it } from "vitest";
import { declaredKind, decodeUtf8Text, detectKind, sniffKind } from "@/lib/documents/detect";
import { makeDocx, makeExe, makePdf, makePng } from "@/lib/documents/testing";

const status = (fn: () => unknown) => {
  try {
    fn();
    return 0;
  } catch (error) {
    return (error as { status?: number }).status;
  }
};

describe("document type detection", () => {
  it("sniffs PDF, ZIP and UTF-8 text by content", async () => {
    expect(sniffKind(makePdf([["Hello"]]))).toBe("pdf");
    expect(sniffKind(await makeDocx(["Hello"]))).toBe("docx");
    expect(sniffKind(Buffer.from("Jane Roe\nEngineer — café\n"))).toBe("text");
    expect(sniffKind(makePng())).toBeNull();
    expect(sniffKind(makeExe())).toBeNull();
  });

  it("refuses text with NULs or invalid UTF-8", () => {
    expect(decodeUtf8Text(Buffer.from("a\u0000b"))).toBeNull();
    expect(decodeUtf8Text(Buffer.from([0x61, 0xff, 0xfe]))).toBeNull();
    expect(decodeUtf8Text(Buffer.from("\uFEFFhello"))).toBe("hello");
  });

  it("maps extensions and MIME types, refusing unsupported ones with 415", () => {
    expect(declaredKind("cv.PDF")).toBe("pdf");
    expect(declaredKind("cv.md")).toBe("text");
    expect(declaredKind("cv", "application/pdf")).toBe("pdf");
    expect(declaredKind(null, null)).toBeNull();
    expect(status(() => declaredKind("cv.doc"))).toBe(415);
    expect(status(() => declaredKind("photo.png"))).toBe(415);
  });

  it("refuses disguised files with 415", async () => {
    expect(status(() => detectKind(makePng(), "cv.pdf"))).toBe(415);
    expect(status(() => detectKind(makeExe(), "cv.docx"))).toBe(415);
    expect(status(() => detectKind(Buffer.from("plain text"), "cv.pdf"))).toBe(415);
    expect(status(() => detectKind(makePdf([["x"]]), "cv.txt"))).toBe(415);
    expect(detectKind(await makeDocx(["x"]), "cv.docx")).toBe("docx");
    expect(detectKind(Buffer.from("text"), "blob")).toBe("text");
  });
});
