import { z } from "zod";

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
  hard_skills: z.array(z.string().max(100)).max(200),
  soft_skills: z.array(z.string().max(100)).max(100),
  culture: z.array(z.string().max(1000)).max(50),
  description: z.string().max(60_000),
  engine: z.string().max(50),
  model: z.string().max(100).nullable().optional(),
});

export type JobData = z.infer<typeof jobDataSchema>;
