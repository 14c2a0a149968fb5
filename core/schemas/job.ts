import { z } from "zod";
import { originalName } from "@/core/schemas/common";

// job_data: the structured analysis of a job posting, as in the API contract.

export const jobDataSchema = z.object({
  job_title: z.string().max(300),
  company: z.string().max(300),
  location: z.string().max(300),
  url: z.string().max(2000),
  employment_type: z.string().max(100),
  seniority: z.string().max(100),
  salary: z.string().max(300),
  summary: z.string().max(5000),
  requirements: z.array(z.string().max(1000)).max(100),
  responsibilities: z.array(z.string().max(1000)).max(100),
  qualifications: z.array(z.string().max(1000)).max(100),
  nice_to_have: z.array(z.string().max(1000)).max(100),
  /** Canonical names of the tools, technologies, languages, methods and certifications asked for (used for matching). */
  hard_skills: z.array(z.string().max(100)).max(200),
  /** Each hard skill as the posting wrote it ("ReactJS") beside its canonical name ("React"): display the term, match the canonical. */
  hard_skill_terms: z
    .array(z.object({ term: z.string().max(100), canonical: z.string().max(100) }))
    .max(200)
    .optional(),
  /** Industries and fields the posting is about ("Financial Services", "Healthcare"): context, never hard skills. */
  domains: z.array(z.string().max(100)).max(50).optional(),
  soft_skills: z.array(z.string().max(100)).max(100),
  culture: z.array(z.string().max(1000)).max(50),
  /** Benefits and perks the posting offers (also listed in `culture`, as before); never responsibilities or skills. */
  benefits: z.array(z.string().max(1000)).max(50).optional(),
  description: z.string().max(60_000),
  engine: z.string().max(50),
  model: z.string().max(100).nullable().optional(),
});

export type JobData = z.infer<typeof jobDataSchema>;

// ---- The reply of analyze-job: today's fields plus the original API's names beside them. ----

const jobRequirementsSchema = z.object({
  hard_skills: z.array(z.string()),
  soft_skills: z.array(z.string()),
  responsibilities: z.array(z.string()),
  must_have: z.array(z.string()),
  nice_to_have: z.array(z.string()),
});

export const jobReplySchema = jobDataSchema
  .extend({
    job_requirements: originalName(jobRequirementsSchema, "hard_skills, soft_skills, responsibilities, requirements, nice_to_have"),
    job_url: originalName(z.string().nullable(), "url (null when there is none)"),
    job_description: originalName(z.string(), "description"),
  })
  .meta({ id: "JobData" });

export type JobReply = z.infer<typeof jobReplySchema>;

export function toJobReply(job: JobData): JobReply {
  return {
    ...job,
    job_requirements: {
      hard_skills: job.hard_skills,
      soft_skills: job.soft_skills,
      responsibilities: job.responsibilities,
      must_have: job.requirements,
      nice_to_have: job.nice_to_have,
    },
    job_url: job.url || null,
    job_description: job.description,
  };
}
