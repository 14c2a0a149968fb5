import { z } from "zod";
import { experienceSchema, projectSchema } from "@/core/schemas/profile";
import { jobDataSchema } from "@/core/schemas/job";

export const matchSchema = z.object({
  score: z.number().min(0).max(100),
  matched: z.array(z.string().max(100)).max(200),
  missing: z.array(z.string().max(100)).max(200),
});

export const tailoredResumeSchema = z.object({
  headline: z.string().max(300),
  summary: z.string().max(5000),
  experience: z.array(experienceSchema).max(50),
  projects: z.array(projectSchema).max(50),
  skills: z.array(z.string().max(100)).max(200),
  match: matchSchema,
  /** What the grounding check removed from a model reply (invented employers, numbers, skills...). */
  warnings: z.array(z.string().max(1000)).max(200).default([]),
  engine: z.string().max(50),
  model: z.string().max(100).nullable().optional(),
});

export const messagesSchema = z.object({
  recruiter_email: z.string().max(5000),
  email_subject: z.string().max(300),
  linkedin_message: z.string().max(300),
  linkedin_followup: z.string().max(2000),
  engine: z.string().max(50).optional(),
  model: z.string().max(100).nullable().optional(),
});

export const applicationStatusSchema = z.enum(["draft", "applied", "interviewing", "offer", "rejected"]);

export type TailoredResume = z.infer<typeof tailoredResumeSchema>;
export type Messages = z.infer<typeof messagesSchema>;
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export type ApplicationDoc = {
  id: string;
  user_id: string;
  job_data: z.infer<typeof jobDataSchema>;
  tailored_resume: TailoredResume | null;
  cover_letter: string | null;
  messages: Messages | null;
  status: ApplicationStatus;
  interview_ids?: string[];
  created_at: string;
  updated_at: string;
};
