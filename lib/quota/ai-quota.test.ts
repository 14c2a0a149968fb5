import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as analyzeJob } from "@/app/api/career/analyze-job/route";
import { resetConfigForTests } from "@/core/config";
import { closeStoreForTests } from "@/lib/db/store";
import { consumeAiQuota } from "@/lib/quota/ai-quota";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";

// Issue 20: per-user limits on AI work, counted in the store. The model-backed (Gemini) defaults are 60 an hour
// and 300 a day; the offline engine's are higher.

let alice: TestUser;
let bob: TestUser;

const useEngine = (engine: "gemini" | "offline") => {
  process.env.AI_ENGINE = engine;
  process.env.GEMINI_API_KEY = engine === "gemini" ? "test-key-never-used" : "";
  resetConfigForTests();
};

beforeAll(async () => {
  alice = await createTestUser();
  bob = await createTestUser();
});

afterEach(() => useEngine("offline"));

describe("AI quotas", () => {
  it("the 61st model-backed request in an hour is a 429 with Retry-After and a plain message; another user is unaffected", async () => {
    useEngine("gemini");
    for (let i = 0; i < 60; i++) await consumeAiQuota({ userId: alice.user.id });
    const refused = await consumeAiQuota({ userId: alice.user.id }).catch((error) => error);
    expect(refused).toMatchObject({ status: 429, code: "rate_limited", message: expect.stringMatching(/limit of 60 AI requests an hour/) });
    expect(refused.retryAfterSeconds).toBeGreaterThan(3500);
    await expect(consumeAiQuota({ userId: bob.user.id })).resolves.toBeUndefined();

    // Through a route: the reply is the API's 429 with Retry-After (the offline engine's counter is separate).
    const res = await analyzeJob(
      new Request("http://localhost/api/career/analyze-job", {
        method: "POST",
        headers: { ...alice.authHeaders, "Content-Type": "application/json" },
        body: JSON.stringify({ job_text: "Senior Engineer at Acme. Requirements: Python." }),
      }),
    );
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(3500);
    expect((await res.json()).detail).toMatch(/You can continue in \d+ minutes/);
  });

  it("counters survive a restart (a new store and configuration on the same data)", async () => {
    useEngine("gemini");
    const carol = await createTestUser();
    for (let i = 0; i < 60; i++) await consumeAiQuota({ userId: carol.user.id });
    await closeStoreForTests();
    resetConfigForTests();
    await expect(consumeAiQuota({ userId: carol.user.id })).rejects.toMatchObject({ status: 429 });
  });

  it("the offline engine counts too, with higher limits, and 300 a day holds for the model", async () => {
    useEngine("offline");
    const dave = await createTestUser();
    for (let i = 0; i < 300; i++) await consumeAiQuota({ userId: dave.user.id });
    await expect(consumeAiQuota({ userId: dave.user.id })).rejects.toMatchObject({ status: 429 });

    process.env.AI_QUOTA_PER_HOUR = "1000";
    useEngine("gemini");
    const erin = await createTestUser();
    for (let i = 0; i < 300; i++) await consumeAiQuota({ userId: erin.user.id });
    await expect(consumeAiQuota({ userId: erin.user.id })).rejects.toMatchObject({ status: 429, message: /300 AI requests a day/ });
    delete process.env.AI_QUOTA_PER_HOUR;
  });
});
