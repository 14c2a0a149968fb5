import { beforeEach, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/profile/me/route";
import { GET as strengths } from "@/app/api/profile/strengths/route";
import { PUT as update } from "@/app/api/profile/update/route";
import { POST as upload } from "@/app/api/profile/upload-cv/route";
import { createInterview, updateInterview } from "@/lib/db/interviews";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { BASE, getRequest, jsonRequest } from "@/tests/integration/profile-helpers";

let t: TestUser;
beforeEach(async () => {
  t = await createTestUser();
});

describe("GET /api/profile/me", () => {
  it("404 before any profile, 200 after one exists, 401 without credentials", async () => {
    const none = await me(getRequest("me", t.authHeaders));
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ code: "not_found" });
    expect((await me(getRequest("me", {}))).status).toBe(401);
    await upload(jsonRequest("upload-cv", "POST", t.authHeaders, { cv_text: "Jane Roe\njane@example.com\n" }));
    const res = await me(getRequest("me", t.cookieHeaders));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ user_id: t.user.id, email: "jane@example.com", engine: "offline" });
  });

  it("never shows another user's profile", async () => {
    await upload(jsonRequest("upload-cv", "POST", t.authHeaders, { cv_text: "Jane Roe\njane@example.com\n" }));
    const bob = await createTestUser();
    expect((await me(getRequest("me", bob.authHeaders))).status).toBe(404);
  });
});

describe("PUT /api/profile/update", () => {
  it("creates the profile from an edit when there is none (engine manual)", async () => {
    const res = await update(
      jsonRequest("update", "PUT", t.authHeaders, { name: "Jane Roe", skills: { technical: ["Go"], soft: [], languages: ["English"] } }),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ name: "Jane Roe", engine: "manual", skills: { technical: ["Go"] }, headline: "", cv_text: "" });
    expect(body.edited_fields.sort()).toEqual(["name", "skills"]);
  });

  it("saves a subset, records only the fields that changed, keeps the rest", async () => {
    await update(jsonRequest("update", "PUT", t.authHeaders, { name: "Jane Roe", headline: "Engineer" }));
    const res = await update(
      jsonRequest("update", "PUT", t.authHeaders, {
        headline: "Staff engineer",
        experience: [
          {
            title: "Engineer",
            company: "Acme",
            start_date: "2020",
            end_date: "Present",
            duration: "",
            description: "",
            highlights: ["Shipped"],
          },
        ],
      }),
    );
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      name: "Jane Roe",
      headline: "Staff engineer",
      experience: [{ company: "Acme", highlights: ["Shipped"] }],
    });
    expect(body.edited_fields.sort()).toEqual(["experience", "headline", "name"]);
  });

  it("the e-mail is empty or an address: 'not an email' is refused with the field's error (issue 19)", async () => {
    const email = await update(jsonRequest("update", "PUT", t.authHeaders, { email: "not an email" }));
    expect(email.status).toBe(422);
    expect((await email.json()).errors).toEqual([{ path: "email", message: "Enter a valid e-mail address, or leave it empty." }]);
    expect((await update(jsonRequest("update", "PUT", t.authHeaders, { email: "" }))).status).toBe(200);
    const ok = await update(jsonRequest("update", "PUT", t.authHeaders, { email: " jane@example.com " }));
    expect((await ok.json()).email).toBe("jane@example.com");
  });

  it("422 for wrong types, with per-field errors; nothing saved", async () => {
    const wrong = await update(jsonRequest("update", "PUT", t.authHeaders, { links: "not a list", experience: [{ title: 3 }] }));
    expect(wrong.status).toBe(422);
    const body = await wrong.json();
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["links", "experience.0.title"]));
    expect((await update(jsonRequest("update", "PUT", t.authHeaders, { name: "x".repeat(201) }))).status).toBe(422);
    expect((await me(getRequest("me", t.authHeaders))).status).toBe(404);
  });

  // Since issue 15 unknown keys are ignored, as the original backend did (its clients send whole documents back).
  it("ignores unknown keys: they are never stored", async () => {
    const u = await createTestUser();
    const res = await update(jsonRequest("update", "PUT", u.authHeaders, { name: "X", is_admin: true, user_id: t.user.id }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.name).toBe("X");
    expect(body.user_id).toBe(u.user.id);
    expect(body).not.toHaveProperty("is_admin");
  });

  it("400 for malformed JSON or a non-JSON body", async () => {
    const bad = new Request(`${BASE}/update`, {
      method: "PUT",
      headers: { ...t.authHeaders, "Content-Type": "application/json" },
      body: "{",
    });
    expect((await update(bad)).status).toBe(400);
    const text = new Request(`${BASE}/update`, {
      method: "PUT",
      headers: { ...t.authHeaders, "Content-Type": "text/plain" },
      body: "name=x",
    });
    expect((await update(text)).status).toBe(400);
  });
});

describe("GET /api/profile/strengths", () => {
  it("summarises evaluated interviews", async () => {
    const empty = await (await strengths(getRequest("strengths", t.authHeaders))).json();
    // Plain strings, as the original API sent them; the counts beside them (issue 15).
    expect(empty).toEqual({
      strengths: [],
      weaknesses: [],
      strength_counts: [],
      weakness_counts: [],
      average_scores: { content: null, clarity: null, structure: null, depth: null, examples: null },
      interviews_evaluated: 0,
    });

    const created = await createInterview({
      userId: t.user.id,
      data: { questions: ["Q"], role: "Dev", level: "mid", type: "technical", techstack: [] },
    });
    await updateInterview({
      userId: t.user.id,
      id: created.id,
      set: {
        status: "evaluated",
        strengths: ["Clear structure"],
        weaknesses: ["Few examples"],
        evaluations: [
          {
            question_index: 0,
            status: "ok",
            overall_score: 6,
            criteria: { clarity: 7, structure: 6, depth: 5, examples: 6 },
            evidence: [],
            strengths: [],
            weaknesses: [],
            feedback: "",
            improved_answer: "",
            delivery: { word_count: 10, filler_words: 0, filler_terms: [], estimated_speaking_seconds: 4, average_sentence_words: 10 },
          },
        ],
      },
    });
    const res = await strengths(getRequest("strengths", t.authHeaders));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      strengths: ["Clear structure"],
      weaknesses: ["Few examples"],
      strength_counts: [{ text: "Clear structure", count: 1 }],
      weakness_counts: [{ text: "Few examples", count: 1 }],
      average_scores: { content: null, clarity: 7, structure: 6, depth: 5, examples: 6 },
      interviews_evaluated: 1,
    });
    expect((await strengths(getRequest("strengths", {}))).status).toBe(401);
  });
});
