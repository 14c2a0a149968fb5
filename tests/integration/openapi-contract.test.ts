import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/core/config";
import { createTestUser, TEST_PASSWORD, type TestUser } from "@/tests/helpers/auth";
import { callApi, type ApiCall } from "@/tests/helpers/api-router";
import { readFixtureText } from "@/tests/helpers/fixtures";

// The contract test: every operation in the OpenAPI document is called (successes and typical errors), and each
// reply's status must be documented for that operation and its JSON body must validate against the documented
// schema. A new operation without a case here fails the last test.

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: unknown };

const ID = "0123456789abcdef01234567";
let doc: Doc;
let ajv: InstanceType<typeof Ajv2020>;
const exercised = new Set<string>();

beforeAll(async () => {
  doc = (await (await callApi("GET", "/api/openapi.json")).json()) as Doc;
  ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...(doc as object), $id: "openapi" });
});

/** Calls `method path`, checks the reply against the operation `documented` (the path as written in the document). */
async function check(method: string, documented: string, url: string, call: ApiCall = {}): Promise<Response> {
  const op = doc.paths[documented]?.[method.toLowerCase()];
  expect(op, `${method} ${documented} is not in the document`).toBeDefined();
  exercised.add(`${method} ${documented}`);
  const res = await callApi(method, url, call);
  const reply = op.responses[String(res.status)];
  const where = `${method} ${url} → ${res.status}`;
  expect(reply, `${where}: status not documented (${Object.keys(op.responses).join(", ")})`).toBeDefined();
  const type = (res.headers.get("content-type") ?? "").split(";")[0];
  if (type === "application/json") {
    expect(reply.content?.["application/json"]?.schema, `${where}: JSON reply without a documented schema`).toBeDefined();
    // A JSON pointer into the document, so the schema's #/components/... references resolve against it.
    const pointer = ["paths", documented, method.toLowerCase(), "responses", String(res.status), "content", "application/json", "schema"]
      .map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1"))
      .join("/");
    const validate = ajv.compile({ $ref: `openapi#/${pointer}` });
    const valid = validate(await res.clone().json());
    expect(
      valid ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`),
      `${where}: reply does not match the document`,
    ).toEqual([]);
  } else if (res.status !== 204 && reply.content) {
    expect(Object.keys(reply.content), `${where}: content type ${type} not documented`).toContain(type);
  }
  return res;
}

describe("every operation's replies match the OpenAPI document", () => {
  let user: TestUser;
  let other: TestUser;
  let auth: Record<string, string>;
  beforeAll(async () => {
    user = await createTestUser();
    other = await createTestUser();
    auth = user.authHeaders;
  });

  it("auth and account", async () => {
    const email = `contract-${Date.now()}@example.com`;
    await check("POST", "/api/auth/register", "/api/auth/register", { json: { name: "Contract", email, password: TEST_PASSWORD } });
    await check("POST", "/api/auth/register", "/api/auth/register", { json: { name: "Contract", email, password: TEST_PASSWORD } });
    await check("POST", "/api/auth/register", "/api/auth/register", { json: { email: "nope" } });
    await check("POST", "/api/auth/login", "/api/auth/login", { json: { email, password: TEST_PASSWORD } });
    await check("POST", "/api/auth/login", "/api/auth/login", { json: { email, password: "wrong password" } });
    await check("GET", "/api/auth/me", "/api/auth/me", { headers: auth });
    await check("GET", "/api/auth/me", "/api/auth/me");
    await check("GET", "/api/auth/{nextauth}", "/api/auth/csrf");
    await check("GET", "/api/auth/{nextauth}", "/api/auth/session?callbackUrl=javascript:1");
    await check("POST", "/api/auth/{nextauth}", "/api/auth/nothing-here");
    await check("GET", "/api/account/export", "/api/account/export", { headers: other.authHeaders });
    await check("POST", "/api/account/password", "/api/account/password", {
      headers: other.authHeaders,
      json: { current_password: "wrong one", new_password: "a new long passphrase" },
    });
    await check("POST", "/api/account/sign-out-everywhere", "/api/account/sign-out-everywhere", { headers: other.authHeaders });
    const victim = await createTestUser();
    await check("DELETE", "/api/account", "/api/account", { headers: victim.authHeaders, json: { password: victim.password } });
  });

  it("service", async () => {
    await check("GET", "/api/health", "/api/health");
    await check("GET", "/api/openapi.json", "/api/openapi.json");
    const token = "metrics-token-for-the-contract-test";
    await check("GET", "/api/metrics", "/api/metrics"); // no METRICS_TOKEN: 404
    process.env.METRICS_TOKEN = token;
    resetConfigForTests();
    try {
      await check("GET", "/api/metrics", "/api/metrics");
      const res = await check("GET", "/api/metrics", "/api/metrics", { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
    } finally {
      delete process.env.METRICS_TOKEN;
      resetConfigForTests();
    }
  });

  it("profile, career and interviews", { timeout: 120_000 }, async () => {
    await check("GET", "/api/profile/me", "/api/profile/me", { headers: auth });
    await check("POST", "/api/profile/upload-cv", "/api/profile/upload-cv", { headers: auth, json: { cv_text: "" } });
    await check("POST", "/api/profile/upload-cv", "/api/profile/upload-cv", {
      headers: auth,
      json: {
        cv_text:
          "Sam Example\nFrontend Engineer\n\nExperience\nSoftware Engineer, ABC Corp, 2021 - Present\n- Built React apps\n\nEducation\nBSc Computer Science, State University, 2019\n\nSkills\nReact, TypeScript",
      },
    });
    const form = new FormData();
    form.set("file", new Blob(["Sam Example\nEngineer\nSkills: React"], { type: "text/plain" }), "cv.txt");
    await check("POST", "/api/profile/upload-cv", "/api/profile/upload-cv", { headers: auth, body: form });
    await check("GET", "/api/profile/me", "/api/profile/me", { headers: auth });
    await check("PUT", "/api/profile/update", "/api/profile/update", {
      headers: auth,
      json: { headline: "Engineer", skills: { hard_skills: ["React"] } },
    });
    await check("PUT", "/api/profile/update", "/api/profile/update", { headers: auth, json: { links: "not a list" } });
    await check("GET", "/api/profile/strengths", "/api/profile/strengths", { headers: auth });

    const job = await (
      await check("POST", "/api/career/analyze-job", "/api/career/analyze-job", {
        headers: auth,
        json: { job_text: readFixtureText("jobs", "e2e_frontend-eng.txt") },
      })
    ).json();
    await check("POST", "/api/career/analyze-job", "/api/career/analyze-job", { headers: auth, json: { job_text: "short" } });
    const resume = await (
      await check("POST", "/api/career/tailor-resume", "/api/career/tailor-resume", { headers: auth, json: job })
    ).json();
    await check("POST", "/api/career/tailor-resume", "/api/career/tailor-resume", { headers: other.authHeaders, json: { job_data: job } });
    await check("POST", "/api/career/generate-letter", "/api/career/generate-letter", {
      headers: auth,
      json: { job_data: job, tone: "Friendly" },
    });
    await check("POST", "/api/career/generate-letter/stream", "/api/career/generate-letter/stream", {
      headers: auth,
      json: { job_data: job },
    });
    const messages = await (
      await check("POST", "/api/career/generate-messages", "/api/career/generate-messages", {
        headers: auth,
        json: { job_data: job, tailored_resume: resume },
      })
    ).json();
    const app = await (
      await check("POST", "/api/career/save-application", "/api/career/save-application", {
        headers: auth,
        json: { job_data: job, tailored_resume: resume, cover_letter: "Dear team", messages },
      })
    ).json();
    await check("POST", "/api/career/save-application", "/api/career/save-application", {
      headers: auth,
      json: { job_title: "Flat", company: "Co", job_description: "Build things", motivation_letter: "Hi" },
    });
    await check("GET", "/api/career/applications", "/api/career/applications?limit=1", { headers: auth });
    await check("GET", "/api/career/applications", "/api/career/applications?limit=0", { headers: auth });
    await check("GET", "/api/career/applications/{id}", `/api/career/applications/${app.id}`, { headers: auth });
    await check("GET", "/api/career/applications/{id}", `/api/career/applications/${app.id}`, { headers: other.authHeaders });
    await check("PATCH", "/api/career/applications/{id}", `/api/career/applications/${app.id}`, {
      headers: auth,
      json: { status: "applied" },
    });
    await check("GET", "/api/career/applications/{id}/export", `/api/career/applications/${app.id}/export?doc=letter&format=md`, {
      headers: auth,
    });
    await check("GET", "/api/career/applications/{id}/export", `/api/career/applications/${app.id}/export?doc=resume&format=docx`, {
      headers: auth,
    });

    const generateBody = { role: "Frontend Developer", level: "Junior", type: "Technical", techstack: "React, Next.js", amount: 2 };
    const generated = await (
      await check("POST", "/api/interview/generate", "/api/interview/generate", { headers: auth, json: generateBody })
    ).json();
    await check("POST", "/api/vapi/generate", "/api/vapi/generate", { json: generateBody });
    await check("POST", "/api/vapi/generate", "/api/vapi/generate", { headers: auth, json: generateBody });
    const interview = await (
      await check("POST", "/api/interview/save", "/api/interview/save", {
        headers: auth,
        json: { questions: generated.questions, answers: ["I built a React app and measured the load time."] },
      })
    ).json();
    await check("POST", "/api/interview/save", "/api/interview/save", { headers: auth, json: { questions: [] } });
    await check("GET", "/api/interview/history", "/api/interview/history?limit=1", { headers: auth });
    await check("GET", "/api/interview/history", "/api/interview/history?cursor=garbage", { headers: auth });
    await check("GET", "/api/interview/{id}", `/api/interview/${interview.id}`, { headers: auth });
    await check("GET", "/api/interview/{id}", `/api/interview/${ID}`, { headers: auth });
    await check("PATCH", "/api/interview/{id}", `/api/interview/${interview.id}`, {
      headers: auth,
      json: { answer: { index: 1, text: "Second answer with an example." } },
    });
    await check("POST", "/api/interview/{id}/evaluate", `/api/interview/${interview.id}/evaluate`, { headers: auth });
    await check("DELETE", "/api/interview/{id}", `/api/interview/${interview.id}`, { headers: auth });
    await check("DELETE", "/api/career/applications/{id}", `/api/career/applications/${app.id}`, { headers: auth });
  });

  it("exercised every operation in the document", () => {
    const all = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const missing = all.filter((op) => !exercised.has(op));
    expect(missing, `add a check("METHOD", "/api/…", url, { headers: auth, json }) for each to this file`).toEqual([]);
  });
});
