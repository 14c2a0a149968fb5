import type { ApplicationDoc } from "@/core/schemas/career";
import type { Education, ProfileFields } from "@/core/schemas/profile";

// One plain view of a saved application's documents, shared by the Markdown, DOCX and print exports:
// the tailored resume with the person's contact details and education from the profile.

export type ResumeView = {
  name: string;
  contact: string[];
  headline: string;
  summary: string;
  skills: string[];
  experience: Array<{ heading: string; dates: string; description: string; highlights: string[] }>;
  projects: Array<{ name: string; description: string; technologies: string[] }>;
  education: string[];
};

export type LetterView = { name: string; contact: string[]; job_title: string; company: string; body: string };

export function buildResumeView(app: Pick<ApplicationDoc, "tailored_resume">, profile: ProfileFields | null): ResumeView {
  const r = app.tailored_resume;
  return {
    name: profile?.name || "Your name",
    contact: contactLine(profile),
    headline: r?.headline || profile?.headline || "",
    summary: r?.summary || profile?.summary || "",
    skills: r?.skills ?? profile?.skills.technical ?? [],
    experience: (r?.experience ?? profile?.experience ?? []).map((e) => ({
      heading: [e.title, e.company].filter(Boolean).join(" — ") + (e.location ? `, ${e.location}` : ""),
      dates: [e.start_date, e.end_date].filter(Boolean).join(" – ") || e.duration || "",
      description: e.description ?? "",
      highlights: e.highlights ?? [],
    })),
    projects: (r?.projects ?? profile?.projects ?? []).map((p) => ({
      name: p.name,
      description: p.description,
      technologies: p.technologies ?? [],
    })),
    education: (profile?.education ?? []).map(educationLine),
  };
}

export function buildLetterView(app: Pick<ApplicationDoc, "cover_letter" | "job_data">, profile: ProfileFields | null): LetterView {
  return {
    name: profile?.name || "",
    contact: contactLine(profile),
    job_title: app.job_data.job_title,
    company: app.job_data.company,
    body: app.cover_letter ?? "",
  };
}

export function resumeMarkdown(v: ResumeView): string {
  const out: string[] = [`# ${v.name}`, ""];
  if (v.headline) out.push(`**${v.headline}**`, "");
  if (v.contact.length) out.push(v.contact.join(" · "), "");
  if (v.summary) out.push("## Summary", "", v.summary, "");
  if (v.skills.length) out.push("## Skills", "", v.skills.join(", "), "");
  if (v.experience.length) {
    out.push("## Experience", "");
    for (const e of v.experience) {
      out.push(`### ${e.heading}`);
      if (e.dates) out.push(`*${e.dates}*`);
      out.push("");
      if (e.description) out.push(e.description, "");
      for (const h of e.highlights) out.push(`- ${h}`);
      if (e.highlights.length) out.push("");
    }
  }
  if (v.projects.length) {
    out.push("## Projects", "");
    for (const p of v.projects) {
      out.push(`### ${p.name}`, "");
      if (p.description) out.push(p.description, "");
      if (p.technologies.length) out.push(`Technologies: ${p.technologies.join(", ")}`, "");
    }
  }
  if (v.education.length) {
    out.push("## Education", "");
    for (const e of v.education) out.push(`- ${e}`);
    out.push("");
  }
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

export function letterMarkdown(v: LetterView): string {
  const head = v.name ? [`# ${v.name}`, "", v.contact.join(" · "), ""] : [];
  return [...head, `## Cover letter — ${v.job_title}${v.company ? ` at ${v.company}` : ""}`, "", v.body.trim(), ""].join("\n");
}

/** A safe file name stem such as "jane-doe-resume-acme". */
export function fileStem(parts: string[]): string {
  const stem = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, 80)
    .replace(/^-|-$/g, "");
  return stem || "document";
}

function contactLine(p: ProfileFields | null): string[] {
  if (!p) return [];
  return [p.email, p.phone, p.location, ...(p.links ?? [])].filter((x): x is string => !!x && x.trim() !== "");
}

function educationLine(e: Education): string {
  const degree = [e.degree, e.field].filter(Boolean).join(", ");
  return [degree, e.institution, e.year].filter(Boolean).join(" — ");
}
