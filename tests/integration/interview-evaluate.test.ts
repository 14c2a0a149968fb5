import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as remove, GET as getOne, PATCH as patch } from "@/app/api/interview/[id]/route";
import { getProfileByUser, upsertProfile } from "@/lib/db/profiles";
import { getTraitSummary } from "@/lib/profile/traits";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { evaluateAs, saveAnswersAs as saveAs } from "@/tests/helpers/interview-api";
import { SHORT_ANSWER, STRONG_ANSWER, idCtx, jsonRequest, readJson } from "./interview-helpers";

// POST /api/interview/{id}/evaluate with the offline engine: concurrency-safe, never touches answers, replaces
// the earlier evaluation, keeps the profile's traits free of duplicates.

let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  alice = await createTestUser();
  bob = await createTestUser();
});

const getAs = async (user: TestUser, id: string) =>
  readJson(await getOne(jsonRequest(`/api/interview/${id}`, "GET", user.authHeaders), idCtx(id)));

describe("POST /api/interview/{id}/evaluate", () => {
  it("scores every answered question, marks the empty one unanswered, and leaves the answers exactly as they were", async () => {
    const answers = [STRONG_ANSWER, SHORT_ANSWER, ""];
    const doc = await saveAs(alice, answers);
    const res = await evaluateAs(alice, doc.id);
    expect(res.status).toBe(200);
    const out = await readJson(res);

    expect(out.status).toBe("evaluated");
    expect(out.answers).toEqual(answers);
    expect(out.evaluations.map((e) => [e.question_index, e.status])).toEqual([
      [0, "ok"],
      [1, "ok"],
      [2, "unanswered"],
    ]);
    for (const e of out.evaluations.filter((x) => x.status === "ok")) {
      expect(e.criteria).not.toBeNull();
      for (const quote of e.evidence) expect(answers[e.question_index]).toContain(quote);
    }
    expect(out.evaluations[2].overall_score).toBeNull();
    expect(out.evaluations[2].criteria).toBeNull();
    const scores = out.evaluations.filter((e) => e.status === "ok").map((e) => e.overall_score as number);
    expect(out.overall_score).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1);
    expect(out.evaluations[0].overall_score!).toBeGreaterThan(out.evaluations[1].overall_score!);
    expect(out.engine).toBe("offline");
    expect(out.evaluated_at).toBeTruthy();
    expect(out.coaching_tips.length).toBeGreaterThan(0);

    expect((await getAs(alice, doc.id)).answers).toEqual(answers);
  });

  it("answers 404 for another user's interview and for an unknown id, and changes nothing", async () => {
    const doc = await saveAs(alice, [STRONG_ANSWER, "", ""]);
    expect((await evaluateAs(bob, doc.id)).status).toBe(404);
    expect((await evaluateAs(alice, "0123456789abcdef01234567")).status).toBe(404);
    expect((await evaluateAs(alice, "nope")).status).toBe(404);
    const after = await getAs(alice, doc.id);
    expect(after.status).toBe("in_progress");
    expect(after.evaluations).toEqual([]);
  });

  it("refuses an interview with no answer at all (422)", async () => {
    const doc = await saveAs(alice, []);
    const res = await evaluateAs(alice, doc.id);
    expect(res.status).toBe(422);
    expect((await getAs(alice, doc.id)).status).toBe("in_progress");
  });

  it("an autosave racing the evaluation keeps its text", async () => {
    const doc = await saveAs(alice, [STRONG_ANSWER, SHORT_ANSWER, ""]);
    const late = "Typed while the evaluation was running.";
    const [evalRes, patchRes] = await Promise.all([
      evaluateAs(alice, doc.id),
      patch(jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { answer: { index: 2, text: late } }), idCtx(doc.id)),
    ]);
    expect(evalRes.status).toBe(200);
    expect(patchRes.status).toBe(200);
    expect((await getAs(alice, doc.id)).answers[2]).toBe(late);
  });

  it("re-evaluating replaces the evaluation and never duplicates the profile's strengths or weaknesses", async () => {
    const user = await createTestUser();
    await upsertProfile({ userId: user.user.id, set: { name: "Test User" } });
    const doc = await saveAs(user, [STRONG_ANSWER, SHORT_ANSWER, ""]);

    const first = await readJson(await evaluateAs(user, doc.id));
    const profileAfterFirst = await getProfileByUser({ userId: user.user.id });
    const summaryAfterFirst = await getTraitSummary({ userId: user.user.id });
    expect(summaryAfterFirst.interviews_evaluated).toBe(1);
    expect(profileAfterFirst!.strengths.length + profileAfterFirst!.weaknesses.length).toBeGreaterThan(0);

    const second = await readJson(await evaluateAs(user, doc.id));
    expect(second.evaluations).toHaveLength(first.evaluations.length);
    const profileAfterSecond = await getProfileByUser({ userId: user.user.id });
    const summaryAfterSecond = await getTraitSummary({ userId: user.user.id });
    expect(summaryAfterSecond.interviews_evaluated).toBe(1);
    expect(profileAfterSecond!.strengths).toEqual(profileAfterFirst!.strengths);
    expect(profileAfterSecond!.weaknesses).toEqual(profileAfterFirst!.weaknesses);
    for (const t of [...summaryAfterSecond.strengths, ...summaryAfterSecond.weaknesses]) expect(t.count).toBe(1);
    expect(new Set(profileAfterSecond!.strengths.map((s) => s.toLowerCase())).size).toBe(profileAfterSecond!.strengths.length);
  });

  it("deleting an evaluated interview removes its traits from the profile", async () => {
    const user = await createTestUser();
    await upsertProfile({ userId: user.user.id, set: { name: "Test User" } });
    const doc = await saveAs(user, [STRONG_ANSWER, "", ""]);
    await evaluateAs(user, doc.id);
    expect((await getTraitSummary({ userId: user.user.id })).interviews_evaluated).toBe(1);

    expect((await remove(jsonRequest(`/api/interview/${doc.id}`, "DELETE", user.authHeaders), idCtx(doc.id))).status).toBe(204);
    expect((await getTraitSummary({ userId: user.user.id })).interviews_evaluated).toBe(0);
    const profile = await getProfileByUser({ userId: user.user.id });
    expect(profile!.strengths).toEqual([]);
    expect(profile!.weaknesses).toEqual([]);
  });
});
