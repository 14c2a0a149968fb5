// What the browser reads from career replies, in zod/mini so the workspace's bundle stays small (see lib/api-client).
// The server's schemas are in ./job.ts and ./career.ts; these describe the same fields (the replies also carry the
// original API's names beside them, kept as they come: loose objects never drop a field the page sends back), and
// career-reply.test.ts keeps the two in step, by type and on real replies.
import * as z from "zod/mini";

const strings = z.array(z.string());
const engineFields = { engine: z.string(), model: z.optional(z.nullable(z.string())) };

export const jobDataReplySchema = z.looseObject({
  job_title: z.string(),
  company: z.string(),
  location: z.string(),
  url: z.string(),
  employment_type: z.string(),
  seniority: z.string(),
  salary: z.string(),
  summary: z.string(),
  requirements: strings,
  responsibilities: strings,
  qualifications: strings,
  nice_to_have: strings,
  hard_skills: strings,
  hard_skill_terms: z.optional(z.array(z.object({ term: z.string(), canonical: z.string() }))),
  domains: z.optional(strings),
  soft_skills: strings,
  culture: strings,
  benefits: z.optional(strings),
  description: z.string(),
  ...engineFields,
});

const experienceReply = z.looseObject({
  title: z.string(),
  company: z.string(),
  location: z.optional(z.nullable(z.string())),
  start_date: z.string(),
  end_date: z.string(),
  duration: z.string(),
  description: z.string(),
  highlights: strings,
});

const projectReply = z.looseObject({ name: z.string(), description: z.string(), technologies: strings });

export const tailoredResumeReplySchema = z.looseObject({
  headline: z.string(),
  summary: z.string(),
  experience: z.array(experienceReply),
  projects: z.array(projectReply),
  skills: strings,
  match: z.looseObject({
    score: z.number(),
    matched: strings,
    missing: strings,
    keywords: z.optional(
      z.array(
        z.object({
          skill: z.string(),
          term: z.string(),
          weight: z.number(),
          importance: z.enum(["required", "duty", "mentioned", "nice_to_have", "area"]),
          matched: z.boolean(),
        }),
      ),
    ),
  }),
  warnings: strings,
  ...engineFields,
});

export const messagesReplySchema = z.looseObject({
  recruiter_email: z.string(),
  email_subject: z.string(),
  linkedin_message: z.string(),
  linkedin_followup: z.string(),
  warnings: z.optional(strings),
  engine: z.optional(z.string()),
  model: z.optional(z.nullable(z.string())),
});

/** What the workspace reads of a saved application: where to go next. */
export const savedApplicationReplySchema = z.looseObject({ id: z.string() });

/** One line of the letter stream (lib/career/letter-stream.ts), as NDJSON. */
export const letterStreamEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("warning"), warning: z.string() }),
  z.object({ type: z.literal("error"), code: z.optional(z.string()), detail: z.optional(z.string()) }),
  z.looseObject({ type: z.literal("done") }),
]);
