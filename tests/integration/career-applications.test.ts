import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/career/applications/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/career/applications/[id]/route";
import { GET as exportRoute } from "@/app/api/career/applications/[id]/export/route";
import { POST as saveRoute } from "@/app/api/career/save-application/route";
import { upsertProfile } from "@/lib/db/profiles";
import type { JobData } from "@/core/schemas/job";
import { jobData, messages, resume } from "./career-fixtures";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";

// Saved applications through their routes: create, list (newest first, filters), get, update, delete, exports,
// and a 404 for another user's application on every id route.

const BASE = "http://localhost/api/career";

let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  [alice, bob] = await Promise.all([createTestUser(), createTestUser()]);
  await upsertProfile({
    userId: alice.user.id,
    set: {
      name: "Alice Example",
      email: "alice@example.com",
      phone: "",
      location: "Berlin",
      links: [],
      headline: "Backend engineer",
      summary: "Python developer.",
      education: [{ degree: "BSc", institution: "TU Berlin", year: "2018", field: "Computer Science" }],
      experience: [],
      projects: [],
      skills: { technical: ["Python"], soft: [], languages: [] },
      engine: "manual",
    },
  });
});

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (body: unknown, user: TestUser) =>
  saveRoute(
    new Request(`${BASE}/save-application`, {
      method: "POST",
      headers: { ...user.authHeaders, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
const patch = (id: string, body: unknown, user: TestUser) =>
  patchRoute(
    new Request(`${BASE}/applications/${id}`, {
      method: "PATCH",
      headers: { ...user.authHeaders, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    ctx(id),
  );
const get = (id: string, user: TestUser) => getRoute(new Request(`${BASE}/applications/${id}`, { headers: user.authHeaders }), ctx(id));
const del = (id: string, user: TestUser) =>
  deleteRoute(new Request(`${BASE}/applications/${id}`, { method: "DELETE", headers: user.authHeaders }), ctx(id));
const list = (query: string, user: TestUser) => listRoute(new Request(`${BASE}/applications${query}`, { headers: user.authHeaders }));
const exportFile = (id: string, query: string, user: TestUser) =>
  exportRoute(new Request(`${BASE}/applications/${id}/export${query}`, { headers: user.authHeaders }), ctx(id));

describe("save-application", () => {
  it("saves a full application (201) as a draft", async () => {
    const res = await post({ job_data: jobData(), tailored_resume: resume, cover_letter: "Dear team,\n\nI am writing.", messages }, alice);
    expect(res.status).toBe(201);
    const app = await res.json();
    expect(app).toMatchObject({
      status: "draft",
      user_id: alice.user.id,
      cover_letter: "Dear team,\n\nI am writing.",
      job_data: { company: "Acme Platform" },
    });
    expect(app.tailored_resume.match.score).toBe(67);
    expect(app.id).toMatch(/^[a-f0-9]{24}$/);
  });

  it("saves with only the job", async () => {
    const res = await post({ job_data: jobData({ company: "Only Job Inc" }) }, alice);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ tailored_resume: null, cover_letter: null, messages: null });
  });

  it("refuses a body without job_data (422 with errors) and a LinkedIn note over 300 characters", async () => {
    const a = await post({ cover_letter: "x" }, alice);
    expect(a.status).toBe(422);
    expect((await a.json()).errors[0].path).toBe("job_data");
    const b = await post({ job_data: jobData(), messages: { ...messages, linkedin_message: "x".repeat(301) } }, alice);
    expect(b.status).toBe(422);
  });

  it("needs a signed-in user", async () => {
    const res = await saveRoute(
      new Request(`${BASE}/save-application`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ job_data: jobData() }),
      }),
    );
    expect(res.status).toBe(401);
  });
});

describe("applications list", () => {
  it("lists the user's applications newest first, filtered by status and company", async () => {
    const user = await createTestUser();
    const ids: string[] = [];
    for (const company of ["First Co", "Second Co", "Third Corp"]) {
      ids.push((await (await post({ job_data: jobData({ company }) }, user)).json()).id);
      await new Promise((r) => setTimeout(r, 5));
    }
    await patch(ids[1], { status: "applied" }, user);

    // A plain array; the next page is named by the Link header (issue 15).
    const allRes = await list("", user);
    const all = await allRes.json();
    expect(all.map((a: { job_data: JobData }) => a.job_data.company)).toEqual(["Third Corp", "Second Co", "First Co"]);
    expect(allRes.headers.get("link")).toBeNull();

    const applied = await (await list("?status=applied", user)).json();
    expect(applied.map((a: { id: string }) => a.id)).toEqual([ids[1]]);

    const co = await (await list("?company=co", user)).json();
    expect(co).toHaveLength(3);
    const corp = await (await list("?company=CORP", user)).json();
    expect(corp.map((a: { id: string }) => a.id)).toEqual([ids[2]]);

    const pagedRes = await list("?limit=2", user);
    expect(await pagedRes.json()).toHaveLength(2);
    const next = /^<([^>]+)>; rel="next"$/.exec(pagedRes.headers.get("link") ?? "")?.[1];
    expect(next).toMatch(/^\/api\/career\/applications\?limit=2&cursor=/);
    const rest = await (await list(next!.slice("/api/career/applications".length), user)).json();
    expect(rest.map((a: { id: string }) => a.id)).toEqual([ids[0]]);
  });

  it("never shows another user's applications, and refuses a bad status filter", async () => {
    const mine = await (await list("", bob)).json();
    expect(mine).toEqual([]);
    expect((await list("?status=won", bob)).status).toBe(422);
  });
});

describe("one application: get, update, delete", () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await (await post({ job_data: jobData(), tailored_resume: resume, cover_letter: "Dear team,\n\nHello.", messages }, alice)).json()
    ).id;
  });

  it("gets it", async () => {
    const res = await get(id, alice);
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(id);
  });

  it("updates status, job_data, resume, letter and messages", async () => {
    const res = await patch(
      id,
      {
        status: "interviewing",
        cover_letter: "Edited letter.",
        job_data: jobData({ job_title: "Staff Engineer" }),
        tailored_resume: { ...resume, summary: "Edited." },
        messages: { ...messages, email_subject: "New subject" },
      },
      alice,
    );
    expect(res.status).toBe(200);
    const app = await res.json();
    expect(app).toMatchObject({
      status: "interviewing",
      cover_letter: "Edited letter.",
      job_data: { job_title: "Staff Engineer" },
      tailored_resume: { summary: "Edited." },
      messages: { email_subject: "New subject" },
    });
    expect((await (await get(id, alice)).json()).status).toBe("interviewing");
  });

  it("refuses an empty update, an unknown status and unknown fields (422)", async () => {
    expect((await patch(id, {}, alice)).status).toBe(422);
    expect((await patch(id, { status: "hired" }, alice)).status).toBe(422);
    expect((await patch(id, { user_id: bob.user.id }, alice)).status).toBe(422);
  });

  it("answers 404 for another user's application on get, update, delete and export, and leaves it alone", async () => {
    expect((await get(id, bob)).status).toBe(404);
    expect((await patch(id, { status: "rejected" }, bob)).status).toBe(404);
    expect((await del(id, bob)).status).toBe(404);
    expect((await exportFile(id, "?doc=resume&format=md", bob)).status).toBe(404);
    const still = await (await get(id, alice)).json();
    expect(still.status).toBe("interviewing");
  });

  it("answers 404 for a malformed or unknown id", async () => {
    expect((await get("not-an-id", alice)).status).toBe(404);
    expect((await get("a".repeat(24), alice)).status).toBe(404);
    expect((await del("b".repeat(24), alice)).status).toBe(404);
  });

  it("deletes it (204), then it is gone", async () => {
    const tmp = (await (await post({ job_data: jobData() }, alice)).json()).id;
    expect((await del(tmp, alice)).status).toBe(204);
    expect((await get(tmp, alice)).status).toBe(404);
    expect((await del(tmp, alice)).status).toBe(404);
  });
});

describe("exports", () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await (
        await post(
          {
            job_data: jobData(),
            tailored_resume: resume,
            cover_letter: "Dear Acme team,\n\nI would like to join.\n\nBest,\nAlice",
            messages,
          },
          alice,
        )
      ).json()
    ).id;
  });

  it("exports the resume as a DOCX that opens, with the person's name", async () => {
    const res = await exportFile(id, "?doc=resume&format=docx", alice);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="alice-example-resume-acme-platform\.docx"$/);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Alice Example");
    expect(xml).toContain("Built REST APIs in Python");
    expect(xml).toContain("TU Berlin");
  });

  it("exports the cover letter as a DOCX", async () => {
    const res = await exportFile(id, "?doc=letter&format=docx", alice);
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(await res.arrayBuffer())).file("word/document.xml")!.async("string");
    expect(xml).toContain("I would like to join.");
  });

  it("exports the resume as Markdown with headings", async () => {
    const res = await exportFile(id, "?doc=resume&format=md", alice);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.md"/);
    const md = await res.text();
    expect(md).toMatch(/^# Alice Example$/m);
    expect(md).toMatch(/^## Experience$/m);
    expect(md).toMatch(/^### Software Engineer — Globex, Berlin$/m);
    expect(md).toContain("- Tuned PostgreSQL queries");
    expect(md).toMatch(/^## Skills$/m);
  });

  it("answers 404 when there is nothing to export and 422 for an unknown format", async () => {
    const bare = (await (await post({ job_data: jobData() }, alice)).json()).id;
    expect((await exportFile(bare, "?doc=resume&format=docx", alice)).status).toBe(404);
    expect((await exportFile(bare, "?doc=letter&format=docx", alice)).status).toBe(404);
    expect((await exportFile(id, "?format=pdf", alice)).status).toBe(422);
  });
});
