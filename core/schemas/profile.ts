import { z } from "zod";
import { objectIdSchema, originalName, timestampSchema } from "@/core/schemas/common";

// The structured profile (collection `user_profiles`), as in the API contract. Field names are the seed's.

export const educationSchema = z.object({
  degree: z.string().max(300),
  institution: z.string().max(300),
  year: z.string().max(50),
  field: z.string().max(300).nullable().optional(),
});

export const experienceSchema = z.object({
  title: z.string().max(300),
  company: z.string().max(300),
  location: z.string().max(300).nullable().optional(),
  start_date: z.string().max(50),
  end_date: z.string().max(50),
  duration: z.string().max(100),
  description: z.string().max(5000),
  highlights: z.array(z.string().max(1000)).max(50),
});

export const projectSchema = z.object({
  name: z.string().max(300),
  description: z.string().max(5000),
  technologies: z.array(z.string().max(100)).max(50),
});

export const skillsSchema = z.object({
  technical: z.array(z.string().max(100)).max(200),
  soft: z.array(z.string().max(100)).max(100),
  languages: z.array(z.string().max(100)).max(50),
});

/**
 * Where a skill of the profile was read: the CV's own words (`text`) at `start`…`end` (character offsets into the
 * stored `cv_text`). Lets tailoring and grounding check a skill against what the CV says ("TFS" is not TensorFlow).
 */
const skillSourceSchema = z.object({
  skill: z.string().max(100),
  text: z.string().max(200),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** What the CV parser produces and the user can edit. */
export const profileFieldsSchema = z.object({
  name: z.string().max(200),
  email: z.string().max(320),
  phone: z.string().max(60),
  location: z.string().max(200),
  links: z.array(z.string().max(500)).max(20),
  headline: z.string().max(300),
  summary: z.string().max(5000),
  education: z.array(educationSchema).max(30),
  experience: z.array(experienceSchema).max(50),
  projects: z.array(projectSchema).max(50),
  skills: skillsSchema,
  /** One source span per skill the parser read (additive: absent on profiles typed in by hand or parsed earlier). */
  skill_sources: z.array(skillSourceSchema).max(350).optional(),
});

/**
 * What a person may save from the profile editor (and PUT /api/profile/update): the parser's fields, with an e-mail
 * that is empty or looks like an address. The parser's own reading is not held to this (a CV may have a typo in
 * it); the editor flags it instead of saving "not an email".
 */
export const profileEditSchema = profileFieldsSchema.extend({
  email: z
    .string()
    .trim()
    .max(320)
    .refine((value) => value === "" || z.email().safeParse(value).success, "Enter a valid e-mail address, or leave it empty."),
});

export { emptyProfileFields } from "./profile-empty";

/** The stored document. `strengths`/`weaknesses` come from interviews and survive CV re-uploads. */
export const profileDocSchema = profileFieldsSchema.extend({
  id: objectIdSchema,
  user_id: objectIdSchema,
  cv_text: z.string(),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  engine: z.string(),
  model: z.string().nullable().optional(),
  edited_fields: z.array(z.string()).optional(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});

export type Education = z.infer<typeof educationSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type Project = z.infer<typeof projectSchema>;
export type SkillSource = z.infer<typeof skillSourceSchema>;
export type ProfileFields = z.infer<typeof profileFieldsSchema>;
export type ProfileDoc = z.infer<typeof profileDocSchema>;

// ---- Replies: today's fields plus the original API's names beside them (its clients read those). ----

const educationReplySchema = educationSchema.extend({
  graduation_year: originalName(z.number().int().nullable(), "year (as a number; null when it has no 4-digit year)"),
});
export const experienceReplySchema = experienceSchema.extend({ bullets: originalName(z.array(z.string()), "highlights") });
export const projectReplySchema = projectSchema.extend({ tech_stack: originalName(z.array(z.string()), "technologies") });
const skillsReplySchema = skillsSchema.extend({
  hard_skills: originalName(z.array(z.string()), "technical"),
  soft_skills: originalName(z.array(z.string()), "soft"),
});

export const profileReplySchema = profileDocSchema
  .extend({
    _id: originalName(objectIdSchema, "id"),
    education: z.array(educationReplySchema),
    experience: z.array(experienceReplySchema),
    projects: z.array(projectReplySchema),
    skills: skillsReplySchema,
  })
  .meta({ id: "Profile" });

/** POST /api/profile/upload-cv: the profile, plus what was read from the upload. */
export const uploadReplySchema = profileReplySchema
  .extend({
    warnings: z.array(z.string()).meta({ description: "What the CV reading left out because the CV does not support it." }),
    upload: z.object({
      source: z.enum(["pdf", "docx", "text", "paste"]),
      filename: z.string().nullable(),
      pages: z.number().int().nullable(),
      truncated: z.boolean().meta({ description: "True when the text was cut at the length limit." }),
      characters: z.number().int(),
    }),
  })
  .meta({ id: "ProfileUpload" });

const withOriginalEducation = (e: Education) => ({ ...e, graduation_year: graduationYear(e.year) });
export const withOriginalExperience = (e: Experience) => ({ ...e, bullets: e.highlights });
export const withOriginalProject = (p: Project) => ({ ...p, tech_stack: p.technologies });

export function toProfileReply(doc: ProfileDoc): z.infer<typeof profileReplySchema> {
  return {
    ...doc,
    _id: doc.id,
    education: doc.education.map(withOriginalEducation),
    experience: doc.experience.map(withOriginalExperience),
    projects: doc.projects.map(withOriginalProject),
    skills: { ...doc.skills, hard_skills: doc.skills.technical, soft_skills: doc.skills.soft },
  };
}

/** "2019", "Sep 2015 – Jun 2019" → the last 4-digit year (the graduation); null when there is none. */
function graduationYear(year: string): number | null {
  const years = year.match(/\b(19|20)\d{2}\b/g);
  return years ? Number(years[years.length - 1]) : null;
}
