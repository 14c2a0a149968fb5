import { boundLines } from "../text/bounds";
import { jobDataSchema, type JobData } from "@/core/schemas/job";
import { normalizeEmploymentType, type PostingFields } from "../text/job-posting";
import { jobSkills, type JobSkills } from "../text/job-skills";
import { jobSource, type JobInput } from "../text/job-source";
import { canonicalSkill, findSkills, scanSkills } from "../text/skills";
import { cleanTitle, detectEmploymentType, detectSalary, detectSeniority, detectTitle, ROLE } from "./job-fields";
import { companyOfDomains, companyOfPageTitle } from "./job-company";
import { headlineOf, parseHeadline, placeFromHeadline } from "./job-headline";
import { detectCompany, detectLocation } from "./job-place";
import { titleLike } from "./job-title";
import { BULLET, jobHeadingKind, splitJobSections, splitSentences, toItems, type JobSection } from "./job-sections";

// The offline job analyser: job page HTML or pasted text → JobData.
// Order: schema.org JobPosting JSON-LD → microdata → the main content's text. Whatever the structured data
// lacks is filled from section detection on the text (about, responsibilities, requirements, nice to have,
// benefits/culture), patterns (seniority, employment type, salary, location, company, title) and the skills
// dictionary (hard and soft skills).

function uniq(items: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase().replace(/\s+/g, " ").trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(item.trim());
  }
  return out;
}

const cap = (list: string[], n: number, len: number) =>
  uniq(list)
    .slice(0, n)
    .map((s) => s.slice(0, len));

/**
 * Skills found only inside the employer's name ("Analytics" in "Example Analytics", "Cloud Computing" in "Acme
 * Cloud"): the name's words are not skills. A longer skill that starts with the name ("Google Cloud" at Google) and
 * a skill the text also names elsewhere are kept, and so is a name that is itself a skill ("Docker").
 */
export function skillsOnlyInCompanyName(text: string, company: string): Set<string> {
  const name = company.trim().replace(/(?<![.,])[.,]+$/, "");
  if (name.length < 2 || canonicalSkill(name)) return new Set();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  // regex-scan: built from the company name escaped to plain text, words joined by \s+, between look-arounds: each start costs at most the name's length
  const spans = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))].map((m) => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]);
  if (!spans.length) return new Set();
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const hit of scanSkills(text)) (spans.some(([a, b]) => hit.start >= a && hit.end <= b) ? inside : outside).add(hit.canonical);
  return new Set([...inside].filter((s) => !outside.has(s)));
}

export function parseJobOffline(input: JobInput): JobData {
  const source = jobSource(input);
  const { posting } = source;
  // A parenthesis broken over two lines by PDF extraction ("(5+ Years of" / "Experience)") is joined.
  const text = boundLines(source.text).replace(/\(([^()\n]{0,60})\n([^()\n]{0,40}\))/g, "($1 $2");
  const sections = splitJobSections(text);
  const lists = sectionLists(sections, posting);
  const summary = summaryOf(lists, posting);
  const { title, company, location } = titleCompanyLocation(text, posting, source.htmlTitle);
  // Nothing in the text names the employer: the page's <title>, then the URL's or an e-mail address's domain.
  const employer = company || companyOfPageTitle(source.docTitle) || companyOfDomains(text, input.url ?? "", source.siteName);
  const employmentType =
    (posting?.employment_type && normalizeEmploymentType(posting.employment_type)) || detectEmploymentType(title, text);
  const seniority = detectSeniority(title, [summary, text].join("\n")) || posting?.seniority || "";
  const salary = posting?.salary || detectSalary(text);
  const { hard, terms, domains, soft } = skillsOf(text, sections, lists, { title, summary, company: employer, posting });

  const data: JobData = {
    job_title: title.slice(0, 300),
    company: employer.slice(0, 300),
    location: location.slice(0, 300),
    url: (input.url ?? "").slice(0, 2000),
    employment_type: employmentType.slice(0, 100),
    seniority: seniority.slice(0, 100),
    salary: salary.slice(0, 300),
    summary: summary.slice(0, 5000),
    requirements: cap(lists.requirements, 100, 1000),
    responsibilities: cap(lists.responsibilities, 100, 1000),
    qualifications: cap(lists.qualifications, 100, 1000),
    nice_to_have: cap(lists.niceToHave, 100, 1000),
    hard_skills: cap(hard, 200, 100),
    hard_skill_terms: terms.slice(0, 200).map((t) => ({ term: t.term.slice(0, 100), canonical: t.canonical.slice(0, 100) })),
    domains: cap(domains, 50, 100),
    soft_skills: cap(soft, 100, 100),
    culture: cap(withoutApplyLines(lists.culture), 50, 1000),
    benefits: cap(withoutApplyLines(lists.benefits), 50, 1000),
    description: text.slice(0, 60_000),
    engine: "offline",
    model: null,
  };
  return jobDataSchema.parse(data);
}

type Sections = ReturnType<typeof splitJobSections>;

/** The posting's lists, and the intro and about lines they were not found in. */
type JobLists = {
  responsibilities: string[];
  requirements: string[];
  qualifications: string[];
  niceToHave: string[];
  culture: string[];
  benefits: string[];
  intro: string[];
  about: string[];
};

/** Lists from the sections under their headings, led by the structured data's; then from paragraphs when none. */
function sectionLists(sections: Sections, posting: PostingFields | null): JobLists {
  const itemsOf = (kind: JobSection) => sections.filter((s) => s.kind === kind).flatMap((s) => toItems(s.lines));
  const lists: JobLists = {
    responsibilities: itemsOf("responsibilities"),
    requirements: itemsOf("requirements"),
    qualifications: itemsOf("qualifications"),
    niceToHave: itemsOf("nice_to_have"),
    culture: [...itemsOf("benefits"), ...itemsOf("culture")],
    benefits: itemsOf("benefits"),
    intro: sections.filter((s) => s.kind === "intro").flatMap((s) => s.lines),
    about: [...sections.filter((s) => s.kind === "about").flatMap((s) => s.lines)],
  };
  if (posting) {
    if (posting.responsibilities?.length) lists.responsibilities = uniq([...posting.responsibilities, ...lists.responsibilities]);
    if (posting.requirements?.length) lists.requirements = uniq([...posting.requirements, ...lists.requirements]);
    if (posting.qualifications?.length) lists.qualifications = uniq([...posting.qualifications, ...lists.qualifications]);
    if (posting.nice_to_have?.length) lists.niceToHave = uniq([...posting.nice_to_have, ...lists.niceToHave]);
    if (posting.benefits?.length) lists.culture = uniq([...posting.benefits, ...lists.culture]);
    if (posting.benefits?.length) lists.benefits = uniq([...posting.benefits, ...lists.benefits]);
  }
  listsFromParagraphs(lists);
  moveNiceToHave(lists);
  return lists;
}

/**
 * Pasted paragraphs with no such headings: sentences that state requirements feed requirements, "you will…" ones
 * responsibilities.
 */
function listsFromParagraphs(lists: JobLists): void {
  const needReq = !lists.requirements.length && !lists.qualifications.length;
  const needResp = !lists.responsibilities.length;
  if (!needReq && !needResp) return;
  for (const sentence of splitSentences([...lists.intro, ...lists.about].join(" "))) {
    if (
      /\b(?:\d+\+?\s*years|experience (?:with|in)|knowledge of|familiarity|proficien|degree in|must have|required|you have|strong (?:grasp|understanding)|expertise in)\b/i.test(
        sentence,
      )
    ) {
      if (needReq) lists.requirements.push(sentence);
    } else if (/\b(?:you will|you'll|you would|your role|responsible for|in this role)\b/i.test(sentence)) {
      if (needResp) lists.responsibilities.push(sentence);
    }
  }
}

/** "Nice to have" sentences hidden in the requirements move to nice_to_have. */
function moveNiceToHave(lists: JobLists): void {
  const stillRequired: string[] = [];
  for (const r of lists.requirements) {
    if (/\b(?:nice to have|is a plus|are a plus|a bonus|preferred|bonus points|desirable)\b/i.test(r.replace(/\([^()]*\)/g, "")))
      lists.niceToHave.push(r);
    else stillRequired.push(r);
  }
  lists.requirements = stillRequired;
}

/** The first three sentences of the about (or intro) text; a short one-paragraph JSON-LD description instead. */
function summaryOf({ about, intro }: JobLists, posting: PostingFields | null): string {
  const summarySource = about.length ? about : intro;
  let summary = splitSentences(summarySource.filter((l) => l && !BULLET.test(l)).join(" "))
    .filter((s) => !/^(?:job description|location|salary|industry|hours|date posted|occupational category)\b/i.test(s))
    .slice(0, 3)
    .join(" ");
  summary = summary.replace(/^(?:description|summary|overview)\s*:\s*/i, "");
  // A short, single-paragraph JSON-LD description is the summary itself.
  if (posting?.description && posting.description.length < 600 && !/\n/.test(posting.description.trim()))
    summary = posting.description.replace(/^(?:description|summary)\s*:\s*/i, "");
  return summary;
}

/** Title, company and location: structured data, then the headline, then patterns, then a PDF-style header line. */
function titleCompanyLocation(
  text: string,
  posting: PostingFields | null,
  htmlTitle: string,
): { title: string; company: string; location: string } {
  const htmlHeading = cleanTitle(htmlTitle.split(/(?<!\s)\s+[|–—-]\s+/)[0] ?? "");
  const rawTitle =
    posting?.title ||
    (ROLE.test(htmlHeading) || titleLike(htmlHeading) ? htmlTitle : "") ||
    headlineOf(text)?.title ||
    detectTitle(text) ||
    htmlHeading;
  // "Senior Backend Engineer at Example Analytics (Berlin, hybrid)": the title is the part before "at".
  const headline = parseHeadline(rawTitle);
  const title = cleanTitle((headline?.title ?? (rawTitle === htmlTitle ? htmlHeading : rawTitle)).replace(/^job description\s*:\s*/i, ""));
  let company = posting?.company || headline?.company || detectCompany(text);
  let location = posting?.location || headline?.location || detectLocation(text);
  if (!company || !location) {
    const header = companyAndPlaceLine(text);
    if (header) {
      if (!company) company = header.company;
      if (!location) location = header.location;
    }
  }
  return { title, company, location };
}

/** PDF-style header: "Tech Solutions, San Francisco, CA, USA" on the line after the title. */
function companyAndPlaceLine(text: string): { company: string; location: string } | null {
  const headerText = text.split("\n").slice(0, 6).join("\n");
  const headerLines = headerText
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (headerLines.length <= 1) return null;
  const second = headerLines[1];
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const parts = second.split(/\s*,\s*/);
  const firstIsTitle = headerLines[0].length <= 100 && !/[.!?]$/.test(headerLines[0]);
  const shortParts = parts.every((p) => /^[A-Z0-9]/.test(p) && p.split(/\s+/).length <= 4);
  if (
    firstIsTitle &&
    shortParts &&
    parts.length >= 2 &&
    parts.length <= 5 &&
    second.length < 100 &&
    !/[.!?]$/.test(second) &&
    !jobHeadingKind(second) &&
    !placeFromHeadline(parts[0])
  )
    return { company: parts[0], location: parts.slice(1).join(", ") };
  return null;
}

/**
 * Hard skills (with the posting's own words for them) and domains from the title, summary, lists and (for shorter
 * postings) the other text; soft skills from the prose. Skills found only inside the employer's name are dropped.
 */
function skillsOf(
  text: string,
  sections: Sections,
  lists: JobLists,
  job: { title: string; summary: string; company: string; posting: PostingFields | null },
): JobSkills & { soft: string[] } {
  const { responsibilities, requirements, qualifications, niceToHave, intro } = lists;
  const skillText = [
    job.title,
    job.summary,
    ...responsibilities,
    ...requirements,
    ...qualifications,
    ...niceToHave,
    text.length < 20000
      ? sections
          .filter((s) => s.kind === "intro" || s.kind === "about" || s.kind === "other")
          .flatMap((s) => s.lines)
          .join("\n")
      : "",
    ...(job.posting?.skills ?? []),
  ].join("\n");
  const nameOnly = skillsOnlyInCompanyName(skillText, job.company);
  const skills = jobSkills(skillText);
  const hard = skills.hard.filter((s) => !nameOnly.has(s));
  const terms = skills.terms.filter((t) => !nameOnly.has(t.canonical));
  const domains = skills.domains.filter((d) => !nameOnly.has(d));
  const softText = [job.summary, ...requirements, ...qualifications, ...niceToHave, ...responsibilities, ...intro].join("\n");
  const softNameOnly = skillsOnlyInCompanyName(softText, job.company);
  const soft = findSkills(softText).soft.filter((s) => !softNameOnly.has(s));
  return { hard, terms, domains, soft };
}

/** Benefits and culture without the application instructions that often end them. */
function withoutApplyLines(culture: string[]): string[] {
  return culture.filter(
    (c) =>
      !/^(?:if (?:you are )?interested|to apply|how to apply|please (?:send|email|submit|apply)|apply (?:now|today|here)|date posted|posted (?:on|date)|job id|requisition)/i.test(
        c,
      ),
  );
}
