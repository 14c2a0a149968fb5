import { describe, expect, it } from "vitest";
import { mergeText } from "./merge-text";

describe("mergeText", () => {
  it("takes the side that changed when only one did", () => {
    expect(mergeText("a", "a b", "a")).toBe("a b");
    expect(mergeText("a", "a", "a c")).toBe("a c");
    expect(mergeText("a", "same", "same")).toBe("same");
  });

  it("replays edits made here onto another tab's edits of the same answer", () => {
    const base = "I led the migration to Postgres. It took three months.";
    const local = "I led the migration to Postgres with two colleagues. It took three months.";
    const server = "I led the migration to Postgres. It took three months and cut query time by 40 %.";
    expect(mergeText(base, local, server)).toBe(
      "I led the migration to Postgres with two colleagues. It took three months and cut query time by 40 %.",
    );
  });

  it("keeps both texts, the server's first, when both were written from an empty answer", () => {
    expect(mergeText("", "Typed in tab B.", "Typed in tab A.")).toBe("Typed in tab A.\n\nTyped in tab B.");
    expect(mergeText(" ", "Same start and more", "Same start")).toBe("Same start and more");
  });

  it("never loses the local words when its edit cannot be placed in the server's text", () => {
    const merged = mergeText("Old sentence about caching.", "Old sentence about caching, with Redis.", "A completely rewritten answer.");
    expect(merged).toContain("A completely rewritten answer.");
    expect(merged).toContain("with Redis");
  });
});
