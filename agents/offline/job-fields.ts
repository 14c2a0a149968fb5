import { titleLike } from "./job-title";

// Single fields of a job posting found by pattern: seniority, employment type, salary and the title.

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
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
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
      // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
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
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const explicit = /\b(?:job|employment|contract|position) type:\s*([^\n]+)/i.exec(text) ?? /\bhours:\s*([^\n]+)/i.exec(text);
  const probe = explicit ? explicit[1] : "";
  for (const source of [probe, title]) for (const [label, re] of EMPLOYMENT_PATTERNS) if (source && re.test(source)) return label;
  const hits = EMPLOYMENT_PATTERNS.filter(([, re]) => re.test(text)).map(([label]) => label);
  if (hits.includes("Internship") && /\bintern/i.test(title)) return "Internship";
  if (hits.includes("Full-time")) return "Full-time";
  return hits[0] ?? "";
}

// An amount that starts after a currency sign or code, or a number followed by one. A bare number is tried only
// where a run of digits starts ((?<![\\d,.])), so a long run of digits is scanned once, not once per digit.
const MONEY =
  "(?:[$€£¥₹]\\s?\\d[\\d,.]*\\s?[kK]?|(?<![\\d,.])\\d[\\d,.]*\\s?[kK]?\\s?(?:USD|EUR|GBP|CHF|CAD|AUD|INR|€|\\$)|(?:USD|EUR|GBP|CHF|CAD|AUD|INR)\\s?\\d[\\d,.]*\\s?[kK]?)";
// regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
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

export const ROLE =
  /\b(?:engineer|developer|manager|analyst|designer|scientist|architect|consultant|specialist|administrator|lead|director|intern|programmer|tester|officer|coordinator|recruiter|writer|researcher|technician|representative|strategist|owner|associate|head|vp|sre)\b/i;

export function detectTitle(text: string): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, 4)) {
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    const m = /^(?:job (?:description|title)|position|role|title)\s*[:\-–]\s*(.+)$/i.exec(line);
    if (m) return cleanTitle(m[1]);
  }
  const first = lines[0];
  if (first && first.length <= 80 && ROLE.test(first) && !/[.!?]$/.test(first) && first.split(/\s+/).length <= 10) return cleanTitle(first);
  // Outside software the first line names the job in words no list holds ("Sous Chef", "Part-Time Bookkeeper").
  if (first && titleLike(first)) return cleanTitle(first);
  const sentence =
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    /\b(?:looking for|seeking|seeks|hiring|searching for|recruiting)\s+(?:an?\s+|the\s+|our\s+next\s+)?(?:talented\s+|skilled\s+|experienced\s+|passionate\s+|motivated\s+|highly\s+\w+\s+|full[- ]time\s+|part[- ]time\s+)*([A-Za-z][\w/+#.() -]{2,60}?)(?=\s+(?:to|who|with|that|for|in|at|on|based|and)\b|[.,;!\n])/i.exec(
      text,
    );
  if (sentence && (ROLE.test(sentence[1]) || titleLike(sentence[1].replace(/^\p{Ll}/u, (c) => c.toUpperCase()))))
    return cleanTitle(sentence[1].replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  return "";
}

export function cleanTitle(t: string): string {
  return (
    t
      // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
      .replace(/\s*\([^)]*$/, "")
      // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
      .replace(/\s*\((?:\d+\+?\s*(?:-\s*\d+\s*)?years?[^)]*|m\/f\/d|f\/m\/d|m\/w\/d|all genders)\)\s*/gi, " ")
      .replace(/\s+/g, " ")
      // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
      .replace(/(?<![\s,;:-])[\s,;:-]+$/, "")
      .trim()
  );
}
