import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS_TEXT } from "@/lib/auth/common-passwords";
// @ts-expect-error plain .mjs generator without type declarations
import { renderCommonPasswordsModule } from "@/lib/auth/generate-common-passwords.mjs";

describe("common password list", () => {
  const txt = readFileSync(path.join(__dirname, "common-passwords.txt"), "utf8");

  it("holds exactly 10,000 distinct entries, most common first", () => {
    const lines = COMMON_PASSWORDS_TEXT.split("\n");
    expect(lines).toHaveLength(10_000);
    expect(new Set(lines).size).toBe(10_000);
    expect(lines.slice(0, 4)).toEqual(["123456", "password", "12345678", "qwerty"]);
  });

  it("the bundled module matches common-passwords.txt (run lib/auth/generate-common-passwords.mjs after editing the list)", () => {
    const generated = readFileSync(path.join(__dirname, "common-passwords.ts"), "utf8");
    expect(generated).toBe(renderCommonPasswordsModule(txt));
  });
});
