import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { QUESTION_BANK } from "./index";

describe("question bank index", () => {
  it("includes every question of every bank file in this folder (a new file must be added to index.ts)", async () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts" && f !== "types.ts");
    const ids = new Set<string>();
    for (const file of files) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        if (Array.isArray(value)) for (const q of value as { id?: unknown }[]) if (q && typeof q.id === "string") ids.add(q.id);
      }
    }
    const indexed = new Set(QUESTION_BANK.map((q) => q.id));
    expect([...ids].filter((id) => !indexed.has(id))).toEqual([]);
    expect(indexed.size).toBe(QUESTION_BANK.length);
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(300);
  });
});
