import { describe, expect, it } from "vitest";
import { runCvAgent } from "@/agents/cv";
import { AiError } from "@/agents/errors";
import { runJobAgent } from "@/agents/job";
import { runLetterAgent, streamLetterAgent } from "@/agents/letter";
import { computeMatch } from "@/agents/match";
import { runMessagingAgent } from "@/agents/messaging";
import { parseCvOffline } from "@/agents/offline/cv";
import { parseJobOffline } from "@/agents/offline/job";
import { countWords } from "@/agents/text/letter-limits";
import { LOGIN_WALL_MESSAGE } from "@/agents/text/job-source";
import { UNTRUSTED_DATA_RULE } from "@/agents/prompt";
import { runResumeAgent } from "@/agents/resume";
import { AppError } from "@/core/errors";
import { messagesSchema, tailoredResumeSchema } from "@/core/schemas/career";
import { jobDataSchema } from "@/core/schemas/job";
import { profileFieldsSchema } from "@/core/schemas/profile";
import { QUICK_RETRIES, setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { pdfFixtureText, readFixtureText } from "@/tests/helpers/fixtures";

// The agents' Gemini paths through the fake Gemini server (real @google/genai SDK over HTTP).

const fake = setupFakeGemini({
  timeoutMs: 3000,
  apiKey: "test-key-agents",
  model: "gemini-2.5-flash",
  gateway: QUICK_RETRIES,
  resetEach: true,
});

async function johnDoe() {
  const text = await pdfFixtureText("resumes", "john_doe.pdf");
  return { text, profile: parseCvOffline(text) };
}

describe("cv agent (gemini)", () => {
  it("sends the CV as delimited data with the JSON schema and normalises the reply", async () => {
    const { text } = await johnDoe();
    fake.enqueue({
      json: {
        name: "John Doe",
        email: "john.doe@email.com",
        phone: "(123) 456-7890",
        location: "Anywhere, USA",
        links: ["linkedin.com/in/johndoe"],
        headline: null,
        summary: "Highly skilled Full Stack Developer.",
        education: [{ degree: "Bachelor of Science", field: "Computer Science", institution: "State University", year: "2016" }],
        experience: [
          {
            title: "Full Stack Java Developer",
            company: "ABC Company, Inc.",
            location: "Anywhere, USA",
            start_date: "June 2018",
            end_date: "current",
            description: null,
            highlights: ["Created RESTful services"],
          },
          {
            title: "Software Developer",
            company: "XYZ Solutions",
            location: null,
            start_date: "July 2016",
            end_date: "June 2018",
            description: null,
            highlights: [],
          },
        ],
        projects: [],
        technical_skills: ["JS", "MySQL", "Java", "java", "Teamwork"],
        soft_skills: ["team player"],
        languages: [],
      },
    });
    const result = await runCvAgent({ cv_text: text });
    expect(result.engine).toBe("gemini");
    expect(result.model).toBe("fake-gemini");
    expect(profileFieldsSchema.safeParse(result.fields).success).toBe(true);
    expect(result.fields.experience[0]).toMatchObject({ company: "ABC Company, Inc.", end_date: "Present" });
    expect(result.fields.experience[1].duration).toBe("2 years");
    expect(result.fields.skills.technical).toEqual(["JavaScript", "MySQL", "Java"]);
    expect(result.fields.skills.soft).toEqual(["Teamwork"]);
    expect(result.fields.headline).toBe("");

    const req = fake.requests[0];
    expect(req.generationConfig.responseMimeType).toBe("application/json");
    expect(Object.keys(req.generationConfig.responseJsonSchema.properties)).toEqual(
      expect.arrayContaining(["name", "email", "experience", "technical_skills"]),
    );
    expect(req.system).toContain(UNTRUSTED_DATA_RULE);
    expect(req.prompt).toMatch(/<<<BEGIN UNTRUSTED CV [0-9a-f]+>>>/);
    expect(req.prompt).toContain("john.doe@email.com");
  });

  it("drops contact details, employers, schools and skills that are not in the CV", async () => {
    const { text } = await johnDoe();
    fake.enqueue({
      json: {
        name: "John Doe",
        email: "invented@example.com",
        phone: "+1 555 000 1111",
        location: null,
        links: [],
        headline: null,
        summary: null,
        education: [{ degree: "PhD", field: null, institution: "Oxford University", year: "2020" }],
        experience: [
          {
            title: "Software Developer",
            company: "XYZ Solutions",
            location: null,
            start_date: "July 2016",
            end_date: "June 2018",
            description: null,
            highlights: [],
          },
          { title: "CTO", company: "Initech", location: null, start_date: "2010", end_date: "2012", description: null, highlights: [] },
        ],
        projects: [],
        technical_skills: ["Java", "Kubernetes", "REST"],
        soft_skills: [],
        languages: ["French"],
      },
    });
    const { fields } = await runCvAgent({ cv_text: text });
    expect(fields.email).toBe("");
    expect(fields.phone).toBe("");
    expect(fields.experience.map((e) => e.company)).toEqual(["XYZ Solutions"]);
    expect(fields.education).toEqual([]);
    expect(fields.skills.technical).toEqual(["Java", "REST APIs"]);
    expect(fields.skills.languages).toEqual([]);
  });

  it("fails with an AiError (never an offline fallback) when the model is down", async () => {
    const { text } = await johnDoe();
    fake.enqueue({ status: 500 }, { status: 500 }, { status: 500 });
    await expect(runCvAgent({ cv_text: text })).rejects.toMatchObject({ code: "ai_unavailable" });
    await expect(runCvAgent({ cv_text: " " })).rejects.toBeInstanceOf(AppError);
  });
});

describe("job agent (gemini)", () => {
  it("keeps only hard skills the posting mentions and adds the dictionary's", async () => {
    const text = readFixtureText("jobs", "e2e_backend-eng.txt");
    fake.enqueue({
      json: {
        job_title: "Senior Backend Engineer",
        company: null,
        location: null,
        employment_type: "FULL_TIME",
        seniority: "Senior",
        salary: null,
        summary: "Build Python services.",
        responsibilities: ["Design and build high-throughput Python services"],
        requirements: ["4+ years of professional Python experience"],
        qualifications: [],
        nice_to_have: [],
        hard_skills: ["Python", "FastAPI", "Erlang", "postgres"],
        soft_skills: ["ownership"],
        culture: [],
      },
    });
    const job = await runJobAgent({ text, url: "https://jobs.example.com/1" });
    expect(jobDataSchema.safeParse(job).success).toBe(true);
    expect(job).toMatchObject({
      engine: "gemini",
      model: "fake-gemini",
      employment_type: "Full-time",
      url: "https://jobs.example.com/1",
      company: "",
    });
    expect(job.hard_skills).toEqual(expect.arrayContaining(["Python", "FastAPI", "PostgreSQL", "Apache Kafka", "Docker"]));
    expect(job.hard_skills).not.toContain("Erlang");
    expect(job.soft_skills).toEqual(["Ownership"]);
    expect(job.description).toBe(text.trim());
    expect(fake.requests[0].prompt).toMatch(/<<<BEGIN UNTRUSTED JOB_POSTING [0-9a-f]+>>>/);
  });

  it("sends a page's JSON-LD as delimited data, and refuses a login wall without calling the model", async () => {
    fake.enqueue({
      json: {
        job_title: "Software Engineer",
        company: "ABC Company Inc.",
        location: "Kirkland, WA",
        employment_type: "Full-time",
        seniority: "Mid",
        salary: "USD 100000",
        summary: "x",
        responsibilities: [],
        requirements: [],
        qualifications: [],
        nice_to_have: [],
        hard_skills: ["Java"],
        soft_skills: [],
        culture: [],
      },
    });
    const job = await runJobAgent({ html: readFixtureText("jobs", "eg-0028.jsonld.html") });
    expect(job.job_title).toBe("Software Engineer");
    expect(fake.requests[0].prompt).toMatch(/<<<BEGIN UNTRUSTED JOB_POSTING_DATA [0-9a-f]+>>>/);

    fake.reset();
    await expect(runJobAgent({ html: "<html><body><p>Please enable JavaScript to continue.</p></body></html>" })).rejects.toMatchObject({
      code: "unprocessable",
      message: LOGIN_WALL_MESSAGE,
    });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("resume agent (gemini)", () => {
  it("removes an invented employer, a made-up metric and a skill the profile lacks, and lists each in warnings", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    fake.enqueue({
      json: {
        headline: "Full Stack Java Developer | Java, Spring Boot, Hibernate",
        summary:
          "Full Stack Java Developer building enterprise applications with Java and Spring Boot. Increased revenue by 300% across three product lines.",
        experience: [
          {
            company: "ABC Company, Inc.",
            title: "Full Stack Java Developer",
            start_date: "June 2018",
            end_date: "Present",
            description: null,
            highlights: [
              "Developed scalable enterprise applications using Java and Spring Boot",
              "Increased revenue by 300% by re-architecting the billing platform",
              "Ran production Kubernetes clusters for all services",
            ],
          },
          {
            company: "Globex Corporation",
            title: "Lead Java Architect",
            start_date: "2010",
            end_date: "2016",
            description: null,
            highlights: ["Designed the Globex trading platform"],
          },
          {
            company: "XYZ Solutions",
            title: "Software Developer",
            start_date: "July 2016",
            end_date: "June 2018",
            description: null,
            highlights: ["Implemented business logic using Java"],
          },
        ],
        projects: [],
        skills: ["Java", "Spring Boot", "Hibernate", "Kubernetes", "MySQL"],
      },
    });
    const r = await runResumeAgent({ profile, job });
    expect(tailoredResumeSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ engine: "gemini", model: "fake-gemini" });
    const everything = JSON.stringify({ ...r, warnings: undefined });
    expect(everything).not.toContain("Globex");
    expect(everything).not.toContain("300");
    expect(everything).not.toContain("Kubernetes");
    expect(r.experience.map((e) => e.company)).toEqual(["ABC Company, Inc.", "XYZ Solutions"]);
    expect(r.experience[0].highlights).toEqual(["Developed scalable enterprise applications using Java and Spring Boot"]);
    expect(r.skills).toEqual(["Java", "Spring Boot", "Hibernate", "MySQL"]);
    expect(r.summary).toBe("Full Stack Java Developer building enterprise applications with Java and Spring Boot.");
    const warnings = r.warnings.join("\n");
    expect(warnings).toContain("Globex Corporation");
    expect(warnings).toContain("300");
    expect(warnings).toContain("Kubernetes");
    // The match is computed in code, whatever the model says.
    expect(r.match).toEqual(computeMatch(profile, job));
    // The profile and job went to the model as delimited data.
    expect(fake.requests[0].prompt).toMatch(/<<<BEGIN UNTRUSTED CANDIDATE_PROFILE [0-9a-f]+>>>/);
    expect(fake.requests[0].prompt).toMatch(/<<<BEGIN UNTRUSTED JOB [0-9a-f]+>>>/);
  });

  it("an unusable reply is an error, not a made-up resume", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: readFixtureText("jobs", "e2e_backend-eng.txt") });
    fake.enqueue({ text: "{not json" }, { json: { nope: true } });
    await expect(runResumeAgent({ profile, job })).rejects.toBeInstanceOf(AiError);
  });
});

describe("letter agent (gemini)", () => {
  const sentence = "At ABC Company, Inc. I built enterprise applications with Java and Spring Boot for our customers.";

  it("drops unsupported sentences and checks the length", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    const body = Array.from({ length: 20 }, () => sentence).join(" ");
    fake.enqueue({ json: { cover_letter: `Dear Hiring Manager,\n\n${body} I grew revenue by 250% at Initech.\n\nSincerely,\nJohn Doe` } });
    const { cover_letter, engine, model } = await runLetterAgent({ profile, job, tone: "professional" });
    expect(engine).toBe("gemini");
    expect(model).toBe("fake-gemini");
    expect(cover_letter).not.toContain("250%");
    expect(cover_letter).not.toContain("Initech");
    expect(countWords(cover_letter)).toBeGreaterThanOrEqual(250);
    expect(countWords(cover_letter)).toBeLessThanOrEqual(400);
  });

  it("trims a long letter to 400 words and rejects one that is too short twice", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    fake.enqueue({ json: { cover_letter: Array.from({ length: 60 }, () => sentence).join(" ") } });
    const long = await runLetterAgent({ profile, job, tone: "friendly" });
    expect(countWords(long.cover_letter)).toBeLessThanOrEqual(400);
    expect(countWords(long.cover_letter)).toBeGreaterThan(380);

    fake.enqueue({ json: { cover_letter: "Too short." } }, { json: { cover_letter: "Still short." } });
    await expect(runLetterAgent({ profile, job, tone: "friendly" })).rejects.toMatchObject({ code: "ai_invalid_output" });
  });

  it("streams grounded sentences from the model and stops at 400 words", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    const pieces = [
      "Dear Hiring ",
      "Manager,\n\n",
      ...Array.from({ length: 50 }, () => `${sentence} `),
      "I doubled sales by 200% last year. ",
      "Sincerely, John",
    ];
    fake.enqueue({ chunks: pieces.flatMap((p) => [p.slice(0, 10), p.slice(10)]).filter(Boolean) });
    const chunks: string[] = [];
    for await (const c of streamLetterAgent({ profile, job, tone: "professional" })) chunks.push(c);
    const letter = chunks.join("");
    expect(chunks.length).toBeGreaterThan(5);
    expect(letter.startsWith("Dear Hiring Manager,")).toBe(true);
    expect(countWords(letter)).toBeLessThanOrEqual(400);
    expect(letter).not.toContain("200%");
    expect(fake.requests[0].stream).toBe(true);
  });
});

describe("letter streaming minimum (gemini, issue 21)", () => {
  const supported = "At ABC Company, Inc. I built enterprise applications with Java and Spring Boot for our customers. ";
  const invented = "At Initech I grew revenue by 250% and led 40 engineers. ";
  const drained = ["Dear Hiring Manager,\n\n", ...Array.from({ length: 20 }, () => invented), "\n\nKind regards,\nJohn Doe"];

  it("sends nothing until the grounded letter has 250 words, then streams the rest", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    fake.enqueue({ chunks: ["Dear Hiring Manager,\n\n", ...Array.from({ length: 22 }, () => supported), "Kind regards,\nJohn Doe"] });
    const chunks: string[] = [];
    for await (const c of streamLetterAgent({ profile, job, tone: "professional" })) chunks.push(c);
    expect(countWords(chunks[0])).toBeGreaterThanOrEqual(250);
    expect(chunks.length).toBeGreaterThan(1);
    expect(countWords(chunks.join(""))).toBeGreaterThanOrEqual(250);
  });

  it("never streams a letter that grounding emptied: one retry, then a clear error before any text", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    fake.enqueue({ chunks: drained }, { chunks: drained });
    const chunks: string[] = [];
    const run = async () => {
      for await (const c of streamLetterAgent({ profile, job, tone: "professional" })) chunks.push(c);
    };
    await expect(run()).rejects.toMatchObject({ code: "ai_invalid_output", message: expect.stringMatching(/grounded cover letter/) });
    expect(chunks).toEqual([]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].prompt).toMatch(/too short once unsupported claims were removed/);
  });

  it("uses the retry when the first draft is grounded away", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    fake.enqueue({ chunks: drained }, { chunks: ["Dear Hiring Manager,\n\n", ...Array.from({ length: 22 }, () => supported)] });
    const chunks: string[] = [];
    for await (const c of streamLetterAgent({ profile, job, tone: "professional" })) chunks.push(c);
    const letter = chunks.join("");
    expect(countWords(letter)).toBeGreaterThanOrEqual(250);
    expect(letter).not.toMatch(/Initech|250%/);
  });
});

describe("messaging agent (gemini)", () => {
  it("enforces the e-mail and LinkedIn limits in code", async () => {
    const { profile } = await johnDoe();
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    const longEmail = `Hello,\n\n${Array.from({ length: 25 }, () => "I build Java and Spring Boot applications at ABC Company, Inc.").join(" ")}\n\nBest regards,\nJohn Doe`;
    const longNote = Array.from({ length: 8 }, () => "I work with Java and Angular every day.").join(" ");
    fake.enqueue({
      json: {
        email_subject: "Java Developer application – John Doe",
        recruiter_email: longEmail,
        linkedin_message: longNote,
        linkedin_followup: "Thanks for connecting! I led 40 engineers at Initech.",
      },
    });
    const m = await runMessagingAgent({ profile, job });
    expect(messagesSchema.safeParse(m).success).toBe(true);
    expect(m).toMatchObject({ engine: "gemini", model: "fake-gemini" });
    expect(countWords(m.recruiter_email)).toBeLessThanOrEqual(150);
    expect(m.recruiter_email.endsWith("Best regards,\nJohn Doe")).toBe(true);
    expect(m.linkedin_message.length).toBeLessThanOrEqual(300);
    expect(m.linkedin_message.endsWith(".")).toBe(true);
    expect(m.linkedin_followup).toBe("Thanks for connecting!");
  });
});
