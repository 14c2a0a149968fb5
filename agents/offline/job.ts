import { jobDataSchema, type JobData } from "@/core/schemas/job";
import { normalizeEmploymentType } from "../text/job-html";
import { extractHardSkills, jobSource, type JobInput } from "../text/job-source";
import { detectCompany, detectLocation, headlineOf, parseHeadline } from "./job-place";
import { canonicalSkill, findSkills, scanSkills } from "../text/skills";

export { detectCompany, detectLocation } from "./job-place";

// The offline job analyser: job page HTML or pasted text → JobData.
// Order: schema.org JobPosting JSON-LD → microdata → the main content's text. Whatever the structured data
// lacks is filled from section detection on the text (about, responsibilities, requirements, nice to have,
// benefits/culture), patterns (seniority, employment type, salary, location, company, title) and the skills
// dictionary (hard and soft skills).

export type JobSection =
  | "about"
  | "responsibilities"
  | "requirements"
  | "qualifications"
  | "nice_to_have"
  | "benefits"
  | "culture"
  | "apply"
  | "other";

const SECTION_HEADINGS: [JobSection, RegExp][] = [
  [
    "nice_to_have",
    /^(?:nice[- ]to[- ]haves?|preferred(?: qualifications| skills| experience| requirements)?|bonus(?: points)?(?: if you have)?|pluses|plus|a plus|desirable(?: skills)?|good to have|extra credit|it would be (?:great|nice) if(?: you have)?|ideally|even better if|what would make you stand out|additional (?:skills|qualifications))$/,
  ],
  [
    "responsibilities",
    /^(?:(?:key |main |core |your |job |primary )?(?:responsibilities|duties|accountabilities)|roles? (?:and|&) responsibilities|responsibilities (?:and|&) duties|what you(?:'|’)?ll do|what you will do|what you will be doing|what you(?:'|’)?ll be doing|what you(?:'|’)?ll work on|your (?:role|mission|impact|tasks|day to day)|in this role(?:,? you will)?|the role|day[- ]to[- ]day|tasks|your job|the job|what the job involves|you will)$/,
  ],
  [
    "requirements",
    /^(?:(?:job |minimum |basic |key |core |essential |technical |mandatory )?requirements|requirements (?:and|&) qualifications|(?:required|must[- ]have|key|technical|desired|essential) (?:skills|experience|qualifications)|must[- ]haves?|skills(?: (?:and|&) (?:experience|qualifications|requirements))?|experience(?: requirements)?|educational? requirements|education(?: requirements)?|what we(?:'|’)?re looking for|what we are looking for|who (?:you are|we(?:'|’)?re looking for|we are looking for)|what you(?:'|’)?ll (?:bring|need)|what you bring|what you need|you have|about you|your (?:profile|background|skills|experience)|profile|you(?:'|’)?re|you are|the ideal candidate|ideal candidate|candidate profile)$/,
  ],
  ["qualifications", /^(?:(?:minimum |basic |required |key )?qualifications|qualifications (?:and|&) (?:skills|experience))$/],
  [
    "benefits",
    /^(?:benefits|perks|perks (?:and|&) benefits|benefits (?:and|&) perks|what we offer|we offer|our offer|compensation(?: (?:and|&) benefits)?|why (?:join us|work (?:with|for) us|you(?:'|’)?ll love (?:it|working) here)|incentives|salary (?:and|&) benefits|what(?:'|’)?s in it for you|rewards)$/,
  ],
  [
    "culture",
    /^(?:(?:our )?culture|(?:our )?values|life at .{2,30}|equal (?:employment )?opportunity(?: employer)?|diversity(?: (?:and|&|,) (?:inclusion|equity).*)?|(?:eeo|eeo statement)|working (?:here|at .{2,30})|how we work)$/,
  ],
  [
    "about",
    /^(?:about(?: (?:us|the (?:company|team|role|job|position|opportunity)|.{2,30}))?|(?:job |position |role )?(?:summary|overview|description)|company (?:overview|description)|who we are|the (?:company|team|opportunity|position)|introduction|description|job description(?:: .*)?|our (?:company|team|mission|story))$/,
  ],
  ["apply", /^(?:how to apply|to apply|application process|apply(?: now)?|next steps|interview process|hiring process)$/],
];

export function jobHeadingKind(line: string): { kind: JobSection; rest: string } | null {
  const m = /^\s*(?:#+\s*)?([^:]{2,60}?)\s*:?\s*$/.exec(line) ?? null;
  const inline = /^\s*([A-Za-z][A-Za-z '’&/,-]{1,50}?)\s*:\s*(.+)$/.exec(line);
  const test = (label: string) => {
    const t = label
      .toLowerCase()
      .replace(/[*_#]/g, "")
      .replace(/\s+/g, " ")
      .replace(/[!?.]+$/, "")
      .trim();
    if (!t || t.split(" ").length > 8) return null;
    for (const [kind, re] of SECTION_HEADINGS) if (re.test(t)) return kind;
    return null;
  };
  if (m && !/^[•\-*]/.test(line.trim())) {
    const kind = test(m[1]);
    if (kind) return { kind, rest: "" };
  }
  if (inline && !/^[•\-*]/.test(line.trim())) {
    const kind = test(inline[1]);
    // "Job Description: Front End Engineer" is a title line, not the start of a section.
    if (kind === "about" && inline[2].length < 90 && !/[.!?]$/.test(inline[2]) && ROLE.test(inline[2])) return null;
    if (kind) return { kind, rest: inline[2].trim() };
  }
  return null;
}

type TextSection = { kind: JobSection | "intro"; heading: string; lines: string[] };

export function splitJobSections(text: string): TextSection[] {
  const sections: TextSection[] = [{ kind: "intro", heading: "", lines: [] }];
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/([a-z])-\n([a-z])/g, "$1$2")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim());
  for (const line of lines) {
    if (/^\d{1,2}(?:\s*\/\s*\d{1,2})?$/.test(line)) continue; // page numbers
    const heading = line ? jobHeadingKind(line) : null;
    if (heading) {
      sections.push({ kind: heading.kind, heading: line, lines: heading.rest ? [heading.rest] : [] });
      continue;
    }
    sections[sections.length - 1].lines.push(line);
  }
  return sections;
}

const BULLET = /^\s*(?:[•●▪◦‣∙·■□➢➤►▶✓✔\-*–—]|\d{1,2}[.)])\s+/;

/** Section lines → list items: bullets (with wrapped lines joined), else sentences / semicolon-separated items. */
export function toItems(lines: string[]): string[] {
  const items: string[] = [];
  let paragraph: string[] = [];
  let inBullet = false;
  const flushParagraph = () => {
    const text = paragraph.join(" ").replace(/\s+/g, " ").trim();
    paragraph = [];
    if (!text) return;
    for (const part of splitSentences(text)) items.push(part);
  };
  for (const line of lines) {
    if (!line) {
      flushParagraph();
      inBullet = false;
      continue;
    }
    if (BULLET.test(line)) {
      flushParagraph();
      items.push(line.replace(BULLET, "").trim());
      inBullet = true;
    } else if (inBullet && /^[a-z(0-9]/.test(line)) {
      items[items.length - 1] += ` ${line}`;
    } else {
      inBullet = false;
      paragraph.push(line);
    }
  }
  flushParagraph();
  return items.map((i) => i.replace(/\s+/g, " ").trim()).filter((i) => i.length > 1);
}

export function splitSentences(text: string): string[] {
  const parts = text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])|;\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// Patterns

const SENIORITY: [string, RegExp][] = [
  ["Intern", /\b(?:intern|internship|trainee|apprentice(?:ship)?)\b/i],
  ["Principal", /\bprincipal\b/i],
  ["Director", /\b(?:director|head of|vp|vice president|chief)\b/i],
  ["Staff", /\bstaff\b/i],
  ["Lead", /\b(?:lead|team lead|tech lead|leader)\b/i],
  ["Senior", /\b(?:senior|sr\.?|snr)(?![\w-])/i],
  ["Mid", /\b(?:mid[- ]?level|mid[- ]senior|intermediate|mid)\b/i],
  ["Junior", /\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|associate)(?![\w-])/i],
];

export function detectSeniority(title: string, text: string): string {
  for (const [label, re] of SENIORITY) if (re.test(title)) return label;
  // In the text, only explicit level phrases count ("a mid-level software engineer", "senior-level").
  const phrase =
    /\b(intern(?:ship)?|entry[- ]level|junior|mid[- ]level|intermediate|senior|principal|staff|lead)(?:[- ]level)?\s+(?:[a-z/-]+\s+){0,3}(?:engineer|developer|designer|manager|analyst|scientist|role|position|candidate|professional|architect|consultant)/i.exec(
      text,
    );
  if (phrase) {
    for (const [label, re] of SENIORITY)
      if (re.test(phrase[1].replace(/-/g, " ").replace(/ level$/, "") + (phrase[1].toLowerCase().startsWith("mid") ? " mid" : "")))
        return label;
  }
  const explicit = /experience level:\s*(\w[\w -]*)/i.exec(text);
  if (explicit) for (const [label, re] of SENIORITY) if (re.test(explicit[1])) return label;
  // Years of experience as a last resort.
  const years = [
    ...text.matchAll(
      /(?:at least |minimum (?:of )?|minumum |over |)(\d{1,2})\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)(?:\s+of)?(?:\s+\w+){0,3}\s+experience/gi,
    ),
  ].map((m) => Number(m[1]));
  const titleYears = /\((\d{1,2})\+?\s*years?/i.exec(title);
  if (titleYears) years.unshift(Number(titleYears[1]));
  if (years.length) {
    const y = years[0];
    if (y >= 10) return "Senior";
    if (y >= 6) return "Senior";
    if (y >= 3) return "Mid";
    return "Junior";
  }
  return "";
}

const EMPLOYMENT_PATTERNS: [string, RegExp][] = [
  ["Internship", /\b(?:internship|intern position|working student|werkstudent)\b/i],
  ["Full-time", /\bfull[- ]?time\b|\bpermanent\b/i],
  ["Part-time", /\bpart[- ]?time\b/i],
  ["Contract", /\b(?:contract(?:or)?(?: role| position| basis)?|freelance|fixed[- ]term|temporary|temp)\b/i],
];

export function detectEmploymentType(title: string, text: string): string {
  const explicit = /\b(?:job|employment|contract|position) type:\s*([^\n]+)/i.exec(text) ?? /\bhours:\s*([^\n]+)/i.exec(text);
  const probe = explicit ? explicit[1] : "";
  for (const source of [probe, title]) for (const [label, re] of EMPLOYMENT_PATTERNS) if (source && re.test(source)) return label;
  const hits = EMPLOYMENT_PATTERNS.filter(([, re]) => re.test(text)).map(([label]) => label);
  if (hits.includes("Internship") && /\bintern/i.test(title)) return "Internship";
  if (hits.includes("Full-time")) return "Full-time";
  return hits[0] ?? "";
}

const MONEY =
  "(?:[$€£¥₹]\\s?\\d[\\d,.]*\\s?[kK]?|\\d[\\d,.]*\\s?[kK]?\\s?(?:USD|EUR|GBP|CHF|CAD|AUD|INR|€|\\$)|(?:USD|EUR|GBP|CHF|CAD|AUD|INR)\\s?\\d[\\d,.]*\\s?[kK]?)";
const SALARY_RE = new RegExp(
  `${MONEY}(?:\\s*(?:-|–|—|to)\\s*(?:${MONEY}|\\d[\\d,.]*\\s?[kK]?))?(?:\\s*(?:per|/|a|an)\\s*(?:year|yr|annum|hour|hr|month|mo|day))?`,
  "i",
);

export function detectSalary(text: string): string {
  const line = /\b(?:salary|compensation|pay(?: range)?|base pay|rate)\s*:\s*([^\n]{2,120})/i.exec(text);
  if (line && /\d/.test(line[1])) return line[1].trim().replace(/[.;]$/, "");
  const m = SALARY_RE.exec(text);
  return m ? m[0].trim() : "";
}

const ROLE =
  /\b(?:engineer|developer|manager|analyst|designer|scientist|architect|consultant|specialist|administrator|lead|director|intern|programmer|tester|officer|coordinator|recruiter|writer|researcher|technician|representative|strategist|owner|associate|head|vp|sre)\b/i;

export function detectTitle(text: string): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, 4)) {
    const m = /^(?:job (?:description|title)|position|role|title)\s*[:\-–]\s*(.+)$/i.exec(line);
    if (m) return cleanTitle(m[1]);
  }
  const first = lines[0];
  if (first && first.length <= 80 && ROLE.test(first) && !/[.!?]$/.test(first) && first.split(/\s+/).length <= 10) return cleanTitle(first);
  const sentence =
    /\b(?:looking for|seeking|seeks|hiring|searching for|recruiting)\s+(?:an?\s+|the\s+|our\s+next\s+)?(?:talented\s+|skilled\s+|experienced\s+|passionate\s+|motivated\s+|highly\s+\w+\s+|full[- ]time\s+|part[- ]time\s+)*([A-Za-z][\w/+#.() -]{2,60}?)(?=\s+(?:to|who|with|that|for|in|at|on|based|and)\b|[.,;!\n])/i.exec(
      text,
    );
  if (sentence && ROLE.test(sentence[1])) return cleanTitle(sentence[1]);
  return "";
}

function cleanTitle(t: string): string {
  return t
    .replace(/\s*\([^)]*$/, "")
    .replace(/\s*\((?:\d+\+?\s*(?:-\s*\d+\s*)?years?[^)]*|m\/f\/d|f\/m\/d|m\/w\/d|all genders)\)\s*/gi, " ")
    .replace(/\s+/g, " ")
    .replace(/[\s,;:-]+$/, "")
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------

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
  const name = company.trim().replace(/[.,]+$/, "");
  if (name.length < 2 || canonicalSkill(name)) return new Set();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
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
  const { posting, htmlTitle } = source;
  // A parenthesis broken over two lines by PDF extraction ("(5+ Years of" / "Experience)") is joined.
  const text = source.text.replace(/\(([^()\n]{0,60})\n([^()\n]{0,40}\))/g, "($1 $2");

  const sections = splitJobSections(text);
  const itemsOf = (kind: JobSection) => sections.filter((s) => s.kind === kind).flatMap((s) => toItems(s.lines));
  const intro = sections.filter((s) => s.kind === "intro").flatMap((s) => s.lines);
  const about = [...sections.filter((s) => s.kind === "about").flatMap((s) => s.lines)];

  let responsibilities = itemsOf("responsibilities");
  let requirements = itemsOf("requirements");
  let qualifications = itemsOf("qualifications");
  let niceToHave = itemsOf("nice_to_have");
  let culture = [...itemsOf("benefits"), ...itemsOf("culture")];

  if (posting) {
    if (posting.responsibilities?.length) responsibilities = uniq([...posting.responsibilities, ...responsibilities]);
    if (posting.requirements?.length) requirements = uniq([...posting.requirements, ...requirements]);
    if (posting.qualifications?.length) qualifications = uniq([...posting.qualifications, ...qualifications]);
    if (posting.nice_to_have?.length) niceToHave = uniq([...posting.nice_to_have, ...niceToHave]);
    if (posting.benefits?.length) culture = uniq([...posting.benefits, ...culture]);
  }

  // Pasted paragraphs with no headings: sentences that state requirements go to requirements, the rest to responsibilities.
  // Paragraphs with no such headings: sentences that state requirements feed requirements, "you will…" ones responsibilities.
  const needReq = !requirements.length && !qualifications.length;
  const needResp = !responsibilities.length;
  if (needReq || needResp) {
    for (const sentence of splitSentences([...intro, ...about].join(" "))) {
      if (
        /\b(?:\d+\+?\s*years|experience (?:with|in)|knowledge of|familiarity|proficien|degree in|must have|required|you have|strong (?:grasp|understanding)|expertise in)\b/i.test(
          sentence,
        )
      ) {
        if (needReq) requirements.push(sentence);
      } else if (/\b(?:you will|you'll|you would|your role|responsible for|in this role)\b/i.test(sentence)) {
        if (needResp) responsibilities.push(sentence);
      }
    }
  }
  // "Nice to have" sentences hidden in the requirements.
  const stillRequired: string[] = [];
  for (const r of requirements) {
    if (/\b(?:nice to have|is a plus|are a plus|a bonus|preferred|bonus points|desirable)\b/i.test(r.replace(/\([^)]*\)/g, "")))
      niceToHave.push(r);
    else stillRequired.push(r);
  }
  requirements = stillRequired;

  const summarySource = about.length ? about : intro;
  let summary = splitSentences(summarySource.filter((l) => l && !BULLET.test(l)).join(" "))
    .filter((s) => !/^(?:job description|location|salary|industry|hours|date posted|occupational category)\b/i.test(s))
    .slice(0, 3)
    .join(" ");
  summary = summary.replace(/^(?:description|summary|overview)\s*:\s*/i, "");
  // A short, single-paragraph JSON-LD description is the summary itself.
  if (posting?.description && posting.description.length < 600 && !/\n/.test(posting.description.trim()))
    summary = posting.description.replace(/^(?:description|summary)\s*:\s*/i, "");

  const headerText = text.split("\n").slice(0, 6).join("\n");
  const htmlHeading = cleanTitle(htmlTitle.split(/\s+[|–—-]\s+/)[0] ?? "");
  const rawTitle =
    posting?.title || (ROLE.test(htmlHeading) ? htmlHeading : "") || headlineOf(text)?.title || detectTitle(text) || htmlHeading;
  // "Senior Backend Engineer at Example Analytics (Berlin, hybrid)": the title is the part before "at".
  const headline = parseHeadline(rawTitle);
  const title = cleanTitle((headline?.title ?? rawTitle).replace(/^job description\s*:\s*/i, ""));
  let company = posting?.company || headline?.company || detectCompany(text);
  let location = posting?.location || headline?.location || detectLocation(text);
  // PDF-style header: "Tech Solutions, San Francisco, CA, USA" on the line after the title.
  const headerLines = headerText
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if ((!company || !location) && headerLines.length > 1) {
    const second = headerLines[1];
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
      !jobHeadingKind(second)
    ) {
      if (!company) company = parts[0];
      if (!location) location = parts.slice(1).join(", ");
    }
  }
  const employmentType =
    (posting?.employment_type && normalizeEmploymentType(posting.employment_type)) || detectEmploymentType(title, text);
  const seniority = detectSeniority(title, [summary, text].join("\n")) || posting?.seniority || "";
  const salary = posting?.salary || detectSalary(text);

  const skillText = [
    title,
    summary,
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
    ...(posting?.skills ?? []),
  ].join("\n");
  const nameOnly = skillsOnlyInCompanyName(skillText, company);
  const hard = extractHardSkills(skillText).filter((s) => !nameOnly.has(s));
  const softText = [summary, ...requirements, ...qualifications, ...niceToHave, ...responsibilities, ...intro].join("\n");
  const softNameOnly = skillsOnlyInCompanyName(softText, company);
  const soft = findSkills(softText).soft.filter((s) => !softNameOnly.has(s));

  culture = culture.filter(
    (c) =>
      !/^(?:if (?:you are )?interested|to apply|how to apply|please (?:send|email|submit|apply)|apply (?:now|today|here)|date posted|posted (?:on|date)|job id|requisition)/i.test(
        c,
      ),
  );

  const data: JobData = {
    job_title: title.slice(0, 300),
    company: company.slice(0, 300),
    location: location.slice(0, 300),
    url: (input.url ?? "").slice(0, 2000),
    employment_type: employmentType.slice(0, 100),
    seniority: seniority.slice(0, 100),
    salary: salary.slice(0, 300),
    summary: summary.slice(0, 5000),
    requirements: cap(requirements, 100, 1000),
    responsibilities: cap(responsibilities, 100, 1000),
    qualifications: cap(qualifications, 100, 1000),
    nice_to_have: cap(niceToHave, 100, 1000),
    hard_skills: cap(hard, 200, 100),
    soft_skills: cap(soft, 100, 100),
    culture: cap(culture, 50, 1000),
    description: text.slice(0, 60_000),
    engine: "offline",
    model: null,
  };
  return jobDataSchema.parse(data);
}
