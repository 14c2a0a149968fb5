import { describe, expect, it } from "vitest";
import { canonicalTech } from "../../text/tech-names";
import { RIVAL_GROUPS } from "./rivals";

describe("rival technologies table", () => {
  it("spells every technology as the bank's tags do (the dictionary's canonical name, lowercased)", () => {
    const names = RIVAL_GROUPS.flat(2);
    expect(names.filter((n) => canonicalTech(n) !== n)).toEqual([]);
  });

  it("has at least two families per group, and no technology in two families of one group", () => {
    for (const group of RIVAL_GROUPS) {
      expect(group.length, group.join(" | ")).toBeGreaterThanOrEqual(2);
      const names = group.flat();
      expect(new Set(names).size, group.join(" | ")).toBe(names.length);
    }
  });
});
