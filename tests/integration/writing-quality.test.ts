import { describe, expect, it } from "vitest";
import { runLetterAgent, streamLetterAgent } from "@/agents/letter";
import { groundProse } from "@/agents/grounding";
import { computeMatch } from "@/agents/match";
import { runMessagingAgent } from "@/agents/messaging";
import { parseCvOffline } from "@/agents/offline/cv";
import { parseJobOffline } from "@/agents/offline/job";
import { buildLetterOffline, type Tone } from "@/agents/offline/letter";
import { buildMessagesOffline } from "@/agents/offline/messaging";
import { tailorOffline } from "@/agents/offline/resume";
import { countWords } from "@/agents/text/letter-limits";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { CANDIDATES, POSTINGS } from "@/tests/helpers/career-corpus";
import { pdfFixtureText } from "@/tests/helpers/fixtures";
import { contractions, letterBody, sentencesOf, sharedSentences, writingProblems } from "@/tests/helpers/writing-quality";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";

// The writing-quality test (issue 13): documents read as a recruiter would, over several postings × profiles, for
// both engines. Profiles: the four of the career corpus and three CVs parsed from the PDF fixtures; postings: the
// four corpus postings (with a benefits paragraph a letter must not answer) and two PDF postings. Checked by
// tests/helpers/writing-quality.ts: the company named, no links / e-mail addresses / phone numbers / placeholders /
// raw CV lines / markdown, no sentence over 40 words, list grammar, no sentence said twice, the posting not quoted.

const TONES: Tone[] = ["professional", "friendly"];
const normal = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

async function corpus() {
  const profiles: Record<string, ProfileFields> = { ...CANDIDATES };
  for (const file of ["john_doe.pdf", "barry_allen_fe.pdf", "harvey_dent_mle.pdf"])
    profiles[file] = parseCvOffline(await pdfFixtureText("resumes", file));
  const jobs: Record<string, { job: JobData; text: string; company?: string }> = {};
  for (const [key, p] of Object.entries(POSTINGS)) jobs[key] = { job: parseJobOffline({ text: p.text }), text: p.text, company: p.company };
  for (const file of ["job_desc_full_stack_engineer.pdf", "job_desc_java_developer.pdf"]) {
    const text = await pdfFixtureText("jobs", file);
    const job = parseJobOffline({ text });
    jobs[file] = { job, text, company: job.company || undefined };
  }
  return { profiles, jobs };
}

describe("offline engine: letters, messages and tailored resumes a recruiter would read", async () => {
  const { profiles, jobs } = await corpus();
  const letters = new Map<string, string>(); // candidate|job|tone → letter
  for (const [ck, profile] of Object.entries(profiles))
    for (const [jk, { job }] of Object.entries(jobs))
      for (const tone of TONES) letters.set(`${ck}|${jk}|${tone}`, buildLetterOffline({ profile, job, tone }));

  it(`every letter (${Object.keys(profiles).length} profiles × ${Object.keys(jobs).length} postings × 2 tones) passes every check`, () => {
    const problems: string[] = [];
    for (const [key, letter] of letters) {
      const [ck, jk] = key.split("|");
      const { job, text, company } = jobs[jk];
      for (const p of writingProblems(letter, { company, maxWords: 400, posting: text })) problems.push(`${key}: ${p.rule}: ${p.text}`);
      // 250–400 words for every job, also one the candidate hardly fits: with what IS in the profile (see the filler
      // test below and the grounding check after it), never with sentences that would be true of anyone.
      const words = countWords(letter);
      if (words < 250) problems.push(`${key}: ${words} words (match ${computeMatch(profiles[ck], job).score})`);
      expect(letter).toContain(profiles[ck].name);
    }
    expect(problems).toEqual([]);
  });

  // Filler: a sentence that would be true of anyone applying. Found as a sentence that two candidates' letters for
  // the same job share word for word while it names none of the candidate's own facts (an employer, a title, a
  // school, a degree, a project, a skill, a language).
  function ownFacts(p: ProfileFields): RegExp {
    const names = [
      ...p.experience.flatMap((e) => [e.company, e.title]),
      ...p.education.flatMap((e) => [e.institution, e.degree]),
      ...p.projects.map((x) => x.name),
      ...p.skills.technical,
      ...p.skills.languages,
    ].filter((x) => x && x.length > 1);
    return new RegExp(`(?<![\\w.])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\w])`, "i");
  }

  it("no filler: outside the opening line and the thanks, no sentence without a fact of the candidate's recurs across candidates", () => {
    const seen = new Map<string, string>(); // job|tone|sentence → candidate
    const filler: string[] = [];
    for (const [key, letter] of letters) {
      const [ck, jk, tone] = key.split("|");
      const facts = ownFacts(profiles[ck]);
      const paragraphs = letterBody(letter).split(/\n{2,}/);
      // The opening "I am writing to apply for the X role at Y." and the closing paragraph are a letter's frame.
      const sentences = sentencesOf(paragraphs.slice(0, -1).join("\n\n")).slice(1);
      for (const s of sentences) {
        const k = `${jk}|${tone}|${normal(s)}`;
        const other = seen.get(k);
        if (other && other !== ck && !facts.test(s)) filler.push(`${jk} ${tone}: "${s}" (${other} and ${ck})`);
        seen.set(k, ck);
      }
    }
    expect(filler).toEqual([]);
  });

  it("nothing invented: every sentence of every letter passes the grounding check against the candidate's profile", () => {
    const removed: string[] = [];
    for (const [key, letter] of letters) {
      const [ck, jk] = key.split("|");
      const { job } = jobs[jk];
      const ctx = { profile: profiles[ck], allowedNames: [job.company, job.job_title].filter(Boolean), jobText: job.description };
      groundProse(letterBody(letter), ctx, "cover letter", removed);
    }
    expect(removed).toEqual([]);
  });

  // Issue 13 asks that no more than 30 % of sentences be shared between letters for different jobs. The mean over
  // every pair is held to that; the worst pair is held to 50 % (main had 57 %): two postings at the same employer
  // that the candidate fits alike (the two Tech Solutions PDFs) still share their roles, project and degree.
  it("letters for different jobs share at most 30 % of their sentences on average and 50 % in the worst pair; the tones read differently", () => {
    const shares: { share: number; pair: string }[] = [];
    for (const ck of Object.keys(profiles))
      for (const tone of TONES)
        for (const a of Object.keys(jobs))
          for (const b of Object.keys(jobs))
            if (a !== b)
              shares.push({
                share: sharedSentences(letters.get(`${ck}|${a}|${tone}`)!, letters.get(`${ck}|${b}|${tone}`)!),
                pair: `${ck} ${tone}: ${a} ~ ${b}`,
              });
    const mean = shares.reduce((x, y) => x + y.share, 0) / shares.length;
    expect(mean).toBeLessThanOrEqual(0.3);
    expect(shares.filter((s) => s.share > 0.5).map((s) => `${s.pair} ${s.share.toFixed(2)}`)).toEqual([]);
    for (const ck of Object.keys(profiles))
      for (const jk of Object.keys(jobs)) {
        const [pro, friendly] = TONES.map((t) => letters.get(`${ck}|${jk}|${t}`)!);
        expect(sharedSentences(pro, friendly)).toBeLessThanOrEqual(0.1);
        expect(contractions(pro)).toBe(0);
        expect(contractions(friendly)).toBeGreaterThan(0);
      }
  });

  it("messages: no contact details, links or CV lines; tailored summaries say nothing twice; bullets have no skill label", () => {
    const problems: string[] = [];
    for (const [ck, profile] of Object.entries(profiles))
      for (const [jk, { job, text }] of Object.entries(jobs)) {
        const m = buildMessagesOffline({ profile, job });
        for (const [field, t] of Object.entries({ email: m.recruiter_email, note: m.linkedin_message, followup: m.linkedin_followup }))
          for (const p of writingProblems(t, { posting: text })) problems.push(`${ck}|${jk} ${field}: ${p.rule}: ${p.text}`);
        if (profile.email) expect(m.recruiter_email).not.toContain(profile.email);
        const r = tailorOffline(profile, job);
        const said = sentencesOf(r.summary).map(normal);
        if (new Set(said).size !== said.length) problems.push(`${ck}|${jk} summary repeats: ${r.summary}`);
        for (const e of r.experience)
          for (const h of e.highlights) if (/^[A-Z][\w .+#/-]{0,40}: [a-z]/.test(h)) problems.push(`${ck}|${jk} bullet with a label: ${h}`);
      }
    expect(problems).toEqual([]);
  });
});

// The Gemini engine through the fake server: what models typically send back (a letterhead with the candidate's
// address and contacts, a "[Company Name]" placeholder, markdown, a sentence run on past 40 words, a link, a contact
// block under the name), with only the profile's facts, so grounding keeps the content and the cleaning is tested.
describe("Gemini engine (fake server): the model's letters and messages as a recruiter gets them", () => {
  const fake = setupFakeGemini({ timeoutMs: 4000, resetEach: true });
  const pairs: [string, string][] = [
    ["backend", "backend"],
    ["frontend", "frontend"],
    ["ml", "ml"],
    ["product", "product"],
  ];

  function modelLetter(p: ProfileFields, role: string): string {
    const [now, before] = p.experience;
    const facts = p.experience.flatMap((e) => e.highlights.map((h) => `At ${e.company}, I ${h.charAt(0).toLowerCase()}${h.slice(1)}.`));
    const edu = p.education[0];
    return [
      p.name,
      `${p.location} | ${p.email}${p.phone ? ` | ${p.phone}` : ""}`,
      "8 December 2026",
      "",
      "Hiring Manager",
      "[Company Name]",
      "",
      `**Re: ${role}**`,
      "",
      "Dear Hiring Manager,",
      "",
      `I am writing to apply for the ${role} position at [Company Name]. I am currently ${now.title} at ${now.company}, and before that I was ${before.title} at ${before.company}, where I learned how much careful work and honest communication with the people who depend on a product matter when it has to keep working for customers every day.`,
      "",
      facts.join(" "),
      "",
      `I studied ${edu.field} at ${edu.institution}. My portfolio is at https://portfolio.example/${p.name.split(" ")[0].toLowerCase()}.`,
      "",
      `What draws me to this role is the chance to keep doing the work I do best with a team that cares about it. I enjoy turning unclear problems into small, well-tested steps, and I explain trade-offs plainly to the people who rely on them. I would welcome a conversation about how my experience could help your team, and I am happy to share more details about any of the work above.`,
      "",
      "I like working closely with colleagues in other disciplines, and I read every review of my work as a chance to make the next piece better. When priorities change, I say early what it means for the plan, so nobody is surprised at the end. I look forward to hearing from you.",
      "",
      "Kind regards,",
      p.name,
      p.email,
      p.phone,
    ].join("\n");
  }

  it("the letter (whole and streamed) and the messages pass every check", async () => {
    const problems: string[] = [];
    for (const [ck, jk] of pairs) {
      const profile = CANDIDATES[ck];
      const { company, title, text } = POSTINGS[jk];
      const job = parseJobOffline({ text });
      const raw = modelLetter(profile, title);
      fake.enqueue({ json: { cover_letter: raw } });
      if (process.env.DEBUG_WQ) {
        const { finishLetter } = await import("@/agents/letter");
        const { cleanLetter } = await import("@/agents/text/letter-clean");
        const w: string[] = [];
        console.log(
          countWords(raw),
          countWords(cleanLetter(raw, { company })),
          "\n",
          cleanLetter(raw, { company }),
          "\n---",
          finishLetter(raw, { profile, job, tone: "professional" }, w),
          w,
        );
      }
      const whole = await runLetterAgent({ profile, job, tone: "professional" });
      fake.enqueue({ chunks: raw.match(/[\s\S]{1,23}/g)!, chunkDelayMs: 0 });
      let streamed = "";
      for await (const piece of streamLetterAgent({ profile, job, tone: "professional" })) streamed += piece;
      for (const [how, letter] of [
        ["whole", whole.cover_letter],
        ["streamed", streamed],
      ] as const) {
        for (const p of writingProblems(letter, { company, minWords: 250, maxWords: 400, posting: text }))
          problems.push(`${ck} ${how}: ${p.rule}: ${p.text}`);
        expect(letter.startsWith("Dear Hiring Manager,")).toBe(true);
        expect(letter).toContain(`${title} position at ${company}.`);
        // The profile's facts are all kept.
        for (const h of profile.experience[0].highlights.slice(0, 3)) expect(letter).toContain(h.slice(1, 30));
      }
      fake.enqueue({
        json: {
          email_subject: `**Application: ${title}**`,
          recruiter_email: `Hi [Recruiter Name],\n\nI am applying for the ${title} role at [Company Name]. I am currently ${profile.experience[0].title} at ${profile.experience[0].company}. My CV is at https://cv.example/${ck}.\n\nBest regards,\n${profile.name}\n${profile.email}\n${profile.phone}`,
          linkedin_message: `Hi! I am ${profile.experience[0].title} at ${profile.experience[0].company} and I applied for the ${title} role. Reach me at ${profile.email}.`,
          linkedin_followup: `Thanks for connecting! I would value a short chat about the ${title} role at [Company Name].`,
        },
      });
      const m = await runMessagingAgent({ profile, job });
      expect(m.email_subject).toContain(title);
      expect(m.email_subject).not.toMatch(/\*|\[|https?:/);
      for (const [field, t] of Object.entries({ email: m.recruiter_email, note: m.linkedin_message, followup: m.linkedin_followup }))
        for (const p of writingProblems(t, { posting: text })) problems.push(`${ck} ${field}: ${p.rule}: ${p.text}`);
      expect(m.recruiter_email).toContain(`role at ${company}`);
      expect(m.recruiter_email).toMatch(/^Hello,/);
    }
    expect(problems).toEqual([]);
  });
});
