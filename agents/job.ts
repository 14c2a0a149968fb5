import { z } from "zod";
import { jobDataSchema, type JobData } from "@/core/schemas/job";
import { currentEngine } from "./engine";
import { generateStructured } from "./gateway";
import { parseJobOffline } from "./offline/job";
import { normalizeEmploymentType } from "./text/job-posting";
import { jobSkills } from "./text/job-skills";
import { jobSource, type JobInput } from "./text/job-source";
import { canonicalSkill, findSkills, isDomain, normalizeSkillList } from "./text/skills";
import { untrustedBlock } from "./prompt";
import { observeAgent } from "./observe";

// job agent: a job page's HTML or pasted text → job_data. Both engines return the same validated JobData.

const MAX_JOB_CHARS = 40_000;

export const jobModelSchema = z.object({
  job_title: z.string().describe("The job title as the posting states it."),
  company: z.string().nullable().describe("The hiring company, or null if not stated."),
  location: z.string().nullable().describe("Location(s) or 'Remote', or null."),
  employment_type: z.string().nullable().describe("Full-time, Part-time, Contract, Internship or Temporary; null if not stated."),
  seniority: z.string().nullable().describe("Intern, Junior, Mid, Senior, Lead, Staff, Principal or Director; null if unclear."),
  salary: z.string().nullable().describe("Salary or range as written (with currency and period), or null."),
  summary: z.string().describe("Two or three sentences on what the role is, from the posting."),
  responsibilities: z.array(z.string()).describe("What the person will do, one item per duty."),
  requirements: z.array(z.string()).describe("Required experience, skills and education, one item each."),
  qualifications: z.array(z.string()).describe("Listed qualifications/personal attributes not already in requirements."),
  nice_to_have: z.array(z.string()).describe("Preferred / bonus / nice-to-have items."),
  hard_skills: z.array(z.string()).describe("Technologies, tools, methods and knowledge areas the posting names."),
  soft_skills: z.array(z.string()).describe("Soft skills the posting asks for."),
  culture: z.array(z.string()).describe("Benefits, perks, values and culture statements."),
});

export type JobModelReply = z.infer<typeof jobModelSchema>;

const SYSTEM =
  "You analyse job postings for a job-application assistant. Report only what the posting says; never invent requirements, " +
  "salary, company or location. Keep list items short and close to the posting's wording. Unknown values are null.";

const s = (v: string | null | undefined, max: number) => (v ?? "").replace(/\s+/g, " ").trim().slice(0, max);
const list = (items: string[], n: number, max: number) => [...new Set(items.map((i) => s(i, max)).filter(Boolean))].slice(0, n);

function mentioned(text: string, skill: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(skill.toLowerCase())) return true;
  const canonical = canonicalSkill(skill);
  return !!canonical && findSkills(text).hard.includes(canonical);
}

/** The model's reply → JobData. Hard skills are kept only when the posting mentions them; the dictionary adds the rest. */
export function normalizeJobReply(reply: JobModelReply, text: string, url: string, model: string): JobData {
  const found = jobSkills(text);
  const hard = normalizeSkillList(reply.hard_skills.filter((h) => mentioned(text, h))).filter((h) => !isDomain(h));
  for (const extra of found.hard) if (!hard.some((h) => h.toLowerCase() === extra.toLowerCase())) hard.push(extra);
  // The posting's own word for each skill: the dictionary's hits, else the model's name when the text has it as written.
  const terms = [...found.terms];
  for (const h of hard)
    if (!terms.some((t) => t.canonical.toLowerCase() === h.toLowerCase()) && text.toLowerCase().includes(h.toLowerCase()))
      terms.push({ term: h, canonical: h });
  const data: JobData = {
    job_title: s(reply.job_title, 300),
    company: s(reply.company, 300),
    location: s(reply.location, 300),
    url: url.slice(0, 2000),
    employment_type: normalizeEmploymentType(s(reply.employment_type, 100)).slice(0, 100),
    seniority: s(reply.seniority, 100),
    salary: s(reply.salary, 300),
    summary: (reply.summary ?? "").trim().slice(0, 5000),
    requirements: list(reply.requirements, 100, 1000),
    responsibilities: list(reply.responsibilities, 100, 1000),
    qualifications: list(reply.qualifications, 100, 1000),
    nice_to_have: list(reply.nice_to_have, 100, 1000),
    hard_skills: list(hard, 200, 100),
    hard_skill_terms: terms.slice(0, 200).map((t) => ({ term: s(t.term, 100), canonical: s(t.canonical, 100) })),
    domains: list(found.domains, 50, 100),
    soft_skills: list(normalizeSkillList(reply.soft_skills), 100, 100),
    culture: list(reply.culture, 50, 1000),
    description: text.slice(0, 60_000),
    engine: "gemini",
    model,
  };
  return jobDataSchema.parse(data);
}

/** What the model is asked about a job, and the text its reply is checked against. */
export type JobPrompt = { prompt: string; text: string; url: string };

/** A model's reply with what it is checked against (JobPrompt's text and url). */
export type JobReply = { reply: JobModelReply; text: string; url: string; model: string };

/** The job's text as both engines read it (a page's HTML through jobSource: up to 2 MB) → the model's prompt. */
export function jobPrompt(input: JobInput): JobPrompt {
  // The same extraction as offline decides what text the model sees (and refuses login walls).
  const source = jobSource(input);
  const structured = source.posting
    ? `\n\nStructured data found on the page (schema.org JobPosting):\n${untrustedBlock("JOB_POSTING_DATA", JSON.stringify(source.posting).slice(0, 8000))}`
    : "";
  const text = source.text.slice(0, MAX_JOB_CHARS);
  return { prompt: `Analyse this job posting.\n\n${untrustedBlock("JOB_POSTING", text)}${structured}`, text, url: input.url ?? "" };
}

export function finishJobReply({ reply, text, url, model }: JobReply): JobData {
  return normalizeJobReply(reply, text, url, model);
}

/**
 * The CPU-bound steps around the model call: reading the page (seconds for a hostile 2 MB page) and checking the
 * reply against its text. Run here by default; lib/workers passes steps that run them in worker threads.
 */
export type JobSteps = { prepare: (input: JobInput) => Promise<JobPrompt>; finish: (reply: JobReply) => Promise<JobData> };

const IN_PLACE: JobSteps = { prepare: async (input) => jobPrompt(input), finish: async (reply) => finishJobReply(reply) };

export const runJobAgent = observeAgent("job", jobAgent);

async function jobAgent(input: JobInput, steps: JobSteps = IN_PLACE): Promise<JobData> {
  if (currentEngine() === "offline") return parseJobOffline(input);
  const { prompt, text, url } = await steps.prepare(input);
  const { data, model } = await generateStructured({ schema: jobModelSchema, system: SYSTEM, prompt, maxOutputTokens: 4096 });
  return steps.finish({ reply: data, text, url, model });
}
