import { z } from "zod";
import { tailoredResumeSchema, type TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { currentEngine } from "./engine";
import { generateStructured } from "./gateway";
import { cvNamesSkill, groundTailoredResume } from "./grounding";
import { computeMatch } from "./match";
import { tailorOffline } from "./offline/resume";
import { untrustedBlock } from "./prompt";
import { observeAgent } from "./observe";

// resume agent: profile + job_data → tailored_resume. The match is computed in code for both engines; a model's
// reply is grounded against the profile (anything it invents is removed and listed in `warnings`).

/** `cvText`: the CV the profile was read from; a skill the CV does not name in its own words never reaches the resume. */
export type ResumeAgentInput = { profile: ProfileFields; job: JobData; cvText?: string };

export const resumeModelSchema = z.object({
  headline: z.string().describe("One-line professional headline for this job, using only facts from the profile."),
  summary: z.string().describe("3-4 sentence summary aimed at the job, using only facts from the profile."),
  experience: z
    .array(
      z.object({
        company: z.string().describe("Employer exactly as in the profile."),
        title: z.string().describe("Job title exactly as in the profile."),
        start_date: z.string().nullable().describe("Start date exactly as in the profile."),
        end_date: z.string().nullable().describe("End date exactly as in the profile."),
        description: z.string().nullable().describe("Optional short description, only facts from the profile."),
        highlights: z
          .array(z.string())
          .describe("The most relevant highlights, reworded for the job but with no new facts, numbers or skills."),
      }),
    )
    .describe("Relevant jobs from the profile, most relevant first."),
  projects: z
    .array(
      z.object({
        name: z.string().describe("Project name exactly as in the profile."),
        description: z.string().nullable().describe("Description using only facts from the profile."),
        technologies: z.array(z.string()).describe("Technologies from the profile's project."),
      }),
    )
    .describe("Relevant projects from the profile, most relevant first."),
  skills: z.array(z.string()).describe("Skills from the profile, the ones the job asks for first."),
});

export type ResumeModelReply = z.infer<typeof resumeModelSchema>;

const SYSTEM =
  "You tailor a candidate's resume to a job for a job-application assistant. Use ONLY facts present in the candidate profile: " +
  "never add employers, titles, dates, numbers, metrics, skills or achievements that the profile does not state. " +
  "Select and order the most relevant experience, highlights, projects and skills for the job, and reword highlights to lead with what the job values.";

function jobBrief(job: JobData): string {
  return JSON.stringify({
    job_title: job.job_title,
    company: job.company,
    seniority: job.seniority,
    summary: job.summary,
    requirements: job.requirements.slice(0, 30),
    responsibilities: job.responsibilities.slice(0, 30),
    nice_to_have: job.nice_to_have.slice(0, 20),
    hard_skills: job.hard_skills.slice(0, 60),
    soft_skills: job.soft_skills.slice(0, 30),
  });
}

function profileBrief(profile: ProfileFields): string {
  return JSON.stringify({
    name: profile.name,
    headline: profile.headline,
    summary: profile.summary,
    experience: profile.experience,
    projects: profile.projects,
    education: profile.education,
    skills: profile.skills,
  });
}

/** A model's reply with what it is checked against. */
export type ResumeReply = { reply: ResumeModelReply; input: ResumeAgentInput; model: string };

/** The reply checked against the profile and CV (seconds for a long profile) and the match added. */
export function finishResumeReply({ reply, input, model }: ResumeReply): TailoredResume {
  const { profile, job, cvText } = input;
  const grounded = groundTailoredResume(reply, {
    profile,
    allowedNames: [job.company, job.job_title].filter(Boolean),
    jobText: [job.description, ...job.requirements, ...job.responsibilities].join("\n"),
    cvText,
  });
  return tailoredResumeSchema.parse({
    headline: grounded.headline,
    summary: grounded.summary,
    experience: grounded.experience,
    projects: grounded.projects,
    skills: grounded.skills.slice(0, 200),
    match: computeMatch(profile, job),
    warnings: grounded.warnings,
    engine: "gemini",
    model,
  });
}

/** `finish` checks the model's reply: here by default; lib/workers passes one that runs it in a worker thread. */
export const runResumeAgent = observeAgent("resume", resumeAgent);

async function resumeAgent(
  input: ResumeAgentInput,
  finish: (reply: ResumeReply) => Promise<TailoredResume> = async (reply) => finishResumeReply(reply),
): Promise<TailoredResume> {
  const { profile, job, cvText } = input;
  if (currentEngine() === "offline") {
    const match = computeMatch(profile, job);
    const t = tailorOffline(profile, job);
    const warnings: string[] = [];
    const skills = t.skills.filter((s) => {
      if (!cvText?.trim() || cvNamesSkill(cvText, s, profile.skill_sources)) return true;
      warnings.push(`Left out the skill “${s}”: your CV does not mention it in these words, so it may have been misread.`);
      return false;
    });
    return tailoredResumeSchema.parse({ ...t, skills, match, warnings, engine: "offline", model: null });
  }
  const { data, model } = await generateStructured({
    schema: resumeModelSchema,
    system: SYSTEM,
    prompt:
      "Tailor the candidate's resume to the job. Skills the job wants that the profile lacks must NOT be added.\n\n" +
      `${untrustedBlock("CANDIDATE_PROFILE", profileBrief(profile).slice(0, 40_000))}\n\n${untrustedBlock("JOB", jobBrief(job).slice(0, 20_000))}`,
    maxOutputTokens: 6000,
  });
  return finish({ reply: data, input, model });
}
