import { describe, expect, it } from "vitest";
import { WEAKNESS } from "../offline/written-feedback";
import { dedupeSimilar, textSimilarity } from "./similarity";

describe("textSimilarity / dedupeSimilar", () => {
  it("scores rewordings high and different advice low", () => {
    expect(textSimilarity("Quantify your results", "Quantify the results")).toBeGreaterThanOrEqual(0.6);
    expect(textSimilarity("No measurable result", WEAKNESS.noResult)).toBeGreaterThanOrEqual(0.6);
    expect(textSimilarity("Use STAR for stories", "Pause instead of filler words")).toBeLessThan(0.3);
  });

  it("keeps the first of each group, in order", () => {
    expect(dedupeSimilar(["Quantify results", "Use STAR", "quantify  results.", "Quantify the results"])).toEqual([
      "Quantify results",
      "Use STAR",
    ]);
  });
});
