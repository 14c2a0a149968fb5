import { z } from "zod";
import { educationSchema, experienceSchema, projectSchema, skillsSchema, type ProfileFields } from "@/core/schemas/profile";
import { jobDataSchema, type JobData } from "@/core/schemas/job";
import { messagesSchema, tailoredResumeSchema, type Messages, type TailoredResume } from "@/core/schemas/career";

// Request shapes that accept today's fields and the original InterVu API's names and omissions (its clients send
// those, see ORIGINAL-CLIENT.md), normalised to today's shapes. Each starts from today's schema, so a field added
// there is accepted (and documented) here too. Unknown keys are ignored, as the original backend did.

const strings = (max = 1000) => z.array(z.string().max(max)).max(200);

/** Lower-cases (and maps synonyms) before the enum check: the original client sends "Junior", "Technical". */
export function caseInsensitive<T extends z.ZodEnum>(schema: T, synonyms: Record<string, string> = {}) {
  const values = schema.options as string[];
  return z
    .preprocess((v) => (typeof v === "string" ? (synonyms[v.trim().toLowerCase()] ?? v.trim().toLowerCase()) : v), schema)
    .meta({ description: `One of ${values.join(", ")}, in any case ("${capitalise(values[0])}" is accepted).` });
}

const educationInputSchema = educationSchema
  .extend({
    year: educationSchema.shape.year.optional(),
    field: educationSchema.shape.field,
    graduation_year: z
      .number()
      .int()
      .min(1900)
      .max(2200)
      .nullable()
      .optional()
      .meta({ description: "Original name: the year as a number." }),
  })
  .transform(({ graduation_year, ...e }) => ({ ...e, year: e.year ?? (graduation_year ? String(graduation_year) : "") }));

const experienceInputSchema = experienceSchema
  .partial()
  .extend({
    end_date: z.string().max(50).nullable().optional().meta({ description: "null or empty: the current job." }),
    bullets: strings().optional().meta({ description: "Original name of `highlights`." }),
  })
  .transform(({ bullets, ...e }) => ({
    ...e,
    title: e.title ?? "",
    company: e.company ?? "",
    start_date: e.start_date ?? "",
    end_date: e.end_date ?? "",
    duration: e.duration ?? "",
    description: e.description ?? "",
    highlights: e.highlights ?? bullets ?? [],
  }));

const projectInputSchema = projectSchema
  .partial()
  .extend({ tech_stack: z.array(z.string().max(100)).max(50).optional().meta({ description: "Original name of `technologies`." }) })
  .transform(({ tech_stack, ...p }) => ({
    ...p,
    name: p.name ?? "",
    description: p.description ?? "",
    technologies: p.technologies ?? tech_stack ?? [],
  }));

const skillsInputSchema = skillsSchema
  .partial()
  .extend({
    hard_skills: skillsSchema.shape.technical.optional().meta({ description: "Original name of `technical`." }),
    soft_skills: skillsSchema.shape.soft.optional().meta({ description: "Original name of `soft`." }),
  })
  .transform(({ hard_skills, soft_skills, ...s }) => ({
    technical: s.technical ?? hard_skills ?? [],
    soft: s.soft ?? soft_skills ?? [],
    languages: s.languages ?? [],
  }));

/** Profile fields under either name (PUT /api/profile/update); only the keys present are written. */
export const profileFieldsInputShape = {
  education: z.array(educationInputSchema).max(30).optional(),
  experience: z.array(experienceInputSchema).max(50).optional(),
  projects: z.array(projectInputSchema).max(50).optional(),
  skills: skillsInputSchema.optional(),
} satisfies Partial<Record<keyof ProfileFields, z.ZodType>>;

const EMPTY_JOB: JobData = {
  job_title: "",
  company: "",
  location: "",
  url: "",
  employment_type: "",
  seniority: "",
  salary: "",
  summary: "",
  requirements: [],
  responsibilities: [],
  qualifications: [],
  nice_to_have: [],
  hard_skills: [],
  soft_skills: [],
  culture: [],
  description: "",
  engine: "client",
  model: null,
};

/** A job analysis: today's job_data, or the original's {job_title, company, job_requirements, job_description, job_url}. */
export const jobDataInputSchema = jobDataSchema
  .partial()
  .extend({
    job_url: z.string().max(2000).nullable().optional().meta({ description: "Original name of `url`." }),
    job_description: z.string().max(60_000).optional().meta({ description: "Original name of `description`." }),
    job_requirements: z
      .object({
        hard_skills: strings(100),
        soft_skills: strings(100),
        responsibilities: strings(),
        must_have: strings(),
        nice_to_have: strings(),
      })
      .partial()
      .optional()
      .meta({ description: "Original shape of the skills and requirement lists." }),
  })
  .transform(
    ({ job_url, job_description, job_requirements: r, ...job }): JobData => ({
      ...EMPTY_JOB,
      ...stripUndefined(job),
      url: job.url || job_url || "",
      description: job.description || job_description || "",
      hard_skills: job.hard_skills ?? r?.hard_skills ?? [],
      soft_skills: job.soft_skills ?? r?.soft_skills ?? [],
      responsibilities: job.responsibilities ?? r?.responsibilities ?? [],
      requirements: job.requirements ?? r?.must_have ?? [],
      nice_to_have: job.nice_to_have ?? r?.nice_to_have ?? [],
    }),
  )
  .refine((job) => job.job_title.trim() || job.description.trim(), {
    message: "Send the job's analysis: at least its title or description.",
  });

/** A tailored resume: today's, or the original's {summary, experience (with bullets), projects, skills}. */
export const tailoredResumeInputSchema = tailoredResumeSchema
  .partial()
  .extend({
    experience: z.array(experienceInputSchema).max(50).optional(),
    projects: z.array(projectInputSchema).max(50).optional(),
  })
  .transform(
    (r): TailoredResume => ({
      ...stripUndefined(r),
      headline: r.headline ?? "",
      summary: r.summary ?? "",
      experience: r.experience ?? [],
      projects: r.projects ?? [],
      skills: r.skills ?? [],
      match: r.match ?? { score: 0, matched: [], missing: [] },
      warnings: r.warnings ?? [],
      engine: r.engine ?? "client",
    }),
  );

/** Outreach messages: today's names or the original's (email_body, linkedin_note). */
export const messagesInputSchema = messagesSchema
  .partial()
  .extend({
    email_body: messagesSchema.shape.recruiter_email.optional().meta({ description: "Original name of `recruiter_email`." }),
    linkedin_note: messagesSchema.shape.linkedin_message.optional().meta({ description: "Original name of `linkedin_message`." }),
  })
  .transform(
    ({ email_body, linkedin_note, ...m }): Messages => ({
      ...stripUndefined(m),
      recruiter_email: m.recruiter_email ?? email_body ?? "",
      email_subject: m.email_subject ?? "",
      linkedin_message: m.linkedin_message ?? linkedin_note ?? "",
      linkedin_followup: m.linkedin_followup ?? "",
    }),
  );

/** `a, b ,c` → ["a", "b", "c"]; arrays lose their blank entries (the original client sends [""] for an empty stack). */
export function techstackInput(tag: z.ZodString, max: number) {
  return z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",") : v),
      z
        .array(z.string())
        .transform((tags) => tags.map((t) => t.trim()).filter(Boolean))
        .pipe(z.array(tag).max(max)),
    )
    .meta({ description: "A list of technologies, or one comma-separated string (the original client's form)." });
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
