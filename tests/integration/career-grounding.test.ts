import { beforeAll, describe, expect, it } from "vitest";
import { POST as tailorRoute } from "@/app/api/career/tailor-resume/route";
import { POST as messagesRoute } from "@/app/api/career/generate-messages/route";
import { POST as letterStreamRoute } from "@/app/api/career/generate-letter/stream/route";
import { upsertProfile } from "@/lib/db/profiles";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { jobData, PROFILE } from "./career-fixtures";

// Grounding through the tailor-resume ROUTE with the Gemini engine pointed at the fake Gemini server: a reply
// with an invented employer, a made-up metric and a skill the profile lacks must lose all three, and each must
// be listed in `warnings`. Also: model failures reach the client as 5xx/429, never as made-up documents.

const fake = setupFakeGemini({ timeoutMs: 2000, resetEach: true });
let user: TestUser;
const job = jobData({ hard_skills: ["Python", "Kubernetes", "PostgreSQL"] });

beforeAll(async () => {
  user = await createTestUser();
  await upsertProfile({ userId: user.user.id, set: { ...PROFILE, cv_text: "", engine: "manual" } });
});

const post = (route: (req: Request) => Promise<Response>, path: string, body: unknown) =>
  route(
    new Request(`http://localhost/api/career/${path}`, {
      method: "POST",
      headers: { ...user.authHeaders, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("tailor-resume grounding (Gemini engine, fake server)", () => {
  it("removes an invented employer, a made-up metric and a missing skill, and lists each in warnings", async () => {
    fake.enqueue({
      json: {
        headline: "Backend engineer",
        summary: "Backend engineer building Python web services.",
        experience: [
          {
            company: "Globex",
            title: "Software Engineer",
            start_date: "2018",
            end_date: "2024",
            description: "Backend services for payments.",
            highlights: [
              "Built REST APIs in Python and Django",
              "Increased revenue by 300% with a new pricing service",
              "Tuned PostgreSQL queries for reporting",
            ],
          },
          {
            company: "Initech Global Solutions",
            title: "Principal Architect",
            start_date: "2015",
            end_date: "2018",
            description: "Led the platform team.",
            highlights: ["Led a team of 12 engineers"],
          },
        ],
        projects: [{ name: "Queue worker", description: "A background job runner.", technologies: ["Python", "Redis"] }],
        skills: ["Python", "PostgreSQL", "Kubernetes", "Docker"],
      },
    });
    const res = await post(tailorRoute, "tailor-resume", { job_data: job });
    expect(res.status).toBe(200);
    const resume = await res.json();
    expect(fake.requests).toHaveLength(1);
    expect(resume.engine).toBe("gemini");

    const { warnings, match, ...claims } = resume;
    const text = JSON.stringify(claims);
    expect(text).not.toMatch(/Initech/i);
    expect(text).not.toMatch(/300\s*%/);
    expect(text).not.toMatch(/increased revenue/i);
    expect(resume.skills).not.toContain("Kubernetes");
    expect(text).not.toMatch(/kubernetes/i);

    const w = (warnings as string[]).join("\n");
    expect(w).toMatch(/Initech/i);
    expect(w).toMatch(/300/);
    expect(w).toMatch(/Kubernetes/i);

    // What the profile does state survives, and the match comes from code: Kubernetes is missing.
    expect(resume.experience.map((e: { company: string }) => e.company)).toEqual(["Globex"]);
    expect(text).toContain("Tuned PostgreSQL queries for reporting");
    expect(resume.skills).toEqual(expect.arrayContaining(["Python", "PostgreSQL", "Docker"]));
    expect(match.missing).toContain("Kubernetes");
  });

  it.each([
    ["a 503", 503, [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]],
    ["invalid output twice", 502, [{ text: "{not json" }, { text: "{still not json" }]],
    ["a blocked reply", 502, [{ blocked: "SAFETY" as const }]],
  ] as const)("maps %s from the model to a %i with nothing made up", async (_name, status, replies) => {
    fake.enqueue(...(replies as unknown as Parameters<typeof fake.enqueue>));
    const res = await post(tailorRoute, "tailor-resume", { job_data: job });
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.code).toMatch(/^ai_/);
    expect(body).not.toHaveProperty("match");
  });

  it("maps a model timeout to 504", async () => {
    fake.enqueue({ hang: true }, { hang: true }, { hang: true });
    const res = await post(messagesRoute, "generate-messages", { job_data: job });
    expect(res.status).toBe(504);
    expect((await res.json()).code).toBe("ai_timeout");
  });
});

describe("AI 429s (Gemini engine)", () => {
  it("carry Retry-After: the model's RetryInfo when it sent one, a default when it did not", async () => {
    fake.enqueue({ status: 429 }, { status: 429 }, { status: 429 });
    const bare = await post(tailorRoute, "tailor-resume", { job_data: job });
    expect(bare.status).toBe(429);
    expect((await bare.json()).code).toBe("ai_rate_limited");
    expect(Number(bare.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);

    fake.enqueue(
      { status: 429, retryDelaySeconds: 0.01 },
      { status: 429, retryDelaySeconds: 0.01 },
      { status: 429, retryDelaySeconds: 42 },
    );
    const hinted = await post(messagesRoute, "generate-messages", { job_data: job });
    expect(hinted.status).toBe(429);
    expect(hinted.headers.get("Retry-After")).toBe("42");
  });
});

describe("cover letter streaming (Gemini engine)", () => {
  // A paragraph that states only what the profile does (Globex, Python, Django, PostgreSQL, Docker): ~60 words.
  const grounded =
    "At Globex I built REST APIs in Python and Django for the payments team. I tuned PostgreSQL queries for reporting, " +
    "and I containerised our services with Docker so that every release behaved the same way. I care about clear code " +
    "and careful reviews, and I like working closely with the people who use what I build every day.\n\n";

  it("streams the model's chunks as text/plain once the grounded letter is long enough", async () => {
    const letter = `Dear Acme Platform team,\n\n${grounded.repeat(5)}Best regards,\nJane Backend`;
    const words = letter.split(/(?<= )/);
    const chunks = Array.from({ length: Math.ceil(words.length / 20) }, (_, i) => words.slice(i * 20, i * 20 + 20).join(""));
    fake.enqueue({ chunks, chunkDelayMs: 5 });
    const res = await post(letterStreamRoute, "generate-letter/stream", { job_data: job, tone: "friendly" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const reader = res.body!.getReader();
    const parts: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(new TextDecoder().decode(value));
    }
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0].split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(250); // nothing before the minimum
    expect(parts.join("")).toContain("Dear Acme Platform team");
    expect(parts.join("")).toContain("Jane Backend");
  });

  it("never streams a letter that grounding emptied: a JSON 502 saying so, not 'Dear …, Kind regards' (issue 21)", async () => {
    const invented = "At Initech I grew revenue by 300% and led a team of 40 engineers across Kubernetes migrations. ";
    const drained = `Dear Hiring Manager,\n\n${invented.repeat(15)}\n\nKind regards,\nJane Backend`;
    fake.enqueue({ chunks: [drained.slice(0, 200), drained.slice(200)] }, { chunks: [drained] });
    const res = await post(letterStreamRoute, "generate-letter/stream", { job_data: job, tone: "professional" });
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toMatch(/json/);
    const body = await res.json();
    expect(body).toEqual({ detail: expect.stringMatching(/Could not write a grounded cover letter/), code: "ai_invalid_output" });
  });

  it("answers a model failure before any text as a JSON error with its status", async () => {
    fake.enqueue({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const res = await post(letterStreamRoute, "generate-letter/stream", { job_data: job, tone: "professional" });
    expect(res.status).toBe(503);
    expect((await res.json()).code).toBe("ai_unavailable");
  });
});
