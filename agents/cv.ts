import { z } from "zod";
import { AppError } from "@/core/errors";
import { profileFieldsSchema, type ProfileFields } from "@/core/schemas/profile";
import { currentEngine, type Engine } from "./engine";
import { generateStructured } from "./gateway";
import { durationBetween, findDateRange } from "./text/dates";
import { parseCvOffline } from "./offline/cv";
import { traceSkills } from "./text/skill-sources";
import { canonicalSkill, findLanguages, findSkills, normalizeSkillList, skillKind } from "./text/skills";
import { untrustedBlock } from "./prompt";
import { groundCvProfile } from "./grounding/profile";
import { observeAgent } from "./observe";

// cv agent: CV text → profile fields. Both engines return the same validated ProfileFields.

export type CvAgentInput = { cv_text: string };
/** `warnings`: what the check against the CV removed from a model's reply (always empty offline). */
export type CvAgentResult = { fields: ProfileFields; warnings: string[]; engine: Engine; model: string | null };

const MAX_CV_CHARS = 60_000;

/** What the model fills in: flat, every optional value nullable, each field described. */
export const cvModelSchema = z.object({
  name: z.string().describe("The candidate's full name as written in the CV, or an empty string."),
  email: z.string().nullable().describe("E-mail address exactly as written, or null."),
  phone: z.string().nullable().describe("Phone number exactly as written, or null."),
  location: z.string().nullable().describe("City / region / country of the candidate, or null."),
  links: z.array(z.string()).describe("URLs or profile links (LinkedIn, GitHub, portfolio) as written."),
  headline: z.string().nullable().describe("The candidate's professional headline or current role, from the CV."),
  summary: z.string().nullable().describe("The CV's summary / profile / objective text, or null."),
  education: z
    .array(
      z.object({
        degree: z.string().describe("Degree or qualification, e.g. 'Bachelor of Science'."),
        field: z.string().nullable().describe("Field of study, or null."),
        institution: z.string().describe("School or university."),
        year: z.string().nullable().describe("Graduation year (or end year) as written, or null."),
      }),
    )
    .describe("Education entries, most recent first."),
  experience: z
    .array(
      z.object({
        title: z.string().describe("Job title."),
        company: z.string().describe("Employer name."),
        location: z.string().nullable().describe("Location of the job, or null."),
        start_date: z.string().nullable().describe("Start date as written, e.g. 'Jan 2020' or '2019'."),
        end_date: z.string().nullable().describe("End date as written, or 'Present' for a current job."),
        description: z.string().nullable().describe("Paragraph text describing the role, or null."),
        highlights: z.array(z.string()).describe("Bullet points / achievements for this role, verbatim or lightly cleaned."),
      }),
    )
    .describe("Work experience entries in the CV's order."),
  projects: z
    .array(
      z.object({
        name: z.string().describe("Project name."),
        description: z.string().nullable().describe("What the project is / does."),
        technologies: z.array(z.string()).describe("Technologies named for this project."),
      }),
    )
    .describe("Projects listed in the CV."),
  technical_skills: z.array(z.string()).describe("Technical skills, tools, technologies and methods named in the CV."),
  soft_skills: z.array(z.string()).describe("Soft skills named in the CV (communication, leadership...)."),
  languages: z.array(z.string()).describe("Spoken languages named in the CV (not programming languages)."),
});

export type CvModelReply = z.infer<typeof cvModelSchema>;

const SYSTEM =
  "You extract structured profile data from a candidate's CV for a job-application assistant. " +
  "Copy facts exactly as the CV states them. Never invent, infer or embellish: a field the CV does not state is null or an empty list. " +
  "Dates stay as written. Do not merge or split jobs.";

const s = (v: string | null | undefined, max: number) => (v ?? "").replace(/\s+/g, " ").trim().slice(0, max);

/** Whether most words of a name occur in the CV (tolerates "ABC Company Inc" for "ABC Company, Inc."). */
const COMMON_NAME_WORDS = new Set(
  "the of and for at in de la university college institute school academy inc llc ltd limited gmbh corp corporation co company group solutions technologies technology systems services labs international global".split(
    " ",
  ),
);

function inCv(name: string, cvLower: string): boolean {
  const words = name.toLowerCase().match(/[\p{L}\p{N}+#]{2,}/gu) ?? [];
  if (!words.length) return true;
  const distinctive = words.filter((w) => !COMMON_NAME_WORDS.has(w));
  const check = distinctive.length ? distinctive : words;
  const found = check.filter((w) => cvLower.includes(w)).length;
  return found / check.length >= 0.6;
}

function skillInCv(skill: string, cvText: string, cvSkills: Set<string>): boolean {
  const canonical = canonicalSkill(skill);
  if (canonical && cvSkills.has(canonical)) return true;
  return inCv(skill, cvText.toLowerCase());
}

/**
 * The model's reply → ProfileFields (trimmed to the schema's limits, skills canonical, durations computed).
 * Nothing the CV does not contain survives: entries whose employer/school, and skills whose name, cannot be found in
 * the CV text are dropped, as are contact details that are not in it.
 */
export function normalizeCvReply(reply: CvModelReply, cvText: string): ProfileFields {
  const cvLower = cvText.toLowerCase();
  const found = findSkills(cvText);
  const cvSkills = new Set([...found.hard, ...found.soft, ...findLanguages(cvText)]);
  reply = {
    ...reply,
    experience: reply.experience.filter((e) => inCv(e.company || e.title, cvLower)),
    education: reply.education.filter((e) => inCv(e.institution || e.degree, cvLower)),
    projects: reply.projects
      .filter((p) => inCv(p.name, cvLower))
      .map((p) => ({ ...p, technologies: p.technologies.filter((t) => skillInCv(t, cvText, cvSkills)) })),
    technical_skills: reply.technical_skills.filter((t) => skillInCv(t, cvText, cvSkills)),
    soft_skills: reply.soft_skills.filter((t) => skillInCv(t, cvText, cvSkills)),
    languages: reply.languages.filter((t) => skillInCv(t, cvText, cvSkills)),
  };
  const digits = cvText.replace(/\D/g, "");
  const email = s(reply.email, 320);
  const phone = s(reply.phone, 60);
  const technical: string[] = [];
  const soft: string[] = [];
  const languages: string[] = [];
  for (const skill of normalizeSkillList(reply.technical_skills)) (skillKind(skill) === "soft" ? soft : technical).push(skill);
  for (const skill of normalizeSkillList(reply.soft_skills)) if (!soft.includes(skill)) soft.push(skill);
  for (const lang of normalizeSkillList(reply.languages)) if (!languages.includes(lang)) languages.push(lang);
  const fields: ProfileFields = {
    name: s(reply.name, 200),
    // Contact details must appear in the CV itself.
    email: email && cvText.toLowerCase().includes(email.toLowerCase()) ? email : "",
    phone: phone && digits.includes(phone.replace(/\D/g, "")) ? phone : "",
    location: s(reply.location, 200),
    links: reply.links
      .map((l) => s(l, 500))
      .filter(
        (l) =>
          l &&
          cvLower.includes(
            l
              .toLowerCase()
              .replace(/^https?:\/\//, "")
              .replace(/^www\./, "")
              .replace(/\/$/, ""),
          ),
      )
      .slice(0, 20),
    headline: s(reply.headline, 300),
    summary: (reply.summary ?? "").trim().slice(0, 5000),
    education: reply.education.slice(0, 30).map((e) => ({
      degree: s(e.degree, 300),
      institution: s(e.institution, 300),
      year: s(e.year, 50),
      field: e.field ? s(e.field, 300) : null,
    })),
    experience: reply.experience.slice(0, 50).map((e) => {
      let start = s(e.start_date, 50);
      let end = s(e.end_date, 50);
      if (!start && !end) {
        const r = findDateRange(`${e.title} ${e.company}`);
        if (r) ({ start_date: start, end_date: end } = r);
      }
      if (/^(?:current|now|today|ongoing)$/i.test(end)) end = "Present";
      return {
        title: s(e.title, 300),
        company: s(e.company, 300),
        location: e.location ? s(e.location, 300) : null,
        start_date: start,
        end_date: end,
        duration: start && end ? durationBetween(start, end).slice(0, 100) : "",
        description: (e.description ?? "").trim().slice(0, 5000),
        highlights: e.highlights
          .map((h) => s(h, 1000))
          .filter(Boolean)
          .slice(0, 50),
      };
    }),
    projects: reply.projects.slice(0, 50).map((p) => ({
      name: s(p.name, 300),
      description: (p.description ?? "").trim().slice(0, 5000),
      technologies: normalizeSkillList(p.technologies)
        .slice(0, 50)
        .map((t) => t.slice(0, 100)),
    })),
    skills: {
      technical: technical.slice(0, 200).map((t) => t.slice(0, 100)),
      soft: soft.slice(0, 100).map((t) => t.slice(0, 100)),
      languages: languages
        .map((l) => canonicalSkill(l) ?? l)
        .slice(0, 50)
        .map((t) => t.slice(0, 100)),
    },
  };
  // Only skills the CV itself names survive, each with the words it was read from.
  const traced = traceSkills(cvText, fields.skills);
  fields.skills = traced.skills;
  fields.skill_sources = traced.sources;
  return profileFieldsSchema.parse(fields);
}

/** A model's reply with the CV it is checked against. */
export type CvReply = { reply: CvModelReply; cvText: string; model: string };

/** The reply normalised and checked field by field against the CV (half a second to seconds for a 50,000-character CV). */
export function finishCvReply({ reply, cvText, model }: CvReply): CvAgentResult {
  // Every field checked against the CV itself, with instructions planted in the CV for a model taken out first.
  const { fields, warnings } = groundCvProfile(normalizeCvReply(reply, cvText), cvText);
  return { fields: profileFieldsSchema.parse(fields), warnings, engine: "gemini", model };
}

/** `finish` checks the model's reply: here by default; lib/workers passes one that runs it in a worker thread. */
export const runCvAgent = observeAgent("cv", cvAgent);

async function cvAgent(
  input: CvAgentInput,
  finish: (reply: CvReply) => Promise<CvAgentResult> = async (reply) => finishCvReply(reply),
): Promise<CvAgentResult> {
  const cvText = (input.cv_text ?? "").slice(0, MAX_CV_CHARS);
  if (cvText.replace(/\s+/g, "").length < 20) throw new AppError("unprocessable", "The CV has no readable text.");
  if (currentEngine() === "offline") {
    return { fields: parseCvOffline(cvText), warnings: [], engine: "offline", model: null };
  }
  const { data, model } = await generateStructured({
    schema: cvModelSchema,
    system: SYSTEM,
    prompt: `Extract the profile from this CV.\n\n${untrustedBlock("CV", cvText)}`,
    maxOutputTokens: 8192,
  });
  return finish({ reply: data, cvText, model });
}
