import { describe, expect, it } from "vitest";
import { assertSafeZip, readZipEntries } from "@/lib/documents/zip-guard";
import { makeDocx, makeLyingZipBombDocx, makeManyEntriesDocx, makeZipBombDocx } from "@/lib/documents/testing";

function statusOf(fn: () => unknown): number | undefined {
  try {
    fn();
    return 0;
  } catch (error) {
    return (error as { status?: number }).status;
  }
}

describe("zip guard", () => {
  it("lists the entries of a real DOCX and lets it through", async () => {
    const docx = await makeDocx(["Jane Roe"]);
    expect(readZipEntries(docx).map((e) => e.name)).toContain("word/document.xml");
    expect(assertSafeZip(docx)).toContain("word/document.xml");
  });

  it("refuses an archive that expands past the size cap (413)", async () => {
    const bomb = await makeZipBombDocx(30);
    expect(bomb.length).toBeLessThan(200_000);
    expect(statusOf(() => assertSafeZip(bomb))).toBe(413);
  });

  it("refuses a bomb whose headers lie about the sizes, by inflating with a cap", async () => {
    const liar = await makeLyingZipBombDocx(30);
    expect(readZipEntries(liar).every((e) => e.declaredSize <= 100_000)).toBe(true);
    expect(statusOf(() => assertSafeZip(liar))).toBe(413);
  });

  it("refuses an archive with too many entries (413)", async () => {
    const many = await makeManyEntriesDocx(2000);
    expect(statusOf(() => assertSafeZip(many))).toBe(413);
  });

  it("refuses bytes that are not a readable ZIP (415)", () => {
    expect(statusOf(() => assertSafeZip(Buffer.from("PK\u0003\u0004 not really a zip")))).toBe(415);
  });
});
