import { describe, expect, it } from "vitest";
import { areAntonyms, cosine, lexicon, wordIndex } from "./lexicon";
import { meaningTerms, termSimilarity } from "./meaning";

describe("word data (agents/text/lexicon/)", () => {
  it("has a vector for each of the 100,000 words, most frequent first", () => {
    const { index, vectors } = lexicon();
    expect(index.size).toBe(100_000);
    expect(vectors.length).toBe(100_000 * 100);
    expect(wordIndex("the")).toBe(0);
    expect(wordIndex("zzzzqqq")).toBe(-1);
  });

  it("vectors are unit length and near for related words, far for unrelated ones", () => {
    const i = wordIndex("customer");
    expect(cosine(i, i)).toBeGreaterThan(0.97);
    expect(cosine(i, i)).toBeLessThan(1.03);
    expect(cosine(wordIndex("customer"), wordIndex("client"))).toBeGreaterThan(0.55);
    expect(cosine(wordIndex("customer"), wordIndex("volcano"))).toBeLessThan(0.3);
  });

  it("knows WordNet's opposites in both directions", () => {
    expect(areAntonyms("increase", "decrease")).toBe(true);
    expect(areAntonyms("decrease", "increase")).toBe(true);
    expect(areAntonyms("connected", "separated")).toBe(true);
    expect(areAntonyms("increase", "customer")).toBe(false);
  });
});

describe("meaning terms", () => {
  it("drops function words, keeps negation scope to the end of the clause", () => {
    const terms = meaningTerms("The bulbs aren't connected to the battery, so the circuit is open.");
    expect(terms.map((t) => t.word)).toEqual(["bulbs", "connected", "battery", "circuit", "open"]);
    expect(terms.map((t) => t.negated)).toEqual([false, true, true, false, false]);
    expect(terms.map((t) => t.negHead)).toEqual([false, true, false, false, false]);
  });

  it("a misspelling matches, two different known words do not count as a typo", () => {
    const [a] = meaningTerms("separated");
    const [b] = meaningTerms("seperated");
    const [c] = meaningTerms("increase");
    const [d] = meaningTerms("decrease");
    expect(termSimilarity(a, b)).toBeGreaterThanOrEqual(0.85);
    expect(termSimilarity(c, d)).toBeLessThan(0.85);
  });
});
