import { beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/profile/me/route";
import { POST as upload } from "@/app/api/profile/upload-cv/route";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { fileRequest, getRequest, jsonRequest, resumePdf } from "@/tests/integration/profile-helpers";

// Upload with the gemini engine against the fake Gemini server (real SDK and gateway): the engine and model are
// recorded, the CV reaches the model as delimited data, and a failing model is an error with nothing saved.

const fake = setupFakeGemini({ timeoutMs: 1000, resetEach: true });
let t: TestUser;

const REPLY = {
  name: "John Doe",
  email: "john.doe@email.com",
  phone: "(123) 456-7890",
  location: "Anywhere, USA",
  links: ["linkedin.com/in/johndoe"],
  headline: "Full Stack Java Developer",
  summary: "Highly skilled Full Stack Developer.",
  education: [{ degree: "Bachelor of Science", field: "Computer Science", institution: "State University", year: "2016" }],
  experience: [
    {
      title: "Full Stack Java Developer",
      company: "ABC Company, Inc.",
      location: "Anywhere, USA",
      start_date: "June 2018",
      end_date: "Present",
      description: null,
      highlights: ["Developed scalable applications using Java and Spring Boot"],
    },
  ],
  projects: [],
  technical_skills: ["Java", "Angular"],
  soft_skills: [],
  languages: [],
};

beforeAll(async () => {
  t = await createTestUser();
});

describe("upload-cv with the gemini engine", () => {
  it("records engine and model, and sends the CV text to the model", async () => {
    fake.enqueue({ json: REPLY });
    const res = await upload(fileRequest(t.authHeaders, resumePdf("john_doe.pdf"), "john_doe.pdf", "application/pdf"));
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      engine: "gemini",
      model: expect.any(String),
      name: "John Doe",
      experience: [{ company: "ABC Company, Inc." }],
    });
    expect(body.model).not.toBe("");
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].prompt).toContain("john.doe@email.com");
  });

  it("answers the AI error and saves nothing when the model keeps failing", async () => {
    const before = await (await me(getRequest("me", t.authHeaders))).json();
    fake.enqueue({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    const res = await upload(
      jsonRequest("upload-cv", "POST", t.authHeaders, { cv_text: "Jane Roe\njane@example.com\nEngineer at Acme since 2020" }),
    );
    expect([502, 503]).toContain(res.status);
    expect(await res.json()).toMatchObject({ detail: expect.any(String), code: expect.stringMatching(/^ai_/) });
    expect(await (await me(getRequest("me", t.authHeaders))).json()).toEqual(before);
  });

  it("answers 504 when the model is too slow, and saves nothing", async () => {
    const before = await (await me(getRequest("me", t.authHeaders))).json();
    fake.enqueue({ json: REPLY, delayMs: 3000 }, { json: REPLY, delayMs: 3000 }, { json: REPLY, delayMs: 3000 });
    const res = await upload(
      jsonRequest("upload-cv", "POST", t.authHeaders, { cv_text: "Jane Roe\njane@example.com\nEngineer at Acme since 2020" }),
    );
    expect(res.status).toBe(504);
    expect(await (await me(getRequest("me", t.authHeaders))).json()).toEqual(before);
  });
});
