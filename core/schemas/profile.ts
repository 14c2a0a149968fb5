import { z } from "zod";

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
export const skillSourceSchema = z.object({
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

export const emptyProfileFields: ProfileFields = {
  name: "",
  email: "",
  phone: "",
  location: "",
  links: [],
  headline: "",
  summary: "",
  education: [],
  experience: [],
  projects: [],
  skills: { technical: [], soft: [], languages: [] },
};

export type Education = z.infer<typeof educationSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Skills = z.infer<typeof skillsSchema>;
export type SkillSource = z.infer<typeof skillSourceSchema>;
export type ProfileFields = z.infer<typeof profileFieldsSchema>;

/** The stored document. `strengths`/`weaknesses` come from interviews and survive CV re-uploads. */
export type ProfileDoc = ProfileFields & {
  id: string;
  user_id: string;
  cv_text: string;
  strengths: string[];
  weaknesses: string[];
  engine: string;
  model?: string | null;
  edited_fields?: string[];
  created_at: string;
  updated_at: string;
};
