import { AppError } from "@/core/errors";
import { loadHtml } from "./html-depth";
import { mainText, pageTitle, siteNames } from "./job-html";
import { jsonLdPosting, microdataPosting, type PostingFields } from "./job-posting";
import { notAJobPosting } from "./job-kind";
import { jobSkills } from "./job-skills";

// What both engines read from a job: the readable text of a pasted posting or a page (schema.org JobPosting data,
// then the main content), login walls and texts that are not job postings refused, and the hard skills the dictionary finds in it.

export const LOGIN_WALL_MESSAGE = "This page needs a login or JavaScript — paste the job text instead.";

export type JobInput = { html?: string; text?: string; url?: string };

/** htmlTitle: the page's heading; siteName and docTitle: og:site_name and <title>, read for the employer's name. */
export type JobSource = { text: string; posting: PostingFields | null; htmlTitle: string; siteName: string; docTitle: string };

/**
 * The readable text of a job (pasted text, or a page's JSON-LD/microdata and main content). A page that is a login
 * wall or needs JavaScript → AppError("unprocessable", LOGIN_WALL_MESSAGE).
 */
export function jobSource(input: JobInput): JobSource {
  let posting: PostingFields | null = null;
  let text = (input.text ?? "").trim();
  let htmlTitle = "";
  let names = { siteName: "", docTitle: "" };
  if (!text && input.html && input.html.trim()) {
    const $ = loadHtml(input.html);
    posting = jsonLdPosting($) ?? microdataPosting($);
    htmlTitle = pageTitle($);
    names = siteNames($);
    const pageText = mainText($);
    if (!posting && looksLikeWall(pageText)) throw new AppError("unprocessable", LOGIN_WALL_MESSAGE);
    // Prefer the visible page text for sections; a JSON-LD description fills in when the page is mostly script.
    const structuredText = posting?.description ?? "";
    text = pageText.length >= structuredText.length * 0.6 ? pageText : structuredText;
    if (!text && posting) text = structuredText;
  }
  if (!text && !posting) throw new AppError("unprocessable", "The job posting has no readable text.");
  // Structured JobPosting data settles it; otherwise placeholder text, a CV or an article is refused, not analysed.
  const notPosting = posting ? null : notAJobPosting(text);
  if (notPosting) throw new AppError("unprocessable", notPosting);
  return { text, posting, htmlTitle, ...names };
}

function looksLikeWall(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  const wallPhrase =
    /\b(?:enable javascript|javascript (?:is )?(?:required|disabled)|turn on javascript|requires javascript|sign in to (?:view|see|continue|apply)|log ?in to (?:view|see|continue)|please (?:sign|log) ?in|you must be logged in|join (?:now )?to (?:view|see)|create an account to (?:view|see)|access denied|are you a robot|verify you are human|captcha)\b/i;
  if (t.length < 200) return true;
  if (t.length < 1500 && wallPhrase.test(t)) return true;
  return false;
}

/** The job's hard skills (dictionary + spoken-language requirements; domains left out), canonical names. */
export function extractHardSkills(text: string): string[] {
  return jobSkills(text).hard;
}
