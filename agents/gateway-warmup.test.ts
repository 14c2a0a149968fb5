import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { resetConfigForTests } from "@/core/config";
import { runStartupWork } from "@/core/startup";
import { startFakeGemini } from "@/tests/fakes/fake-gemini";
import { prepareStructuredSchema } from "./gateway";
import { geminiJsonSchema } from "./gateway-schema";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
});

/** A fresh copy of the gateway module: it registers its start-up check when it loads, as in the server. */
async function loadGateway(env: Record<string, string>) {
  await runStartupWork(); // forget what earlier imports registered
  Object.assign(process.env, env);
  resetConfigForTests();
  vi.resetModules();
  await import("./gateway");
}

describe("gateway start-up work", () => {
  it("prepareStructuredSchema caches the Gemini JSON Schema and never throws", () => {
    const schema = z.object({ a: z.string().max(5) });
    prepareStructuredSchema(schema, { a: "x" });
    expect(geminiJsonSchema(schema)).toBe(geminiJsonSchema(schema));
    expect(() => prepareStructuredSchema(z.object({ d: z.date() }))).not.toThrow();
  });

  it("at start, asks Gemini for the configured model (with the key)", async () => {
    const fake = await startFakeGemini();
    try {
      await loadGateway({ AI_ENGINE: "gemini", GEMINI_API_KEY: "start-key", GEMINI_BASE_URL: fake.url, GEMINI_MODEL: "gemini-x" });
      expect(await runStartupWork()).toEqual({ ran: 1, failed: [] });
      expect(fake.requests.map((r) => [r.method, r.model, r.has_api_key])).toEqual([["GET", "gemini-x", true]]);
    } finally {
      await fake.close();
    }
  });

  it("reports a model it cannot reach in the start-up log, and does nothing on the offline engine", async () => {
    const fake = await startFakeGemini();
    const url = fake.url;
    await fake.close(); // nothing listens there any more
    await loadGateway({ AI_ENGINE: "gemini", GEMINI_API_KEY: "start-key", GEMINI_BASE_URL: url, AI_TIMEOUT_MS: "2000" });
    const { failed } = await runStartupWork();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^Gemini model check: /);
    expect(failed[0]).not.toContain("start-key");

    await loadGateway({ AI_ENGINE: "offline" });
    expect(await runStartupWork()).toEqual({ ran: 1, failed: [] });
  });
});
