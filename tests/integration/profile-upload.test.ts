import { readdirSync } from "node:fs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as upload } from "@/app/api/profile/upload-cv/route";
import { GET as me } from "@/app/api/profile/me/route";
import { upsertProfile } from "@/lib/db/profiles";
import { makeDocx, makeExe, makeLyingZipBombDocx, makeManyEntriesDocx, makePdf, makePng, makeZipBombDocx } from "@/lib/documents/testing";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { fixturePath } from "@/tests/helpers/fixtures";
import { fileRequest, getRequest, jsonRequest, resumePdf } from "@/tests/integration/profile-helpers";

// POST /api/profile/upload-cv with the offline engine: every fixture resume, a DOCX, pasted text, and every refusal.

let alice: TestUser;
let auth: Record<string, string>;

beforeAll(async () => {
  alice = await createTestUser();
  auth = alice.authHeaders;
});

describe("uploading a CV", () => {
  it("reads every resume PDF in the fixtures", async () => {
    const files = readdirSync(fixturePath("resumes")).filter((f) => f.endsWith(".pdf"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const { authHeaders } = await createTestUser();
    for (const file of files) {
      const res = await upload(fileRequest(authHeaders, resumePdf(file), file, "application/pdf"));
      const body = await res.json();
      expect(res.status, `${file}: ${JSON.stringify(body)}`).toBe(200);
      expect(body).toMatchObject({ engine: "offline", upload: { source: "pdf", filename: file, truncated: false } });
      expect(body.cv_text.length).toBeGreaterThan(200);
      expect(body.name, file).not.toBe("");
    }
  });

  it("gets John Doe's contact details and both jobs right", async () => {
    const res = await upload(fileRequest(auth, resumePdf("john_doe.pdf"), "john_doe.pdf", "application/pdf"));
    expect(res.status).toBe(200);
    const profile = await res.json();
    expect(profile.name).toBe("John Doe");
    expect(profile.email).toBe("john.doe@email.com");
    expect(profile.phone.replace(/\D/g, "")).toBe("1234567890");
    expect(profile.upload).toMatchObject({ source: "pdf", pages: 2 });
    expect(profile.experience).toHaveLength(2);
    const [first, second] = profile.experience;
    expect(first).toMatchObject({ title: "Full Stack Java Developer", company: expect.stringMatching(/^ABC Company/) });
    expect(first.start_date).toMatch(/June 2018|2018-06|Jun 2018/);
    expect(first.end_date).toMatch(/present/i);
    expect(second).toMatchObject({ title: "Software Developer", company: "XYZ Solutions" });
    expect(second.start_date).toMatch(/July 2016|2016-07|Jul 2016/);
    expect(second.end_date).toMatch(/June 2018|2018-06|Jun 2018/);

    const stored = await (await me(getRequest("me", auth))).json();
    expect(stored).toMatchObject({ name: "John Doe", engine: "offline", edited_fields: [] });
    expect(stored.upload).toBeUndefined();
  });

  it("reads a DOCX made in the test the same way", async () => {
    const { authHeaders } = await createTestUser();
    const docx = await makeDocx([
      "JANE ROE",
      "Berlin, Germany | jane.roe@example.com | +49 30 1234567",
      "SUMMARY",
      "Backend engineer who likes reliable systems.",
      "EXPERIENCE",
      "Senior Backend Engineer, Acme GmbH, Berlin, March 2020 - Present",
      "• Cut API latency by 40% by redesigning the cache layer",
      "Backend Engineer, Initech, Munich, January 2017 - February 2020",
      "• Built the billing service in Go",
      "EDUCATION",
      "Master of Science in Computer Science, TU Munich, 2016",
      "SKILLS",
      "Go, PostgreSQL, Kubernetes, TypeScript",
    ]);
    const res = await upload(
      fileRequest(authHeaders, docx, "jane_roe.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    );
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.upload).toMatchObject({ source: "docx", pages: null });
    expect(body.cv_text).toContain("Senior Backend Engineer, Acme GmbH");
    expect(body.name).toBe("Jane Roe");
    expect(body.email).toBe("jane.roe@example.com");
    expect(body.experience.map((e: { company: string }) => e.company)).toEqual([
      expect.stringMatching(/Acme/),
      expect.stringMatching(/Initech/),
    ]);
  });

  it("reads pasted text (JSON) and Markdown/TXT files", async () => {
    const { authHeaders } = await createTestUser();
    const text = "Jane Roe\njane.roe@example.com\n\nEXPERIENCE\nData Analyst, Contoso, May 2019 - Present\n";
    const pasted = await upload(jsonRequest("upload-cv", "POST", authHeaders, { cv_text: text }));
    expect(pasted.status).toBe(200);
    expect(await pasted.json()).toMatchObject({ email: "jane.roe@example.com", upload: { source: "paste" } });
    const md = await upload(fileRequest(authHeaders, Buffer.from(`# Jane Roe\n\njane.roe@example.com\n`), "cv.md", "text/markdown"));
    expect(md.status).toBe(200);
    expect(await md.json()).toMatchObject({ cv_text: "Jane Roe\n\njane.roe@example.com", upload: { source: "text" } });
  });
});

describe("refusals (and nothing half-saved)", () => {
  let before: unknown;

  beforeAll(async () => {
    const res = await upload(fileRequest(auth, resumePdf("john_doe.pdf"), "john_doe.pdf"));
    expect(res.status).toBe(200);
    before = await (await me(getRequest("me", auth))).json();
  });

  const refused = async (req: Request, status: number, detail?: RegExp) => {
    const res = await upload(req);
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(status);
    expect(body).toMatchObject({ detail: expect.any(String), code: expect.any(String) });
    if (detail) expect(body.detail).toMatch(detail);
    expect(await (await me(getRequest("me", auth))).json()).toEqual(before);
  };

  it("413 for a file over 5 MB, whatever its name", async () => {
    await refused(fileRequest(auth, Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), "cv.txt", "text/plain"), 413, /5 MB/);
    const big = Buffer.concat([resumePdf("john_doe.pdf"), Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    await refused(fileRequest(auth, big, "cv.pdf", "application/pdf"), 413);
  });

  it("413 for a body whose Content-Length says it is too large", async () => {
    const req = fileRequest(auth, Buffer.from("small"), "cv.txt");
    const headers = new Headers(req.headers);
    headers.set("content-length", String(20 * 1024 * 1024));
    await refused(new Request(req.url, { method: "POST", headers, body: await req.arrayBuffer() }), 413);
  });

  it("415 for disguised or unsupported files", async () => {
    await refused(fileRequest(auth, makePng(), "cv.pdf", "application/pdf"), 415);
    await refused(fileRequest(auth, makeExe(), "cv.docx"), 415);
    await refused(fileRequest(auth, makePng(), "photo.png", "image/png"), 415);
    await refused(fileRequest(auth, Buffer.from("plain words"), "cv.pdf"), 415);
    const zip = new JSZip();
    zip.file("data.csv", "a,b\n1,2\n");
    const notWord = await zip.generateAsync({ type: "nodebuffer" });
    await refused(fileRequest(auth, notWord, "cv.docx"), 415, /not a Word/);
    await refused(
      new Request("http://localhost/api/profile/upload-cv", {
        method: "POST",
        headers: { ...auth, "Content-Type": "text/plain" },
        body: "Jane",
      }),
      415,
    );
  });

  it("422 for a PDF without a text layer, saying to paste the text", async () => {
    await refused(fileRequest(auth, makePdf([[]]), "scan.pdf", "application/pdf"), 422, /paste the text/i);
  });

  it("refuses zip bombs: huge expansion, lying headers, too many entries", async () => {
    await refused(fileRequest(auth, await makeZipBombDocx(50), "bomb.docx"), 413);
    await refused(fileRequest(auth, await makeLyingZipBombDocx(50), "liar.docx"), 413);
    await refused(fileRequest(auth, await makeManyEntriesDocx(2000), "many.docx"), 413);
  });

  it("413 for a PDF over 20 pages; 422 for empty or too long text, a missing file, a bad flag", async () => {
    const pages = Array.from({ length: 21 }, (_, i) => [`Page ${i + 1}: experience, projects and skills`]);
    await refused(fileRequest(auth, makePdf(pages), "long.pdf"), 413, /20/);
    await refused(jsonRequest("upload-cv", "POST", auth, { cv_text: "   " }), 422);
    await refused(jsonRequest("upload-cv", "POST", auth, { cv_text: "x".repeat(50_001) }), 422);
    await refused(new Request("http://localhost/api/profile/upload-cv", { method: "POST", headers: auth, body: new FormData() }), 422);
    await refused(fileRequest(auth, resumePdf("john_doe.pdf"), "john_doe.pdf", "", { keep_edited: "maybe" }), 422);
  });

  it("400 for malformed JSON", async () => {
    await refused(
      new Request("http://localhost/api/profile/upload-cv", {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: "{",
      }),
      400,
    );
  });
});

describe("re-uploading", () => {
  it("keeps strengths and weaknesses, and replaces hand edits unless keep_edited is set", async () => {
    const { user, authHeaders } = await createTestUser();
    const { PUT: update } = await import("@/app/api/profile/update/route");
    expect((await upload(fileRequest(authHeaders, resumePdf("john_doe.pdf"), "john_doe.pdf"))).status).toBe(200);
    await upsertProfile({ userId: user.id, set: { strengths: ["Clear structure"], weaknesses: ["Too short"] } });
    const edited = await (await update(jsonRequest("update", "PUT", authHeaders, { headline: "Java lead", name: "John Doe" }))).json();
    expect(edited.edited_fields).toEqual(["headline"]); // the unchanged name is not an edit

    const kept = await (
      await upload(fileRequest(authHeaders, resumePdf("john_doe.pdf"), "john_doe.pdf", "", { keep_edited: "true" }))
    ).json();
    expect(kept).toMatchObject({
      headline: "Java lead",
      edited_fields: ["headline"],
      strengths: ["Clear structure"],
      weaknesses: ["Too short"],
    });

    const keptJson = await (
      await upload(jsonRequest("upload-cv", "POST", authHeaders, { cv_text: kept.cv_text, keep_edited: true }))
    ).json();
    expect(keptJson.headline).toBe("Java lead");

    const replaced = await (await upload(fileRequest(authHeaders, resumePdf("john_doe.pdf"), "john_doe.pdf"))).json();
    expect(replaced.headline).not.toBe("Java lead");
    expect(replaced).toMatchObject({ edited_fields: [], strengths: ["Clear structure"], weaknesses: ["Too short"] });
  });
});
