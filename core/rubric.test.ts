import { describe, expect, it } from "vitest";
import { BAND_DESCRIPTORS, CRITERIA, bandFor } from "./rubric";

describe("BAND_DESCRIPTORS", () => {
  it("covers 0–10 in five bands for every criterion", () => {
    for (const c of CRITERIA) {
      const bands = BAND_DESCRIPTORS[c];
      expect(bands.map((b) => [b.min, b.max])).toEqual([
        [0, 2],
        [3, 4],
        [5, 6],
        [7, 8],
        [9, 10],
      ]);
      for (const b of bands) expect(b.description.length).toBeGreaterThan(30);
    }
    expect(bandFor("examples", 7.4).label).toBe("Concrete");
  });
});
