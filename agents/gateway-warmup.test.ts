import { describe, expect, it } from "vitest";
import { z } from "zod";
import { prepareStructuredSchema } from "./gateway";
import { geminiJsonSchema } from "./gateway-schema";

describe("gateway start-up work", () => {
  it("prepareStructuredSchema caches the Gemini JSON Schema and never throws", () => {
    const schema = z.object({ a: z.string().max(5) });
    prepareStructuredSchema(schema, { a: "x" });
    expect(geminiJsonSchema(schema)).toBe(geminiJsonSchema(schema));
    expect(() => prepareStructuredSchema(z.object({ d: z.date() }))).not.toThrow();
  });
});
