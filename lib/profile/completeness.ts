import type { ProfileFields } from "@/core/schemas/profile";

// How complete a profile is, and which fields are empty or look doubtful (a CV parser's reading, or a typo), so
// the page can point at what to check before the profile feeds resumes, letters and interview questions.
// No zod here: it runs in the browser.

export type Completeness = {
  /** 0–100: the share of the checked fields that are filled and not doubtful. */
  percent: number;
  empty: string[];
  /** Field label and why it looks wrong. */
  doubtful: { field: string; reason: string }[];
};

// The last label without dots: with [^\s@] there a long run of dots was rescanned from each (quadratic).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;

export function profileCompleteness(p: ProfileFields): Completeness {
  const empty: string[] = [];
  const doubtful: Completeness["doubtful"] = [];
  const check = (field: string, filled: boolean, problem: string | null = null) => {
    if (!filled) empty.push(field);
    else if (problem) doubtful.push({ field, reason: problem });
  };
  check("Name", p.name.trim() !== "", /\d|@/.test(p.name) ? "it has digits or an @ in it" : null);
  check("E-mail", p.email.trim() !== "", EMAIL.test(p.email.trim()) ? null : "it does not look like an e-mail address");
  check("Phone", p.phone.trim() !== "", p.phone.replace(/\D/g, "").length < 7 ? "it has fewer than 7 digits" : null);
  check("Location", p.location.trim() !== "");
  check("Headline", p.headline.trim() !== "", p.headline.length > 160 ? "it is longer than a headline (160 characters)" : null);
  const summaryWords = p.summary.trim().split(/\s+/).filter(Boolean).length;
  check("Summary", summaryWords > 0, summaryWords < 15 ? "it is only a few words; two or three sentences work better" : null);
  const jobs = p.experience;
  check("Experience", jobs.length > 0, jobs.some((j) => !j.title.trim() || !j.company.trim()) ? "a job has no title or no company" : null);
  check("Education", p.education.length > 0);
  check("Skills", p.skills.technical.length > 0, p.skills.technical.length < 3 ? "fewer than 3 technical skills" : null);
  const total = 9;
  return { percent: Math.round(((total - empty.length - doubtful.length) / total) * 100), empty, doubtful };
}
