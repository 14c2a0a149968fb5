import { describe, expect, it } from "vitest";
import { z } from "zod";
import { prepareStructuredSchema, warmHttpClient } from "./gateway";
import { geminiJsonSchema } from "./gateway-schema";

describe("gateway start-up work", () => {
  it("warms the HTTP client once per process, without failing", async () => {
    const first = warmHttpClient();
    expect(warmHttpClient()).toBe(first);
    await expect(first).resolves.toBeUndefined();
  });

  it("prepareStructuredSchema caches the Gemini JSON Schema and never throws", () => {
    const schema = z.object({ a: z.string().max(5) });
    prepareStructuredSchema(schema, { a: "x" });
    expect(geminiJsonSchema(schema)).toBe(geminiJsonSchema(schema));
    expect(() => prepareStructuredSchema(z.object({ d: z.date() }))).not.toThrow();
  });
});
