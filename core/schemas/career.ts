import { z } from "zod";
import { objectIdSchema, originalName, timestampSchema } from "@/core/schemas/common";
import {
  experienceReplySchema,
  experienceSchema,
  projectReplySchema,
  projectSchema,
  withOriginalExperience,
  withOriginalProject,
} from "@/core/schemas/profile";
import { jobDataSchema, jobReplySchema, toJobReply } from "@/core/schemas/job";

/** One of the posting's skills and what it counts for: the score is the matched weight out of the total weight. */
const matchKeywordSchema = z.object({
  /** Canonical name (what is matched: "PostgreSQL"). */
  skill: z.string().max(100),
  /** As the posting writes it ("Postgres"), for display. */
  term: z.string().max(100),
  weight: z.number().min(0).max(10),
  /** Why it weighs what it does: required 3, a duty or named elsewhere 2, a nice-to-have or a broad area 1. */
  importance: z.enum(["required", "duty", "mentioned", "nice_to_have", "area"]),
  matched: z.boolean(),
});

const matchSchema = z.object({
  score: z.number().min(0).max(100),
  matched: z.array(z.string().max(100)).max(200),
  missing: z.array(z.string().max(100)).max(200),
  /** Each keyword with its weight (additive; absent on resumes saved before it existed). */
  keywords: z.array(matchKeywordSchema).max(200).optional(),
});

/** What grounding removed from a model's text, in plain words (an invented employer, a figure from another job...). */
export const warningsSchema = z.array(z.string().max(1000)).max(200);

export const tailoredResumeSchema = z.object({
  headline: z.string().max(300),
  summary: z.string().max(5000),
  experience: z.array(experienceSchema).max(50),
  projects: z.array(projectSchema).max(50),
  skills: z.array(z.string().max(100)).max(200),
  match: matchSchema,
  /** What the grounding check removed from a model reply (invented employers, numbers, skills...). */
  warnings: warningsSchema.default([]),
  engine: z.string().max(50),
  model: z.string().max(100).nullable().optional(),
});

/** The reply of the cover-letter route. */
const coverLetterSchema = z.object({
  cover_letter: z.string().max(20_000),
  /** What the grounding check removed from the model's letter (additive). */
  warnings: warningsSchema.default([]),
  engine: z.string().max(50),
  model: z.string().max(100).nullable().optional(),
});

export const messagesSchema = z.object({
  recruiter_email: z.string().max(5000),
  email_subject: z.string().max(300),
  linkedin_message: z.string().max(300),
  linkedin_followup: z.string().max(2000),
  /** What the grounding check removed from the model's messages (additive; always present on a generated reply). */
  warnings: warningsSchema.optional(),
  engine: z.string().max(50).optional(),
  model: z.string().max(100).nullable().optional(),
});

export const applicationStatusSchema = z.enum(["draft", "applied", "interviewing", "offer", "rejected"]);

export type TailoredResume = z.infer<typeof tailoredResumeSchema>;
export type MatchKeyword = z.infer<typeof matchKeywordSchema>;
export type Messages = z.infer<typeof messagesSchema>;
export type CoverLetter = z.infer<typeof coverLetterSchema>;
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const applicationDocSchema = z.object({
  id: objectIdSchema,
  user_id: objectIdSchema,
  job_data: jobDataSchema,
  tailored_resume: tailoredResumeSchema.nullable(),
  cover_letter: z.string().nullable(),
  /** What grounding removed from the letter when it was written, kept so the application page can say so. */
  cover_letter_warnings: warningsSchema.optional(),
  messages: messagesSchema.nullable(),
  status: applicationStatusSchema,
  interview_ids: z.array(objectIdSchema).optional(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type ApplicationDoc = z.infer<typeof applicationDocSchema>;

// ---- Replies: today's fields plus the original API's names beside them (its clients read those). ----

export const tailoredResumeReplySchema = tailoredResumeSchema
  .extend({ experience: z.array(experienceReplySchema), projects: z.array(projectReplySchema) })
  .meta({ id: "TailoredResume" });

export const messagesReplySchema = messagesSchema
  .extend({
    email_body: originalName(z.string(), "recruiter_email"),
    linkedin_note: originalName(z.string(), "linkedin_message"),
  })
  .meta({ id: "Messages" });

export const letterReplySchema = coverLetterSchema.extend({ letter: originalName(z.string(), "cover_letter") }).meta({ id: "CoverLetter" });

export const applicationReplySchema = applicationDocSchema
  .extend({
    _id: originalName(objectIdSchema, "id"),
    job_data: jobReplySchema,
    tailored_resume: tailoredResumeReplySchema.nullable(),
    messages: messagesReplySchema.nullable(),
    job_title: originalName(z.string(), "job_data.job_title"),
    company: originalName(z.string(), "job_data.company"),
    job_description: originalName(z.string(), "job_data.description"),
    job_requirements: jobReplySchema.shape.job_requirements,
    job_url: originalName(z.string().nullable(), "job_data.url"),
    motivation_letter: originalName(z.string().nullable(), "cover_letter"),
  })
  .meta({ id: "Application" });

export const toTailoredResumeReply = (r: TailoredResume) => ({
  ...r,
  experience: r.experience.map(withOriginalExperience),
  projects: r.projects.map(withOriginalProject),
});

export const toMessagesReply = (m: Messages) => ({ ...m, email_body: m.recruiter_email, linkedin_note: m.linkedin_message });

export const toLetterReply = (l: CoverLetter) => ({ ...l, letter: l.cover_letter });

export function toApplicationReply(app: ApplicationDoc): z.infer<typeof applicationReplySchema> {
  const job = toJobReply(app.job_data);
  return {
    ...app,
    _id: app.id,
    job_data: job,
    tailored_resume: app.tailored_resume && toTailoredResumeReply(app.tailored_resume),
    messages: app.messages && toMessagesReply(app.messages),
    job_title: job.job_title,
    company: job.company,
    job_description: job.job_description,
    job_requirements: job.job_requirements,
    job_url: job.job_url,
    motivation_letter: app.cover_letter,
  };
}
