import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeGemini, sampleFromSchema, type FakeGemini } from "./fake-gemini";

let fake: FakeGemini;
beforeAll(async () => {
  fake = await startFakeGemini();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

const body = {
  contents: [{ role: "user", parts: [{ text: "hello" }] }],
  systemInstruction: { role: "user", parts: [{ text: "be brief" }] },
  generationConfig: { temperature: 0.1 },
};
const post = (path: string, b: unknown = body) =>
  fetch(fake.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", "x-goog-api-key": "secret-key" },
    body: JSON.stringify(b),
  });

describe("fake Gemini server", () => {
  it("serves /v1 and /v1beta generateContent and records the request without the key", async () => {
    fake.enqueue({ text: "hi there" });
    const res = await post("/v1/models/gemini-x:generateContent");
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json.candidates[0]).toMatchObject({ content: { parts: [{ text: "hi there" }], role: "model" }, finishReason: "STOP" });
    const r = fake.requests[0];
    expect(r).toMatchObject({
      api_version: "v1",
      model: "gemini-x",
      stream: false,
      has_api_key: true,
      system: "be brief",
      prompt: "hello",
    });
    expect(JSON.stringify(r.headers)).not.toContain("secret-key");
    expect((await post("/v1beta/models/gemini-x:generateContent")).status).toBe(200);
  });

  it("streams SSE chunks", async () => {
    fake.enqueue({ chunks: ["a", "b"] });
    const res = await post("/v1beta/models/m:streamGenerateContent?alt=sse");
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const text = await res.text();
    const events = text.split("\n\n").filter(Boolean);
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[0].replace(/^data: /, "")).candidates[0].content.parts[0].text).toBe("a");
    expect(fake.requests[0].stream).toBe(true);
  });

  it("scripted errors use Google's error shape; unknown routes are 404", async () => {
    fake.enqueue({ status: 429, retryDelaySeconds: 3 });
    const res = await post("/v1beta/models/m:generateContent");
    expect(res.status).toBe(429);
    const json = await res.json();
    expect(json.error).toMatchObject({ code: 429, status: "RESOURCE_EXHAUSTED" });
    expect(json.error.details[0].retryDelay).toBe("3s");
    expect((await post("/v1beta/models/m:countTokens")).status).toBe(404);
  });

  it("handler and latency", async () => {
    fake.setHandler((req) => ({ text: `echo ${req.prompt}` }));
    fake.setLatency(120);
    const t = Date.now();
    const json = await (await post("/v1beta/models/m:generateContent")).json();
    expect(Date.now() - t).toBeGreaterThanOrEqual(110);
    expect(json.candidates[0].content.parts[0].text).toBe("echo hello");
  });

  it("samples a JSON Schema when nothing is scripted", () => {
    expect(
      sampleFromSchema({
        type: "object",
        properties: {
          a: { type: "string" },
          n: { type: "integer", minimum: 7 },
          e: { enum: ["x", "y"] },
          l: { type: "array", items: { type: "boolean" }, minItems: 2 },
        },
      }),
    ).toEqual({ a: "sample text", n: 7, e: "x", l: [true, true] });
  });
});
