import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/interview/[id]/route";
import type { InterviewDoc } from "@/core/schemas/interview";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { evaluateAs, saveAnswersAs as saveAs } from "@/tests/helpers/interview-api";
import { sampleFromSchema, type FakeRequest } from "@/tests/fakes/fake-gemini";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { SHORT_ANSWER, STRONG_ANSWER, idCtx, jsonRequest, readJson } from "./interview-helpers";

// Evaluation against the fake Gemini server (the real SDK and gateway): a model that fails for one answer marks
// only that answer "failed" — nothing is invented for it — and a model that fails for every answer leaves the
// interview untouched and returns the AI error.

const fake = setupFakeGemini({ timeoutMs: 3000, resetEach: true });
let alice: TestUser;

const THIRD_ANSWER = "I would use a token bucket per API key, stored in Redis so every instance shares the counts.";
const QUOTE = "we chose server rendering, load time dropped by 40%";

beforeAll(async () => {
  alice = await createTestUser();
});

const isEvaluation = (req: FakeRequest) => req.prompt.includes("The candidate's answer");

function evaluationReply(req: FakeRequest) {
  return {
    json: {
      criteria: { content: 8, clarity: 8, structure: 7, depth: 7, examples: 8 },
      evidence: [req.prompt.includes(QUOTE) ? QUOTE : "token bucket per API key", "a quote the candidate never said"],
      strengths: ["Concrete, measured outcome"],
      weaknesses: ["Could mention the trade-offs"],
      feedback: "You gave a specific example with a result. Add what you would do differently.",
      improved_answer: "In my last role I led the checkout team when we disagreed about rendering... [your result]",
    },
  };
}

describe("evaluation with a failing model", () => {
  it("marks only the answer whose evaluation failed as failed, keeps the others, invents nothing", async () => {
    fake.setHandler((req) => {
      if (!isEvaluation(req)) return { json: sampleFromSchema(req.generationConfig.responseJsonSchema) }; // coaching
      if (req.prompt.includes(SHORT_ANSWER)) return { status: 500, message: "internal" };
      return evaluationReply(req);
    });
    const answers = [STRONG_ANSWER, SHORT_ANSWER, THIRD_ANSWER];
    const doc = await saveAs(alice, answers);
    const res = await evaluateAs(alice, doc.id);
    expect(res.status).toBe(200);
    const out = await readJson(res);

    expect(out.answers).toEqual(answers);
    expect(out.evaluations.map((e) => e.status)).toEqual(["ok", "failed", "ok"]);
    const failed = out.evaluations[1];
    expect(failed.error).toBeTruthy();
    expect(failed.overall_score).toBeNull();
    expect(failed.criteria).toBeNull();
    expect(failed.evidence).toEqual([]);
    expect(failed.strengths).toEqual([]);
    expect(failed.feedback).toBe("");
    expect(failed.improved_answer).toBe("");

    expect(out.evaluations[0].evidence).toEqual([QUOTE]); // the made-up quote is dropped
    expect(out.evaluations[0].criteria).toMatchObject({ clarity: 8, structure: 7 });
    expect(out.overall_score).toBeCloseTo((out.evaluations[0].overall_score! + out.evaluations[2].overall_score!) / 2, 1);
    expect(out.engine).toBe("gemini");
    expect(out.status).toBe("evaluated");

    // Retrying replaces the earlier evaluation entirely once the model is back.
    fake.setHandler((req) =>
      isEvaluation(req) ? evaluationReply(req) : { json: sampleFromSchema(req.generationConfig.responseJsonSchema) },
    );
    const retry = await readJson(await evaluateAs(alice, doc.id));
    expect(retry.evaluations.map((e) => e.status)).toEqual(["ok", "ok", "ok"]);
    expect(retry.evaluations).toHaveLength(3);
  });

  it("when every answer fails, returns the AI error and leaves the interview exactly as it was", async () => {
    fake.setHandler(() => ({ status: 500, message: "down" }));
    const doc = await saveAs(alice, [STRONG_ANSWER, SHORT_ANSWER, ""]);
    const before = await readJson(await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id)));
    const res = await evaluateAs(alice, doc.id);
    expect([502, 503, 504]).toContain(res.status);
    const body = await readJson<{ code: string; detail: string }>(res);
    expect(body.code).toMatch(/^ai_/);
    const after = await readJson(await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id)));
    expect(after).toEqual(before);
  });

  it("when only coaching fails, keeps the evaluations and records why coaching is missing", async () => {
    fake.setHandler((req) => (isEvaluation(req) ? evaluationReply(req) : { status: 500, message: "down" }));
    const doc = await saveAs(alice, [STRONG_ANSWER, "", THIRD_ANSWER]);
    const res = await evaluateAs(alice, doc.id);
    expect(res.status).toBe(200);
    const out = await readJson<InterviewDoc & { coaching_error?: string | null }>(res);
    expect(out.status).toBe("evaluated");
    expect(out.evaluations.map((e) => e.status)).toEqual(["ok", "unanswered", "ok"]);
    expect(out.coaching_tips).toEqual([]);
    expect(out.feedback).toBe("");
    expect(out.coaching_error).toBeTruthy();
  });
});
