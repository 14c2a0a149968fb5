import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as analyzeRoute } from "@/app/api/career/analyze-job/route";
import { POST as letterRoute } from "@/app/api/career/generate-letter/route";
import { POST as letterStreamRoute } from "@/app/api/career/generate-letter/stream/route";
import { POST as messagesRoute } from "@/app/api/career/generate-messages/route";
import { POST as tailorRoute } from "@/app/api/career/tailor-resume/route";
import { analyzeJob } from "@/lib/career/analyze";
import { upsertProfile } from "@/lib/db/profiles";
import type { Dialer, Resolver } from "@/lib/net/safe-fetch";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { jobData, PROFILE } from "./career-fixtures";

// The AI-backed career routes with the offline engine: analyse (text and URL), tailor, letter (plain and
// streamed), messages; the profile they need; input validation; refused URLs.

const BASE = "http://localhost/api/career";
const JOB_TEXT = `Senior Backend Engineer at Acme Platform (Remote)

We are looking for a Senior Backend Engineer to build Python services with FastAPI and PostgreSQL.

Requirements:
- 4+ years of professional Python experience
- Experience with Docker and Kubernetes
- Strong SQL and Redis skills

Responsibilities:
- Design and run backend services
- Take part in on-call

Nice to have: Kafka, AWS.`;

let withProfile: TestUser;
let noProfile: TestUser;

beforeAll(async () => {
  [withProfile, noProfile] = await Promise.all([createTestUser(), createTestUser()]);
  await upsertProfile({ userId: withProfile.user.id, set: { ...PROFILE, cv_text: "", engine: "manual" } });
});

const postTo = (route: (req: Request) => Promise<Response>, path: string, body: unknown, user: TestUser | null) =>
  route(
    new Request(`${BASE}/${path}`, {
      method: "POST",
      headers: { ...(user?.authHeaders ?? {}), "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("analyze-job", () => {
  it("analyses pasted text", async () => {
    const res = await postTo(analyzeRoute, "analyze-job", { job_text: JOB_TEXT }, withProfile);
    expect(res.status).toBe(200);
    const job = await res.json();
    expect(job.job_title).toMatch(/backend engineer/i);
    expect(job.hard_skills.join(" ")).toMatch(/python/i);
    expect(job.engine).toBe("offline");
  });

  it.each([
    ["neither", {}],
    ["both", { job_text: JOB_TEXT, job_url: "https://example.com/job" }],
    ["blank text", { job_text: "   " }],
    ["text too short to be a posting", { job_text: "backend job" }],
  ])("refuses %s with 422", async (_name, body) => {
    const res = await postTo(analyzeRoute, "analyze-job", body, withProfile);
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe("validation_failed");
  });

  it("refuses a pasted CV with a 422 that says what it looks like (nothing is analysed)", async () => {
    const cv = readFileSync(path.join(process.cwd(), "tests", "job-corpus", "not-cv.txt"), "utf8");
    const res = await postTo(analyzeRoute, "analyze-job", { job_text: cv }, withProfile);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe("unprocessable");
    expect(body.detail).toMatch(/looks like a CV, not a job posting/);
  });

  it.each([
    "http://127.0.0.1/job",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:7f00:1]/",
    "http://2130706433/",
    "http://localhost/job",
    "http://example.com:8080/job",
    "file:///etc/passwd",
  ])("refuses the URL %s with a plain 422", async (job_url) => {
    const res = await postTo(analyzeRoute, "analyze-job", { job_url }, withProfile);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe("unprocessable");
    expect(body.detail).toMatch(/paste the job text/i);
  });

  it("needs a signed-in user", async () => {
    expect((await postTo(analyzeRoute, "analyze-job", { job_text: JOB_TEXT }, null)).status).toBe(401);
  });
});

describe("analyzeJob with a URL (fetched safely from a loopback stand-in for a public site)", () => {
  let server: http.Server;
  let resolver: Resolver;
  let dial: Dialer;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/job") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          `<html><head><title>Senior Backend Engineer - Acme Platform</title></head><body><main><h1>Senior Backend Engineer</h1><pre>${JOB_TEXT}</pre></main></body></html>`,
        );
      } else if (req.url === "/login") {
        res.writeHead(401, { "content-type": "text/html" });
        res.end("Sign in to continue");
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    resolver = async (host) => (host === "jobs.example-public.test" ? [{ address: "93.184.215.14", family: 4 }] : []);
    dial = ({ address }) => {
      if (address !== "93.184.215.14") throw new Error(`refusing ${address}`);
      return { address: "127.0.0.1", port };
    };
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("fetches the page and analyses it, keeping the URL", async () => {
    const job = await analyzeJob({ userId: withProfile.user.id, job_url: "http://jobs.example-public.test/job" }, { resolver, dial });
    expect(job.job_title).toMatch(/backend engineer/i);
    expect(job.url).toBe("http://jobs.example-public.test/job");
  });

  it("turns a login wall into a 422 asking for the text", async () => {
    await expect(
      analyzeJob({ userId: withProfile.user.id, job_url: "http://jobs.example-public.test/login" }, { resolver, dial }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/paste the job text/i),
    });
  });
});

describe("documents from the profile", () => {
  const job = jobData();

  it("tailors the resume with a match score and keywords", async () => {
    const res = await postTo(tailorRoute, "tailor-resume", { job_data: job }, withProfile);
    expect(res.status).toBe(200);
    const resume = await res.json();
    expect(resume.match.score).toBeGreaterThan(0);
    expect(resume.match.matched.join(" ")).toMatch(/python/i);
    expect(resume.match.missing.join(" ")).toMatch(/fastapi/i);
    expect(resume.experience[0].company).toBe("Globex");
    expect(Array.isArray(resume.warnings)).toBe(true);
  });

  it.each(["professional", "friendly"] as const)("writes a %s cover letter", async (tone) => {
    const res = await postTo(letterRoute, "generate-letter", { job_data: job, tone }, withProfile);
    expect(res.status).toBe(200);
    const { cover_letter } = await res.json();
    expect(cover_letter.length).toBeGreaterThan(200);
    expect(cover_letter).toContain("Acme Platform");
  });

  it("streams the cover letter as text/plain", async () => {
    const res = await postTo(letterStreamRoute, "generate-letter/stream", { job_data: job, tone: "friendly" }, withProfile);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(200);
    expect(text).toContain("Acme Platform");
  });

  it("writes messages with a LinkedIn note of at most 300 characters", async () => {
    const res = await postTo(messagesRoute, "generate-messages", { job_data: job }, withProfile);
    expect(res.status).toBe(200);
    const m = await res.json();
    expect(m.email_subject).not.toBe("");
    expect(m.recruiter_email).not.toBe("");
    expect(m.linkedin_followup).not.toBe("");
    expect(m.linkedin_message.length).toBeGreaterThan(0);
    expect(m.linkedin_message.length).toBeLessThanOrEqual(300);
  });

  it.each([
    ["tailor-resume", tailorRoute, { job_data: jobData() }],
    ["generate-letter", letterRoute, { job_data: jobData(), tone: "professional" }],
    ["generate-letter/stream", letterStreamRoute, { job_data: jobData(), tone: "professional" }],
    ["generate-messages", messagesRoute, { job_data: jobData() }],
  ] as const)("%s without a profile is a 404 asking to create one", async (path, route, body) => {
    const res = await postTo(route, path, body, noProfile);
    expect(res.status).toBe(404);
    const err = await res.json();
    expect(err.code).toBe("not_found");
    expect(err.detail).toMatch(/create your profile first/i);
  });

  // Missing job_data fields get defaults since issue 15 (the original client's job analysis has fewer fields);
  // a job_data with neither title nor description, or with wrong types, is still refused.
  it("refuses a bad tone or a job_data with nothing to go on or wrong types (422)", async () => {
    expect((await postTo(letterRoute, "generate-letter", { job_data: jobData(), tone: "sarcastic" }, withProfile)).status).toBe(422);
    expect((await postTo(tailorRoute, "tailor-resume", { job_data: { company: "x" } }, withProfile)).status).toBe(422);
    expect((await postTo(tailorRoute, "tailor-resume", { job_data: { job_title: 42 } }, withProfile)).status).toBe(422);
  });
});
