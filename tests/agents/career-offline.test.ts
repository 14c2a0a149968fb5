import { describe, expect, it } from "vitest";
import { runLetterAgent, streamLetterAgent } from "@/agents/letter";
import { runMessagingAgent } from "@/agents/messaging";
import { runResumeAgent } from "@/agents/resume";
import { computeMatch } from "@/agents/match";
import { parseCvOffline } from "@/agents/offline/cv";
import { parseJobOffline } from "@/agents/offline/job";
import { countWords, trimToChars, trimToWords } from "@/agents/text/letter-limits";
import { asGerund } from "@/agents/offline/letter";
import { jobKeywords, relevance, towardPosting } from "@/agents/offline/resume";
import { unsupportedClaims } from "@/agents/grounding";
import { messagesSchema, tailoredResumeSchema } from "@/core/schemas/career";
import { pdfFixtureText, readFixtureText } from "@/tests/helpers/fixtures";

// Offline engine (tests/helpers/setup-env.ts sets AI_ENGINE=offline).

const RESUMES = ["john_doe.pdf", "barry_allen_fe.pdf", "alfred_pennyworth_pm.pdf", "bruce_wayne_fullstack.pdf", "harvey_dent_mle.pdf"];
const JOBS = [
  "job_desc_front_end_engineer.pdf",
  "job_desc_full_stack_engineer.pdf",
  "job_desc_java_developer.pdf",
  "job_desc_product_manager.pdf",
];

async function load(resume: string, job: string) {
  const profile = parseCvOffline(await pdfFixtureText("resumes", resume));
  const jobData = job.endsWith(".pdf")
    ? parseJobOffline({ text: await pdfFixtureText("jobs", job) })
    : parseJobOffline({ text: readFixtureText("jobs", job) });
  return { profile, job: jobData };
}

describe("resume agent (offline)", () => {
  it("orders by relevance, computes the match in code and invents nothing", async () => {
    const { profile, job } = await load("john_doe.pdf", "job_desc_java_developer.pdf");
    const r = await runResumeAgent({ profile, job });
    expect(tailoredResumeSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ engine: "offline", model: null, warnings: [] });
    expect(r.match.matched).toEqual(expect.arrayContaining(["Java", "Java EE", "Hibernate", "Spring MVC", "SQL"]));
    expect(r.match.missing).toEqual(expect.arrayContaining(["JSF", "Wicket", "GWT"]));
    expect(r.match.score).toBeGreaterThan(30);
    expect(r.match.score).toBeLessThan(100);
    // Every employer, title and date comes from the profile.
    for (const e of r.experience)
      expect(profile.experience).toContainEqual(
        expect.objectContaining({ company: e.company, title: e.title, start_date: e.start_date, end_date: e.end_date }),
      );
    // Skills are the profile's own; the job's missing skills are not added.
    for (const s of ["JSF", "Wicket", "GWT"]) expect(r.skills).not.toContain(s);
    // The first skills are the ones the job asks for.
    expect(r.match.matched).toContain(r.skills[0]);
    // Headline and summary state nothing the profile does not.
    const claims = unsupportedClaims(`${r.headline}. ${r.summary}`, { profile });
    expect(claims.filter((c) => c.kind === "skill" || c.kind === "employer")).toEqual([]);
    expect(r.summary).toContain("ABC Company, Inc");
  });

  it("puts the most relevant highlight first, in the posting's words, never behind a skill label (issue 13)", async () => {
    const { profile, job } = await load("john_doe.pdf", "job_desc_java_developer.pdf");
    const r = await runResumeAgent({ profile, job });
    const kw = jobKeywords(job);
    const first = r.experience[0].highlights[0];
    expect(first).not.toMatch(/^[A-Z][\w .,+#/-]*: /);
    const own = profile.experience.find((e) => e.company === r.experience[0].company)!;
    const best = Math.max(...own.highlights.map((h) => relevance(h, kw)));
    expect(relevance(first, kw)).toBeGreaterThanOrEqual(best);
    expect(towardPosting("Tuned postgres queries.", { hard_skill_terms: [{ term: "PostgreSQL", canonical: "PostgreSQL" }] })).toBe(
      "Tuned PostgreSQL queries",
    );
    // A posting's item that names several skills is not the candidate's word for one of them.
    const item = [
      { term: "Postgres/Snowflake", canonical: "PostgreSQL" },
      { term: "Postgres/Snowflake", canonical: "Snowflake" },
    ];
    expect(towardPosting("Tuned PostgreSQL queries.", { hard_skill_terms: item })).toBe("Tuned PostgreSQL queries");
  });

  it.each(RESUMES)("%s against every job gives a valid tailored resume", async (resume) => {
    for (const jobFile of JOBS) {
      const { profile, job } = await load(resume, jobFile);
      const r = await runResumeAgent({ profile, job });
      expect(tailoredResumeSchema.safeParse(r).success).toBe(true);
      expect(r.experience.length).toBeGreaterThan(0);
      expect(r.match.score).toBeGreaterThanOrEqual(0);
      expect(r.match.score).toBeLessThanOrEqual(100);
    }
  });
});

describe("letter agent (offline)", () => {
  // 250–400 words for a job the candidate fits; for one they hardly fit the letter is never padded with sentences
  // true of anyone (issue 13), so a thin profile's letter may be shorter (tests/integration/writing-quality.test.ts).
  it.each(RESUMES)("%s: at most 400 words in both tones (250 or more for a job that fits), grounded in the profile", async (resume) => {
    for (const jobFile of [JOBS[0], JOBS[3]]) {
      const { profile, job } = await load(resume, jobFile);
      const fits = computeMatch(profile, job).score >= 50;
      for (const tone of ["professional", "friendly"] as const) {
        const { cover_letter, engine, model } = await runLetterAgent({ profile, job, tone });
        expect(engine).toBe("offline");
        expect(model).toBeNull();
        const words = countWords(cover_letter);
        expect(words, `${resume} ${jobFile} ${tone}`).toBeGreaterThanOrEqual(fits ? 250 : 200);
        expect(words).toBeLessThanOrEqual(400);
        expect(cover_letter).toContain(profile.name);
        // A quoted line of the job posting is the job's words, not a claim about the candidate.
        const ownWords = cover_letter.replace(/"[^"]*"/g, "");
        const claims = unsupportedClaims(ownWords, { profile, allowedNames: [job.company, job.job_title] });
        expect(
          claims.filter((c) => c.kind === "skill" || c.kind === "employer"),
          cover_letter,
        ).toEqual([]);
      }
    }
  });

  it("the two tones differ", async () => {
    const { profile, job } = await load("barry_allen_fe.pdf", JOBS[0]);
    const a = (await runLetterAgent({ profile, job, tone: "professional" })).cover_letter;
    const b = (await runLetterAgent({ profile, job, tone: "friendly" })).cover_letter;
    expect(a).toMatch(/^Dear /);
    expect(b).toMatch(/^Hi /);
    expect(a).not.toBe(b);
  });

  it("streams the same letter in a few chunks", async () => {
    const { profile, job } = await load("john_doe.pdf", JOBS[1]);
    const chunks: string[] = [];
    for await (const c of streamLetterAgent({ profile, job, tone: "professional" })) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join("")).toBe((await runLetterAgent({ profile, job, tone: "professional" })).cover_letter);
  });

  it("turns highlights into phrases", () => {
    expect(asGerund("Developed scalable apps.")).toBe("developing scalable apps");
    expect(asGerund("Led a team of five")).toBe("leading a team of five");
    expect(asGerund("Used Angular")).toBe("using Angular");
    expect(asGerund("Planned releases")).toBe("planning releases");
    expect(asGerund("Successfully delivered projects")).toBe("successfully delivering projects");
    expect(asGerund("Designed and implemented APIs")).toBe("designing and implementing APIs");
  });
});

describe("messaging agent (offline)", () => {
  it.each(RESUMES)("%s: e-mail <= 150 words, LinkedIn note <= 300 characters", async (resume) => {
    for (const jobFile of JOBS) {
      const { profile, job } = await load(resume, jobFile);
      const m = await runMessagingAgent({ profile, job });
      expect(messagesSchema.safeParse(m).success).toBe(true);
      expect(countWords(m.recruiter_email)).toBeLessThanOrEqual(150);
      expect(m.linkedin_message.length).toBeLessThanOrEqual(300);
      expect(m.linkedin_message.length).toBeGreaterThan(40);
      expect(m.email_subject).toContain(job.job_title);
      expect(m.recruiter_email).toContain(profile.name);
      expect(m.linkedin_followup.length).toBeGreaterThan(40);
      expect(m).toMatchObject({ engine: "offline", model: null });
    }
  });

  it("trims at sentence or word boundaries, never mid-word", () => {
    const long = "I build reliable systems. ".repeat(20);
    const t = trimToChars(long, 300);
    expect(t.length).toBeLessThanOrEqual(300);
    expect(t.endsWith("systems.")).toBe(true);
    const words = trimToChars("supercalifragilistic ".repeat(30), 300);
    expect(words.length).toBeLessThanOrEqual(300);
    expect(words).toMatch(/supercalifragilistic…$/);
    const w = trimToWords("One two three. Four five six. Seven eight nine.", 7);
    expect(w).toBe("One two three. Four five six.");
  });
});
