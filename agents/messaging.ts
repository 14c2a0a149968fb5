import { z } from "zod";
import { messagesSchema, type Messages, type TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { currentEngine } from "./engine";
import { AiError } from "./errors";
import { generateStructured } from "./gateway";
import { groundProse, type GroundingContext } from "./grounding";
import { cleanLetter } from "./text/letter-clean";
import { buildMessagesOffline } from "./offline/messaging";
import { EMAIL_MAX_WORDS, enforceMessageLimits, LINKEDIN_MAX_CHARS } from "./text/letter-limits";
import { untrustedBlock } from "./prompt";
import { observeAgent } from "./observe";

// messaging agent: profile + job (+ tailored resume) → e-mail subject and body (≤ 150 words), LinkedIn connection
// note (≤ 300 characters) and a follow-up. Limits are enforced in code for both engines; a model's sentences that
// state something the profile does not are dropped.

export type MessagingAgentInput = { profile: ProfileFields; job: JobData; tailored_resume?: TailoredResume | null };

const messagingModelSchema = z.object({
  email_subject: z.string().describe("Subject line for an e-mail to the recruiter (under 80 characters)."),
  recruiter_email: z
    .string()
    .describe(`E-mail body to the recruiter, at most ${EMAIL_MAX_WORDS - 20} words, with a greeting and sign-off.`),
  linkedin_message: z.string().describe(`LinkedIn connection note, at most ${LINKEDIN_MAX_CHARS - 40} characters.`),
  linkedin_followup: z.string().describe("A short LinkedIn follow-up message after connecting (under 100 words)."),
});

const SYSTEM =
  "You write short, specific outreach messages for a job seeker. Use ONLY facts from the candidate profile: never invent " +
  "employers, titles, numbers, metrics or skills. Plain text, no markdown.";

export const runMessagingAgent = observeAgent("messaging", messagingAgent);

async function messagingAgent(input: MessagingAgentInput): Promise<Messages> {
  if (currentEngine() === "offline")
    return messagesSchema.parse({ ...buildMessagesOffline(input), warnings: [], engine: "offline", model: null });
  const profile = JSON.stringify({
    name: input.profile.name,
    email: input.profile.email,
    headline: input.profile.headline,
    experience: input.profile.experience.slice(0, 4).map((e) => ({
      title: e.title,
      company: e.company,
      start_date: e.start_date,
      end_date: e.end_date,
      highlights: e.highlights.slice(0, 4),
    })),
    skills: input.profile.skills.technical.slice(0, 30),
  });
  const job = JSON.stringify({
    job_title: input.job.job_title,
    company: input.job.company,
    summary: input.job.summary,
    hard_skills: input.job.hard_skills.slice(0, 30),
  });
  const { data, model } = await generateStructured({
    schema: messagingModelSchema,
    system: SYSTEM,
    prompt: `Write the messages for this candidate and job.\n\n${untrustedBlock("CANDIDATE_PROFILE", profile)}\n\n${untrustedBlock("JOB", job)}`,
    maxOutputTokens: 1500,
  });
  const ctx: GroundingContext = {
    profile: input.profile,
    allowedNames: [input.job.company, input.job.job_title].filter(Boolean),
    jobText: [input.job.description, ...input.job.requirements, ...input.job.responsibilities].join("\n"),
  };
  const warnings: string[] = [];
  // As for letters (text/letter-clean.ts): no links, e-mail addresses, phone numbers, placeholders or markdown, and
  // nothing after the name; the messages go out from the candidate's own account, which already says who they are.
  const clean = (text: string) => cleanLetter(text, { company: input.job.company, letterhead: false });
  const grounded = {
    email_subject:
      groundProse(clean(data.email_subject), ctx, "e-mail subject", warnings) ||
      `Application for ${input.job.job_title || "the open role"}`,
    recruiter_email: groundProse(clean(data.recruiter_email), ctx, "recruiter e-mail", warnings),
    linkedin_message: groundProse(clean(data.linkedin_message), ctx, "LinkedIn note", warnings),
    linkedin_followup: groundProse(clean(data.linkedin_followup), ctx, "follow-up message", warnings),
  };
  if (!grounded.recruiter_email.trim() || !grounded.linkedin_message.trim()) throw new AiError("invalid_output");
  return messagesSchema.parse({ ...enforceMessageLimits(grounded), warnings, engine: "gemini", model });
}
