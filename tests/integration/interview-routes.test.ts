import { beforeAll, describe, expect, it } from "vitest";
import { POST as generate } from "@/app/api/interview/generate/route";
import { POST as save } from "@/app/api/interview/save/route";
import { GET as history } from "@/app/api/interview/history/route";
import { DELETE as remove, GET as getOne, PATCH as patch } from "@/app/api/interview/[id]/route";
import { createApplication, getApplicationById } from "@/lib/db/applications";
import { hitCounter } from "@/lib/db/counters";
import { upsertProfile } from "@/lib/db/profiles";
import { GENERATE_LIMIT_PER_HOUR } from "@/lib/interview/generate";
import type { InterviewDoc } from "@/core/schemas/interview";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { JOB, SAMPLE_QUESTIONS, idCtx, jsonRequest, noParams, readJson, saveBody } from "./interview-helpers";

// Route handlers for interviews, called as two different users: every [id] route answers 404 for the other
// user's interview, exactly as for an id that does not exist.

let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  alice = await createTestUser();
  bob = await createTestUser();
});

async function saveAs(user: TestUser, overrides: Partial<Record<string, unknown>> = {}): Promise<InterviewDoc> {
  const res = await save(jsonRequest("/api/interview/save", "POST", user.authHeaders, saveBody(overrides)), noParams);
  expect(res.status).toBe(201);
  return readJson(res);
}

describe("POST /api/interview/generate", () => {
  it("returns the requested number of distinct questions with notes and the engine", async () => {
    const res = await generate(
      jsonRequest("/api/interview/generate", "POST", alice.authHeaders, {
        role: "Backend developer",
        level: "senior",
        type: "technical",
        techstack: ["Go", "PostgreSQL"],
        amount: 4,
      }),
      noParams,
    );
    expect(res.status).toBe(200);
    const body = await readJson<{ questions: string[]; question_notes: Array<{ category: string; key_points: string[] }>; engine: string }>(
      res,
    );
    expect(body.questions).toHaveLength(4);
    expect(new Set(body.questions).size).toBe(4);
    expect(body.question_notes).toHaveLength(4);
    expect(body.engine).toBe("offline");
  });

  it("rejects invalid settings with 422 and the fields at fault", async () => {
    const res = await generate(
      jsonRequest("/api/interview/generate", "POST", alice.authHeaders, {
        role: "",
        level: "guru",
        type: "technical",
        techstack: [],
        amount: 50,
      }),
      noParams,
    );
    expect(res.status).toBe(422);
    const body = await readJson<{ errors: Array<{ path: string }> }>(res);
    expect(body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["role", "level", "amount"]));
  });

  it("accepts use_profile with or without a profile", async () => {
    const user = await createTestUser();
    const body = { role: "Backend developer", level: "mid", type: "mixed", techstack: ["Go"], amount: 2, use_profile: true };
    expect((await generate(jsonRequest("/api/interview/generate", "POST", user.authHeaders, body), noParams)).status).toBe(200);
    await upsertProfile({
      userId: user.user.id,
      set: { summary: "Go developer", skills: { technical: ["Go", "Kubernetes"], soft: [], languages: [] } },
    });
    expect((await generate(jsonRequest("/api/interview/generate", "POST", user.authHeaders, body), noParams)).status).toBe(200);
  });

  it("uses a saved application's job, and answers 404 for someone else's application", async () => {
    const app = await createApplication({ userId: alice.user.id, data: { job_data: JOB } });
    const body = { role: "Backend engineer", level: "senior", type: "technical", techstack: [], amount: 5, application_id: app.id };
    const mine = await generate(jsonRequest("/api/interview/generate", "POST", alice.authHeaders, body), noParams);
    expect(mine.status).toBe(200);
    const { questions } = await readJson<{ questions: string[] }>(mine);
    expect(questions.join(" ")).toMatch(/Go|PostgreSQL|Kafka/);

    const theirs = await generate(jsonRequest("/api/interview/generate", "POST", bob.authHeaders, body), noParams);
    expect(theirs.status).toBe(404);
  });

  it("is limited per user per hour (429 with Retry-After), without affecting other users", async () => {
    const user = await createTestUser();
    for (let i = 0; i < GENERATE_LIMIT_PER_HOUR; i++) await hitCounter({ key: `interview-generate:${user.user.id}`, windowSeconds: 3600 });
    const body = { role: "Developer", level: "mid", type: "mixed", techstack: [], amount: 1 };
    const res = await generate(jsonRequest("/api/interview/generate", "POST", user.authHeaders, body), noParams);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    const other = await generate(jsonRequest("/api/interview/generate", "POST", bob.authHeaders, body), noParams);
    expect(other.status).toBe(200);
  });
});

describe("POST /api/interview/save", () => {
  it("creates an in-progress interview with one (empty) answer per question", async () => {
    const doc = await saveAs(alice, { answers: ["first answer"] });
    expect(doc.id).toMatch(/^[a-f0-9]{24}$/);
    expect(doc.status).toBe("in_progress");
    expect(doc.answers).toEqual(["first answer", "", ""]);
    expect(doc.questions).toEqual(SAMPLE_QUESTIONS);
    expect(doc.question_notes[2].category).toBe("system-design");
  });

  it("links an own application both ways and refuses someone else's", async () => {
    const app = await createApplication({ userId: alice.user.id, data: { job_data: JOB } });
    const doc = await saveAs(alice, { application_id: app.id });
    expect(doc.application_id).toBe(app.id);
    expect((await getApplicationById({ userId: alice.user.id, id: app.id }))?.interview_ids).toContain(doc.id);

    const res = await save(jsonRequest("/api/interview/save", "POST", bob.authHeaders, saveBody({ application_id: app.id })), noParams);
    expect(res.status).toBe(404);
  });

  it("validates the body", async () => {
    const res = await save(
      jsonRequest("/api/interview/save", "POST", alice.authHeaders, saveBody({ questions: [], answers: ["a"] })),
      noParams,
    );
    expect(res.status).toBe(422);
  });
});

describe("GET /api/interview/history", () => {
  it("lists only the caller's interviews, newest first, paged with a cursor, as summaries", async () => {
    const user = await createTestUser();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await saveAs(user, { role: `Role ${i}` })).id);
    await saveAs(bob);

    // A plain array (what the original client reads); the next page in the Link header (issue 15).
    const firstRes = await history(jsonRequest("/api/interview/history?limit=2", "GET", user.authHeaders), noParams);
    const first = await readJson<Array<Record<string, unknown>>>(firstRes);
    expect(first.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    expect(first[0]).toMatchObject({
      role: "Role 2",
      type: "mixed",
      status: "in_progress",
      question_count: 3,
      answered_count: 0,
      overall_score: null,
    });
    expect(first[0].questions).toHaveLength(3);
    expect(first[0]).not.toHaveProperty("answers");
    expect(first[0]).not.toHaveProperty("description");
    const next = /^<([^>]+)>; rel="next"$/.exec(firstRes.headers.get("link") ?? "")?.[1];
    expect(next).toMatch(/^\/api\/interview\/history\?limit=2&cursor=/);

    const secondRes = await history(jsonRequest(next!, "GET", user.authHeaders), noParams);
    expect((await readJson<Array<{ id: string }>>(secondRes)).map((i) => i.id)).toEqual([ids[0]]);
    expect(secondRes.headers.get("link")).toBeNull();
  });

  it("answers 400 to a cursor it did not issue and 422 to a bad limit", async () => {
    expect((await history(jsonRequest("/api/interview/history?cursor=garbage", "GET", alice.authHeaders), noParams)).status).toBe(400);
    expect((await history(jsonRequest("/api/interview/history?limit=0", "GET", alice.authHeaders), noParams)).status).toBe(422);
  });
});

describe("/api/interview/{id}", () => {
  it("GET returns the owner's interview; 404 for another user's id, an unknown id and a malformed id", async () => {
    const doc = await saveAs(alice);
    const res = await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id));
    expect(res.status).toBe(200);
    expect((await readJson(res)).id).toBe(doc.id);

    expect((await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", bob.authHeaders), idCtx(doc.id))).status).toBe(404);
    expect((await getOne(jsonRequest("/api/interview/x", "GET", alice.authHeaders), idCtx("0123456789abcdef01234567"))).status).toBe(404);
    expect((await getOne(jsonRequest("/api/interview/x", "GET", alice.authHeaders), idCtx("not-an-id"))).status).toBe(404);
  });

  it("PATCH saves one answer (autosave) or all answers; 404 for another user's interview, which stays unchanged", async () => {
    const doc = await saveAs(alice);
    const one = await patch(
      jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { answer: { index: 1, text: "Because state changed." } }),
      idCtx(doc.id),
    );
    expect(one.status).toBe(200);
    expect((await readJson(one)).answers).toEqual(["", "Because state changed.", ""]);

    const all = await patch(jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { answers: ["a", "b"] }), idCtx(doc.id));
    expect((await readJson(all)).answers).toEqual(["a", "b", ""]);

    const foreign = await patch(
      jsonRequest(`/api/interview/${doc.id}`, "PATCH", bob.authHeaders, { answer: { index: 0, text: "hijack" } }),
      idCtx(doc.id),
    );
    expect(foreign.status).toBe(404);
    const after = await readJson(await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id)));
    expect(after.answers[0]).toBe("a");
  });

  it("PATCH with base_revision: 409 when the answer moved on since (a stale page or another tab), and nothing is overwritten", async () => {
    const doc = await saveAs(alice);
    const save = (text: string, base_revision: number) =>
      patch(
        jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { answer: { index: 0, text, base_revision } }),
        idCtx(doc.id),
      );
    const first = await save("The answer I saved.", 0);
    expect(first.status).toBe(200);
    expect((await readJson(first)).answer_revisions).toEqual({ "0": 1 });
    // The page Back restored still holds revision 0 and an empty box: its save is refused.
    const stale = await save("", 0);
    expect(stale.status).toBe(409);
    expect(await readJson(stale)).toMatchObject({ code: "conflict" });
    const after = await readJson(await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id)));
    expect([after.answers[0], after.answer_revisions]).toEqual(["The answer I saved.", { "0": 1 }]);
    expect((await save("The answer I saved, improved.", 1)).status).toBe(200);
    // Replacing all answers is a new revision of each.
    const all = await patch(jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { answers: ["a", "b"] }), idCtx(doc.id));
    expect((await readJson(all)).answer_revisions).toEqual({ "0": 3, "1": 1, "2": 1 });
  });

  it("PATCH refuses an answer index beyond the questions and an empty body", async () => {
    const doc = await saveAs(alice);
    const res = await patch(
      jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { answer: { index: 3, text: "x" } }),
      idCtx(doc.id),
    );
    expect(res.status).toBe(422);
    expect((await patch(jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, {}), idCtx(doc.id))).status).toBe(422);
  });

  it("concurrent autosaves of different answers both survive", async () => {
    const doc = await saveAs(alice);
    const texts = ["Answer zero, saved from one request.", "Answer one, saved at the same time.", "Answer two, also concurrent."];
    const results = await Promise.all(
      texts.map((text, index) =>
        patch(jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { answer: { index, text } }), idCtx(doc.id)),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const after = await readJson(await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id)));
    expect(after.answers).toEqual(texts);
  });

  it("PATCH {status: completed} finishes an in-progress interview", async () => {
    const doc = await saveAs(alice);
    const res = await patch(jsonRequest(`/api/interview/${doc.id}`, "PATCH", alice.authHeaders, { status: "completed" }), idCtx(doc.id));
    expect((await readJson(res)).status).toBe("completed");
  });

  it("DELETE removes the owner's interview (204, then 404); another user gets 404 and the interview stays", async () => {
    const doc = await saveAs(alice);
    expect((await remove(jsonRequest(`/api/interview/${doc.id}`, "DELETE", bob.authHeaders), idCtx(doc.id))).status).toBe(404);
    expect((await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id))).status).toBe(200);

    const res = await remove(jsonRequest(`/api/interview/${doc.id}`, "DELETE", alice.authHeaders), idCtx(doc.id));
    expect(res.status).toBe(204);
    expect((await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.authHeaders), idCtx(doc.id))).status).toBe(404);
    expect((await remove(jsonRequest(`/api/interview/${doc.id}`, "DELETE", alice.authHeaders), idCtx(doc.id))).status).toBe(404);
  });

  it("works with the browser's session cookie as well as a bearer token", async () => {
    const doc = await saveAs(alice);
    const res = await getOne(jsonRequest(`/api/interview/${doc.id}`, "GET", alice.cookieHeaders), idCtx(doc.id));
    expect(res.status).toBe(200);
  });
});
