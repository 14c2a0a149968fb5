import { z } from "zod";
import { jobDataSchema } from "@/core/schemas/job";
import { applicationStatusSchema, messagesSchema, tailoredResumeSchema, warningsSchema } from "@/core/schemas/career";
import { pageQuerySchema } from "@/core/schemas/common";

// Request shapes of the career routes, shared by the routes and the workspace's client code.

export const analyzeJobSchema = z
  .object({
    job_url: z.string().trim().max(2000).optional(),
    job_text: z.string().max(60_000).optional(),
  })
  .superRefine((value, ctx) => {
    const hasUrl = !!value.job_url?.trim();
    const hasText = !!value.job_text?.trim();
    if (hasUrl === hasText) {
      ctx.addIssue({
        code: "custom",
        path: hasUrl ? ["job_text"] : ["job_url"],
        message: "Give either the job's URL or its text, not both.",
      });
    }
    if (hasText && (value.job_text ?? "").trim().length < 30) {
      ctx.addIssue({ code: "custom", path: ["job_text"], message: "Paste the whole job posting (at least a few sentences)." });
    }
  });

export const toneSchema = z.enum(["professional", "friendly"]);

export const tailorResumeSchema = z.object({ job_data: jobDataSchema });

export const generateLetterSchema = z.object({
  job_data: jobDataSchema,
  tone: toneSchema.default("professional"),
  tailored_resume: tailoredResumeSchema.nullable().optional(),
});

export const generateMessagesSchema = z.object({
  job_data: jobDataSchema,
  tailored_resume: tailoredResumeSchema.nullable().optional(),
});

export const saveApplicationSchema = z.object({
  job_data: jobDataSchema,
  tailored_resume: tailoredResumeSchema.nullable().optional(),
  cover_letter: z.string().max(20_000).nullable().optional(),
  cover_letter_warnings: warningsSchema.optional(),
  messages: messagesSchema.nullable().optional(),
  status: applicationStatusSchema.optional(),
});

export const updateApplicationSchema = z
  .object({
    status: applicationStatusSchema.optional(),
    job_data: jobDataSchema.optional(),
    tailored_resume: tailoredResumeSchema.nullable().optional(),
    cover_letter: z.string().max(20_000).nullable().optional(),
    cover_letter_warnings: warningsSchema.optional(),
    messages: messagesSchema.nullable().optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Nothing to update." });

export const listApplicationsQuerySchema = pageQuerySchema.extend({
  status: applicationStatusSchema.optional(),
  company: z.string().trim().max(200).optional(),
});

export const exportQuerySchema = z.object({
  format: z.enum(["docx", "md"]).default("docx"),
  doc: z.enum(["resume", "letter"]).default("resume"),
});

export type AnalyzeJobInput = z.infer<typeof analyzeJobSchema>;
export type Tone = z.infer<typeof toneSchema>;
export type SaveApplicationInput = z.infer<typeof saveApplicationSchema>;
export type UpdateApplicationInput = z.infer<typeof updateApplicationSchema>;
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuerySchema>;
