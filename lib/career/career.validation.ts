import { z } from "zod";
import { jobDataSchema } from "@/core/schemas/job";
import { applicationStatusSchema, messagesSchema, tailoredResumeSchema, warningsSchema } from "@/core/schemas/career";
import { pageQuerySchema } from "@/core/schemas/common";
import { jobDataInputSchema, messagesInputSchema, tailoredResumeInputSchema } from "@/core/schemas/original-names";

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

const toneSchema = z.enum(["professional", "friendly"]);

/** The original client posts the analysis itself; today's clients wrap it as {job_data}. Both are accepted. */
const wrapBareJob = (v: unknown) => (isObject(v) && !("job_data" in v) ? { job_data: v } : v);

export const tailorResumeSchema = z
  .preprocess(wrapBareJob, z.object({ job_data: jobDataInputSchema }))
  .meta({ description: "`{job_data}`, or the job analysis itself unwrapped (the original API's form)." });

export const generateLetterSchema = z.object({
  job_data: jobDataInputSchema,
  tone: z
    .preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), toneSchema)
    .default("professional")
    .meta({ description: "professional or friendly, in any case." }),
  tailored_resume: tailoredResumeInputSchema.nullable().optional(),
});

export const generateMessagesSchema = z.object({
  job_data: jobDataInputSchema,
  tailored_resume: tailoredResumeInputSchema.nullable().optional(),
});

const savedApplicationShape = {
  tailored_resume: tailoredResumeInputSchema.nullable().optional(),
  cover_letter: z.string().max(20_000).nullable().optional(),
  cover_letter_warnings: warningsSchema.optional(),
  messages: messagesInputSchema.nullable().optional(),
  status: applicationStatusSchema.optional(),
};

/**
 * The original API's body is flat: {job_title, company, job_description, job_requirements, job_url, tailored_resume,
 * motivation_letter, messages}. It is folded into today's {job_data, cover_letter, …} before validation.
 */
function foldOriginalApplication(v: unknown): unknown {
  if (!isObject(v) || "job_data" in v) return v;
  const { tailored_resume, motivation_letter, cover_letter, cover_letter_warnings, messages, status, ...job } = v;
  return { job_data: job, tailored_resume, cover_letter: cover_letter ?? motivation_letter, cover_letter_warnings, messages, status };
}

export const saveApplicationSchema = z
  .preprocess(foldOriginalApplication, z.object({ job_data: jobDataInputSchema, ...savedApplicationShape }))
  .meta({
    description:
      "`{job_data, tailored_resume?, cover_letter?, messages?, status?}`, or the original API's flat form: the job's fields at the top level and `motivation_letter` for the letter.",
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

/** GET /api/career/applications: up to 100 a page by default (the original client reads one page, at most 100). */
export const applicationsApiQuerySchema = listApplicationsQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(100).default(100),
});

export const exportQuerySchema = z.object({
  format: z.enum(["docx", "md"]).default("docx"),
  doc: z.enum(["resume", "letter"]).default("resume"),
});

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export type Tone = z.infer<typeof toneSchema>;
export type SaveApplicationInput = z.infer<typeof saveApplicationSchema>;
export type UpdateApplicationInput = z.infer<typeof updateApplicationSchema>;
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuerySchema>;
