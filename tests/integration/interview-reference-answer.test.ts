import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/interview/[id]/route";
import { POST as save } from "@/app/api/interview/save/route";
import type { InterviewDoc } from "@/core/schemas/interview";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { evaluateAs } from "@/tests/helpers/interview-api";
import { sampleFromSchema } from "@/tests/fakes/fake-gemini";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { idCtx, jsonRequest, noParams, readJson } from "./interview-helpers";

// reference_answer end to end (issue 12): an optional, additive field on a question's notes that the user can write
// for a question they add; it is validated, stored, returned, and judged against by the offline engine and given to
// the model on the Gemini path.

let alice: TestUser;
beforeAll(async () => {
  alice = await createTestUser();
});

const QUESTION = "Our warehouse keeps running out of the fastest-selling items. What would you change first?";
const REFERENCE =
  "Set reorder points from each item's demand during the supplier's lead time plus safety stock, review the fast " +
  "movers weekly instead of monthly, and track stockouts so the reorder points can be corrected.";
// A plain answer that says what the reference says, and one that answers something else.
const ANSWER =
  "I would set a reorder point for each fast seller from its demand over the supplier lead time plus a safety stock, review those items every week, and track stockouts to correct the points.";
const OTHER = "I would hire more warehouse staff and move the fast sellers closer to the packing area so picking is quicker.";

const body = (notes: unknown[], answers: string[] = [ANSWER]) => ({
  questions: [QUESTION],
  answers,
  role: "Operations Manager",
  level: "mid",
  type: "mixed",
  techstack: [],
  question_notes: notes,
});

async function saveAs(user: TestUser, notes: unknown[], answers?: string[]): Promise<Response> {
  return save(jsonRequest("/api/interview/save", "POST", user.authHeaders, body(notes, answers)), noParams);
}

describe("reference_answer on a question the user adds", () => {
  it("is stored and returned as written, and is optional", async () => {
    const res = await saveAs(alice, [{ category: "situational", key_points: [], reference_answer: REFERENCE }]);
    expect(res.status).toBe(201);
    const doc: InterviewDoc = await readJson(res);
    const got: InterviewDoc = await readJson(
      await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id)),
    );
    expect(got.question_notes[0].reference_answer).toBe(REFERENCE);

    const without: InterviewDoc = await readJson(await saveAs(alice, [{ category: "situational", key_points: [] }]));
    expect(without.question_notes[0]).not.toHaveProperty("reference_answer");
  });

  it("refuses an over-long reference answer with 422 naming the field", async () => {
    const res = await saveAs(alice, [{ category: "situational", key_points: [], reference_answer: "x".repeat(3001) }]);
    expect(res.status).toBe(422);
    expect(JSON.stringify(await readJson(res))).toContain("reference_answer");
  });

  it("the offline evaluation judges the answer against it: right and wrong answers apart only when it is there", async () => {
    const content = async (notes: unknown[], answer: string): Promise<number> => {
      const doc: InterviewDoc = await readJson(await saveAs(alice, notes, [answer]));
      const out: InterviewDoc = await readJson(await evaluateAs(alice, doc.id));
      return out.evaluations[0].criteria!.content!;
    };
    const withRef = [{ category: "situational", key_points: [], reference_answer: REFERENCE }];
    const withoutRef = [{ category: "situational", key_points: [] }];
    expect(await content(withRef, ANSWER)).toBeGreaterThanOrEqual(8);
    expect(await content(withRef, OTHER)).toBeLessThanOrEqual(3);
    // Without key points or a reference only closeness to the question can be judged: both at most 7.
    expect(await content(withoutRef, ANSWER)).toBeLessThanOrEqual(7);
    expect(await content(withoutRef, OTHER)).toBeLessThanOrEqual(7);
  });
});

describe("reference_answer on the Gemini path", () => {
  const fake = setupFakeGemini({ timeoutMs: 3000, resetEach: true });

  it("is given to the model with the key points, in an untrusted block", async () => {
    fake.setHandler((req) => ({ json: sampleFromSchema(req.generationConfig.responseJsonSchema) }));
    const doc: InterviewDoc = await readJson(
      await saveAs(alice, [{ category: "situational", key_points: ["Reorder points from lead-time demand"], reference_answer: REFERENCE }]),
    );
    expect((await evaluateAs(alice, doc.id)).status).toBe(200);
    const evaluation = fake.requests.find((r) => r.prompt.includes("The candidate's answer"));
    expect(evaluation?.prompt).toMatch(/<<<BEGIN UNTRUSTED REFERENCE_ANSWER [0-9a-f]+>>>\nSet reorder points/);
    expect(evaluation?.prompt).toContain("Reorder points from lead-time demand");
  });
});
