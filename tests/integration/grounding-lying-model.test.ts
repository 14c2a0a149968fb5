import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as tailorRoute } from "@/app/api/career/tailor-resume/route";
import { POST as letterRoute } from "@/app/api/career/generate-letter/route";
import { POST as messagesRoute } from "@/app/api/career/generate-messages/route";
import { upsertProfile } from "@/lib/db/profiles";
import { parseJobOffline } from "@/agents/offline/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { CANDIDATES, cvTextOf, POSTINGS } from "@/tests/helpers/career-corpus";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { LIES, type Lie } from "./grounding-lies";

// The lying-model suite (issue 13): a model that invents on purpose, through the Gemini path against the fake
// server, for four candidates. Each invented claim is planted in the resume, the letter or the messages beside
// true text; none may reach the output, and each must be named in that reply's `warnings`.

const fake = setupFakeGemini({ timeoutMs: 4000, resetEach: true });
const users: Record<string, TestUser> = {};

beforeAll(async () => {
  for (const [key, profile] of Object.entries(CANDIDATES)) {
    users[key] = await createTestUser();
    await upsertProfile({ userId: users[key].user.id, set: { ...profile, cv_text: cvTextOf(profile), engine: "offline" } });
  }
});

const post = async (user: TestUser, route: (req: Request) => Promise<Response>, body: unknown) => {
  const res = await route(
    new Request("http://localhost/api/career/x", {
      method: "POST",
      headers: { ...user.authHeaders, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};

function trueBullets(p: ProfileFields) {
  return p.experience.map((e) => ({
    company: e.company,
    title: e.title,
    start_date: e.start_date,
    end_date: e.end_date,
    description: null,
    highlights: [...e.highlights],
  }));
}

/** A model's letter: true sentences from the profile with the lies planted between them. */
function letterWith(p: ProfileFields, company: string, lies: Lie[]): string {
  const truths = p.experience.flatMap((e) =>
    e.highlights.slice(0, 2).map((h) => `At ${e.company}, I ${h.charAt(0).toLowerCase()}${h.slice(1)}.`),
  );
  const body = truths.flatMap((t, i) => [t, lies[i]?.text ?? ""]).concat(lies.slice(truths.length).map((l) => l.text));
  const filler =
    "I enjoy turning unclear problems into small, well-tested steps and explaining the trade-offs to the people who depend on them. " +
    "I like working closely with product and design, and I read every postmortem as a chance to make the next incident shorter. ";
  return `Dear ${company} team,\n\n${body.filter(Boolean).join(" ")}\n\n${filler.repeat(6)}\n\nBest regards,\n${p.name}`;
}

type Outcome = { lie: Lie; leaked: boolean; warned: boolean };
const outcomes: Outcome[] = [];

function judge(lies: Lie[], outputText: (lie: Lie) => string, warnings: string[]) {
  const w = (warnings ?? []).join("\n").toLowerCase();
  for (const lie of lies) {
    const leaked = outputText(lie).toLowerCase().includes(lie.marker.toLowerCase());
    const warned = w.includes((lie.warn ?? lie.marker).toLowerCase());
    outcomes.push({ lie, leaked, warned });
  }
}

describe.each(Object.keys(CANDIDATES))("lying model, %s candidate", (key) => {
  const profile = CANDIDATES[key];
  const job = parseJobOffline({ text: POSTINGS[key].text });
  const lies = LIES.filter((l) => l.candidate === key);

  it("tailored resume: no invented claim survives, each is in warnings", async () => {
    const mine = lies.filter((l) => l.doc === "resume");
    const experience = trueBullets(profile);
    const reply = { headline: profile.headline, summary: profile.summary, experience, projects: [], skills: [...profile.skills.technical] };
    for (const lie of mine) {
      if (lie.field === "highlight") experience[lie.entry ?? 0].highlights.push(lie.text);
      else if (lie.field === "summary") reply.summary += ` ${lie.text}`;
      else if (lie.field === "headline") reply.headline = lie.text;
      else if (lie.field === "skill") reply.skills.push(lie.text);
      else if (lie.field === "job") experience.push({ ...JSON.parse(lie.text), description: null });
      else if (lie.field === "title") experience[lie.entry ?? 0].title = lie.text;
    }
    fake.enqueue({ json: reply });
    const resume = await post(users[key], tailorRoute, { job_data: job });
    const text = (lie: Lie) => {
      if (lie.field === "highlight") {
        const company = profile.experience[lie.entry ?? 0].company;
        return JSON.stringify(resume.experience.find((e: { company: string }) => e.company === company) ?? {});
      }
      const { warnings: _w, match: _m, ...rest } = resume;
      return JSON.stringify(rest);
    };
    judge(mine, text, resume.warnings);
    // The headline and summary are never left empty.
    expect(resume.headline.trim()).not.toBe("");
    expect(resume.summary.trim()).not.toBe("");
  });

  it("cover letter: no invented claim survives, each is in warnings", async () => {
    const mine = lies.filter((l) => l.doc === "letter");
    fake.enqueue({ json: { cover_letter: letterWith(profile, POSTINGS[key].company, mine) } });
    const letter = await post(users[key], letterRoute, { job_data: job, tone: "professional" });
    judge(mine, () => letter.cover_letter, letter.warnings);
  });

  it("messages: no invented claim survives, each is in warnings", async () => {
    const mine = lies.filter((l) => l.doc === "messages");
    const pick = (field: string) =>
      mine
        .filter((l) => l.field === field)
        .map((l) => l.text)
        .join(" ");
    const truth = `I'm ${profile.name}, ${profile.headline.toLowerCase()} at ${profile.experience[0].company}.`;
    fake.enqueue({
      json: {
        email_subject: pick("subject") || `Application: ${POSTINGS[key].title}`,
        recruiter_email: `Hello,\n\n${truth} ${pick("email")} I would welcome a conversation.\n\nBest regards,\n${profile.name}`,
        linkedin_message: `Hi, ${truth} ${pick("linkedin")}`.slice(0, 290),
        linkedin_followup: `Thanks for connecting! ${pick("followup")} Happy to share more.`,
      },
    });
    const messages = await post(users[key], messagesRoute, { job_data: job });
    const { warnings, ...rest } = messages;
    judge(mine, () => JSON.stringify(rest), warnings);
  });
});

afterAll(() => {
  const leaked = outcomes.filter((o) => o.leaked);
  const unwarned = outcomes.filter((o) => !o.warned);
  console.log(
    `lying-model suite: ${outcomes.length} invented claims; ${leaked.length} reached the output; ${unwarned.length} not in warnings`,
  );
  for (const o of [...leaked, ...unwarned]) console.log(`  ${o.leaked ? "LEAKED" : "unwarned"} [${o.lie.doc}/${o.lie.kind}] ${o.lie.text}`);
});

describe("lying-model totals", () => {
  it("covers at least 40 invented claims; none reaches the output; each is in warnings", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(40);
    expect(outcomes.filter((o) => o.leaked).map((o) => o.lie.text)).toEqual([]);
    expect(outcomes.filter((o) => !o.warned).map((o) => o.lie.text)).toEqual([]);
  });
});
