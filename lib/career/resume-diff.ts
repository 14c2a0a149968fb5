import type { TailoredResume } from "@/core/schemas/career";
import type { ProfileFields } from "@/core/schemas/profile";

// What the tailoring changed compared with the profile, so the workspace can show it: highlights kept,
// re-ordered or re-worded, roles moved, skills brought forward or left out. Pure: runs in the browser too.

export type ProfileSnapshot = {
  summary: string;
  headline: string;
  experience: Array<{ title: string; company: string; highlights: string[] }>;
  skills: string[];
};

export type HighlightChange = "kept" | "re-ordered" | "re-worded";

export type ResumeDiff = {
  summaryChanged: boolean;
  headlineChanged: boolean;
  experience: Array<{ moved: boolean; highlights: HighlightChange[]; omitted: number }>;
  skillsFromProfile: string[];
  skillsFromElsewhere: string[];
  skillsLeftOut: string[];
};

export function snapshotProfile(p: ProfileFields): ProfileSnapshot {
  return {
    summary: p.summary,
    headline: p.headline,
    experience: p.experience.map((e) => ({ title: e.title, company: e.company, highlights: e.highlights })),
    skills: [...p.skills.technical, ...p.skills.soft, ...p.skills.languages],
  };
}

export function diffResume(
  resume: Pick<TailoredResume, "summary" | "headline" | "experience" | "skills">,
  profile: ProfileSnapshot,
): ResumeDiff {
  const profileSkills = new Set(profile.skills.map(norm));
  const tailoredSkills = new Set(resume.skills.map(norm));
  return {
    summaryChanged: norm(resume.summary) !== norm(profile.summary),
    headlineChanged: norm(resume.headline) !== norm(profile.headline),
    experience: resume.experience.map((entry, index) => {
      const sourceIndex = profile.experience.findIndex(
        (p) => norm(p.company) === norm(entry.company) && norm(p.title) === norm(entry.title),
      );
      const source = sourceIndex >= 0 ? profile.experience[sourceIndex] : null;
      const original = source?.highlights.map(norm) ?? [];
      const highlights = entry.highlights.map((h, i): HighlightChange => {
        const at = original.indexOf(norm(h));
        if (at === -1) return "re-worded";
        return at === i ? "kept" : "re-ordered";
      });
      const omitted = Math.max(0, original.length - entry.highlights.length);
      return { moved: sourceIndex >= 0 && sourceIndex !== index, highlights, omitted };
    }),
    skillsFromProfile: resume.skills.filter((s) => profileSkills.has(norm(s))),
    skillsFromElsewhere: resume.skills.filter((s) => !profileSkills.has(norm(s))),
    skillsLeftOut: profile.skills.filter((s) => !tailoredSkills.has(norm(s))),
  };
}

function norm(s: string | null | undefined): string {
  return (s ?? "").trim().replace(/\s+/g, " ").toLowerCase();
}
