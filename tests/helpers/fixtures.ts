import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractText } from "unpdf";

// Helpers to read the third-party documents in ../shared/fixtures (see its README) from tests.

/** Absolute path of ../shared/fixtures seen from the repo root (the directory vitest runs in). */
export function fixturesDir(): string {
  return path.resolve(process.cwd(), "../shared/fixtures");
}

export function fixturePath(...parts: string[]): string {
  return path.join(fixturesDir(), ...parts);
}

export function hasFixtures(): boolean {
  return existsSync(fixturesDir());
}

export function readFixtureText(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), "utf8");
}

export function readFixtureJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFixtureText(...parts)) as T;
}

/** The text of a PDF fixture (all pages, joined with newlines), as unpdf extracts it. */
export async function pdfFixtureText(...parts: string[]): Promise<string> {
  const data = new Uint8Array(readFileSync(fixturePath(...parts)));
  const { text } = await extractText(data, { mergePages: true });
  return text;
}

type JsonResumeDate = string | undefined;
type JsonResume = {
  basics?: {
    name?: string;
    label?: string;
    email?: string;
    phone?: string;
    url?: string;
    summary?: string;
    location?: { address?: string; city?: string; region?: string; countryCode?: string; postalCode?: string };
    profiles?: { network?: string; username?: string; url?: string }[];
  };
  work?: {
    name?: string;
    position?: string;
    location?: string;
    startDate?: JsonResumeDate;
    endDate?: JsonResumeDate;
    summary?: string;
    highlights?: string[];
  }[];
  volunteer?: {
    organization?: string;
    position?: string;
    startDate?: JsonResumeDate;
    endDate?: JsonResumeDate;
    summary?: string;
    highlights?: string[];
  }[];
  education?: {
    institution?: string;
    area?: string;
    studyType?: string;
    startDate?: JsonResumeDate;
    endDate?: JsonResumeDate;
    score?: string;
    courses?: string[];
  }[];
  awards?: { title?: string; date?: string; awarder?: string; summary?: string }[];
  certificates?: { name?: string; date?: string; issuer?: string }[];
  publications?: { name?: string; publisher?: string; releaseDate?: string; summary?: string }[];
  skills?: { name?: string; level?: string; keywords?: string[] }[];
  languages?: { language?: string; fluency?: string }[];
  interests?: { name?: string; keywords?: string[] }[];
  projects?: { name?: string; description?: string; highlights?: string[]; keywords?: string[]; startDate?: string; endDate?: string }[];
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function fmtDate(value: JsonResumeDate): string {
  if (!value) return "Present";
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  return m[2] ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : m[1];
}

/** Renders a JSON Resume document as the plain text a CV would contain (headings, one entry per block, bullets). */
export function renderJsonResume(resume: JsonResume): string {
  const lines: string[] = [];
  const b = resume.basics ?? {};
  if (b.name) lines.push(b.name);
  if (b.label) lines.push(b.label);
  const loc = b.location ? [b.location.address, b.location.city, b.location.region].filter(Boolean).join(", ") : "";
  lines.push([b.email, b.phone, loc].filter(Boolean).join(" | "));
  const links = [b.url, ...(b.profiles ?? []).map((p) => p.url)].filter(Boolean);
  if (links.length) lines.push(links.join(" | "));
  if (b.summary) lines.push("", "SUMMARY", b.summary);
  if (resume.work?.length) {
    lines.push("", "WORK EXPERIENCE");
    for (const w of resume.work) {
      lines.push(
        `${w.position ?? ""}, ${w.name ?? ""}${w.location ? `, ${w.location}` : ""}, ${fmtDate(w.startDate)} - ${fmtDate(w.endDate)}`,
      );
      if (w.summary) lines.push(w.summary);
      for (const h of w.highlights ?? []) lines.push(`• ${h}`);
    }
  }
  if (resume.volunteer?.length) {
    lines.push("", "VOLUNTEER");
    for (const v of resume.volunteer) {
      lines.push(`${v.position ?? ""}, ${v.organization ?? ""}, ${fmtDate(v.startDate)} - ${fmtDate(v.endDate)}`);
      if (v.summary) lines.push(v.summary);
      for (const h of v.highlights ?? []) lines.push(`• ${h}`);
    }
  }
  if (resume.education?.length) {
    lines.push("", "EDUCATION");
    for (const e of resume.education) {
      lines.push(
        `${[e.studyType, e.area].filter(Boolean).join(" of ")}, ${e.institution ?? ""}, ${fmtDate(e.startDate)} - ${fmtDate(e.endDate)}`,
      );
      if (e.score) lines.push(`GPA: ${e.score}`);
    }
  }
  if (resume.projects?.length) {
    lines.push("", "PROJECTS");
    for (const p of resume.projects) {
      lines.push(p.name ?? "");
      if (p.description) lines.push(p.description);
      for (const h of p.highlights ?? []) lines.push(`• ${h}`);
      if (p.keywords?.length) lines.push(`Technologies: ${p.keywords.join(", ")}`);
    }
  }
  if (resume.awards?.length) {
    lines.push("", "AWARDS");
    for (const a of resume.awards)
      lines.push(`• ${a.title ?? ""}${a.awarder ? `, ${a.awarder}` : ""}${a.date ? ` (${a.date.slice(0, 4)})` : ""}`);
  }
  if (resume.skills?.length) {
    lines.push("", "SKILLS");
    for (const s of resume.skills) lines.push(`${s.name ?? ""}: ${(s.keywords ?? []).join(", ")}`);
  }
  if (resume.languages?.length) {
    lines.push("", "LANGUAGES");
    lines.push(resume.languages.map((l) => `${l.language}${l.fluency ? ` (${l.fluency})` : ""}`).join(", "));
  }
  if (resume.interests?.length) {
    lines.push("", "INTERESTS");
    for (const i of resume.interests) lines.push(`${i.name ?? ""}: ${(i.keywords ?? []).join(", ")}`);
  }
  return lines.join("\n");
}
