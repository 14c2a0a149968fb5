import {
  emptyProfileFields,
  profileFieldsSchema,
  type Education,
  type Experience,
  type ProfileFields,
  type Project,
} from "@/core/schemas/profile";
import { findDateRange, lastYear, RANGE_RE, SINGLE_DATE_RE } from "../text/dates";
import { canonicalSkill, findLanguages, findSkills, isGenericSkill, scanSkills, skillKind } from "../text/skills";

// The offline CV parser: plain CV text (from a PDF, DOCX or paste) → ProfileFields.
// Steps: clean the text (hyphenation, page numbers, icon glyphs) → find section headings → contact block by
// pattern → per-section parsers (experience entries around date ranges, education, projects, skills).

export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "certifications"
  | "languages"
  | "awards"
  | "interests"
  | "volunteer"
  | "publications"
  | "references"
  | "other";

const HEADINGS: [SectionKind, RegExp][] = [
  [
    "summary",
    /^(?:professional |career |personal |executive )?(?:summary|profile|about(?: me)?|objective|career objective|overview|introduction|personal statement)$/,
  ],
  [
    "experience",
    /^(?:(?:professional|work|relevant|employment|career|industry)\s+)?(?:experience|history|work history|employment history|employment|career history|positions held|work)$/,
  ],
  [
    "education",
    /^(?:education(?:al background)?|academic (?:background|history|qualifications)|qualifications|education (?:and|&) training|studies)$/,
  ],
  [
    "skills",
    /^(?:(?:technical|key|core|professional|relevant|hard|soft|it|computer)\s+)?(?:skills|competencies|competences|expertise|skill set|skills (?:and|&) (?:tools|technologies|abilities|expertise)|technologies|tech stack|tools(?: (?:and|&) technologies)?|areas of expertise|strengths)$/,
  ],
  ["projects", /^(?:(?:personal|selected|key|academic|side|notable|open source)\s+)?projects$/],
  [
    "certifications",
    /^(?:certifications?|certificates?|licen[cs]es?(?: (?:and|&) certifications?)?|certifications? (?:and|&) (?:training|courses)|courses|training)$/,
  ],
  ["languages", /^(?:spoken )?languages?(?: skills)?$/],
  ["awards", /^(?:awards?|honou?rs?(?: (?:and|&) awards)?|awards? (?:and|&) honou?rs|achievements|accomplishments)$/],
  ["interests", /^(?:interests|hobbies(?: (?:and|&) interests)?|activities)$/],
  ["volunteer", /^(?:volunteer(?:ing)?(?: experience| work)?|community (?:involvement|service))$/],
  ["publications", /^(?:publications?|papers|research)$/],
  ["references", /^references?(?: available(?: upon| on) request)?$/],
];

const BULLET_RE = /^\s*(?:[•●▪◦‣∙·■□➢➤►▶✓✔\-*–—]|\d{1,2}[.)])\s+/;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE_RE = /(?<![\w/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w/])/g;
const URL_RE = /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s,|;]*)?/gi;
const ROLE_WORDS =
  /\b(?:engineer|developer|programmer|manager|analyst|designer|consultant|intern|internship|scientist|lead|director|officer|president|ceo|cto|cfo|coo|vp|head|architect|specialist|administrator|admin|teacher|tutor|assistant|associate|coordinator|technician|researcher|founder|co-founder|owner|partner|executive|representative|advisor|adviser|accountant|nurse|editor|writer|recruiter|strategist|supervisor|trainee|apprentice|fellow|professor|lecturer|instructor|sre|devops|qa|tester|product|marketing|sales|operator|agent|clerk|photographer|freelancer|contractor|translator|artist|journalist|doctor|physician|lawyer|attorney|pharmacist|therapist|mechanic|electrician|cashier|barista|waiter|waitress|driver|chef|cook|pilot|paralegal|auditor|economist|statistician|illustrator|animator|copywriter|producer|musician|librarian|dentist|veterinarian|surgeon|scrum master)\b/i;
const COMPANY_SUFFIX_RE =
  /^(?:inc\.?|llc\.?|ltd\.?|limited|gmbh|ag|s\.?a\.?|b\.?v\.?|plc|corp\.?|corporation|co\.?|company|pty\.? ltd\.?|srl|sas|oy|ab)$/i;
const DEGREE_RE =
  /\b(?:bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?tech|m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|b\.a\.|m\.a\.|b\.s\.|m\.s\.|(?:BA|MA|BS|MS)(?=\s+(?:in|of)\b|\/|,)|b\.e\.|mba|ph\.?\s?d\.?|doctor(?:ate)? of|doctorate|diploma|associate(?:'s)? (?:degree|of)|high school|ged|hnd|abitur|licen[cs]iate|baccalaureate)(?![\w])/i;
const INSTITUTION_RE =
  /\b(?:university|universidad|universidade|università|universität|universiteit|université|uniwersytet|universit[àäé]t?|college|institute|institut|school|academy|polytechnic|mit|caltech|ucla|uc [a-z]+|ecole|école|hochschule|iit|conservatory|seminary)\b/i;

function titleCaseIfShouting(s: string): string {
  if (s !== s.toUpperCase() || !/[A-Z]/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Clean-up of extracted text: joins hyphenated line breaks, drops page markers and empty glyph lines. */
export function cleanCvText(raw: string): string[] {
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/([a-z])-\n([a-z])/g, "$1$2");
  const lines: string[] = [];
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\s+/g, " ").trim();
    if (!line) {
      if (lines.length && lines[lines.length - 1] !== "") lines.push("");
      continue;
    }
    if (/^(?:page\s+)?\d{1,2}(?:\s*(?:\/|of)\s*\d{1,2})?$/i.test(line)) continue; // page numbers "1", "1/2", "Page 2 of 3"
    if (/^[^\p{L}\p{N}]{1,3}$/u.test(line)) continue; // stray glyphs
    lines.push(line);
  }
  // Join a date range split over two lines ("June 2022 –" / "Present").
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (
      next !== undefined &&
      /(?:-|–|—)\s*$/.test(line) &&
      SINGLE_DATE_RE.test(line) &&
      /^(?:present|current|now|today|ongoing|(?:\w+\.?\s+)?(?:19|20)\d{2})\b/i.test(next)
    ) {
      const m = /^(present|current|now|today|ongoing|(?:\w+\.?\s+)?(?:19|20)\d{2})(.*)$/i.exec(next)!;
      joined.push(`${line} ${m[1]}`);
      if (m[2].trim()) joined.push(m[2].trim());
      i++;
      continue;
    }
    joined.push(line);
  }
  return joined;
}

export function headingKind(line: string): SectionKind | null {
  const t = line
    .replace(/^[^\p{L}]+/u, "")
    .replace(/[:\s]+$/u, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  if (!t || t.length > 45 || t.split(" ").length > 5) return null;
  for (const [kind, re] of HEADINGS) if (re.test(t)) return kind;
  return null;
}

type Section = { kind: SectionKind | "header"; heading: string; lines: string[] };

export function splitSections(lines: string[]): Section[] {
  const sections: Section[] = [{ kind: "header", heading: "", lines: [] }];
  for (const line of lines) {
    // "Skills: Java, Python" — a heading with content on the same line.
    const inline = /^([A-Za-z &/]{3,40}):\s+(.+)$/.exec(line);
    let inlineKind = inline ? headingKind(inline[1]) : null;
    // "Languages: Go, Python" inside a skills section lists programming languages, not a new section.
    if (inlineKind === "languages" && inline && findLanguages(inline[2]).length === 0) inlineKind = null;
    if (inlineKind && inline && sections[sections.length - 1].kind === "skills" && inlineKind !== "languages") inlineKind = null;
    const kind = headingKind(line) ?? inlineKind;
    if (kind) {
      sections.push({ kind, heading: line, lines: inline && !headingKind(line) ? [inline[2]] : [] });
      if (kind === "languages" && inline && !headingKind(line))
        sections.push({ kind: sections[sections.length - 2].kind as SectionKind, heading: "", lines: [] });
      continue;
    }
    sections[sections.length - 1].lines.push(line);
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------------------------
// Contact block

function stripGlyphPrefix(line: string): string {
  // Icon fonts come out as one stray character before the value: "I (123) 456", "# a@b.c", "ð handle", "§ handle".
  return line.replace(/^(?:[^\p{L}\p{N}\s(+]{1,2}|[A-Za-zÀ-ÿ])\s+(?=[(+\d#@]|\S+@|\S+$)/u, "").trim();
}

function isPlausibleName(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 60 || /[@\d|•:/]/.test(t)) return false;
  if (headingKind(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  if (ROLE_WORDS.test(t) && words.length > 1 && !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(t)) return false;
  if (/\b(?:curriculum|vitae|resume|résumé|cv)\b/i.test(t)) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(?:de|da|van|von|der|del|la|le|di|bin|al)$/.test(w));
}

function looksLikeLocation(part: string): boolean {
  const t = part.trim();
  if (!t || EMAIL_RE.test(t) || /https?:|www\.|\.com\b/i.test(t)) return false;
  if (/\d{3,}[\s)-]*\d{3}/.test(t))
    return t.split(/\s+/).length <= 8 && /\b(?:st|street|ave|avenue|road|rd|blvd|lane|way|drive)\b/i.test(t);
  if (
    /^\d{1,6}\s+[\p{L} .'’-]+\b(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|way|drive|dr|court|ct|place|pl|square|sq)\.?$/iu.test(
      t,
    )
  )
    return true;
  if (/^[\p{L}\d .'’#-]+(?:,\s*[\p{L}\d .'’-]+)+$/u.test(t) && t.split(/\s+/).length <= 10 && t.replace(/[^\d]/g, "").length <= 6)
    return true;
  return /\b(?:remote|usa|united states|uk|united kingdom|germany|india|canada|france|australia)\b/i.test(t) && t.length < 60;
}

type Contact = { name: string; email: string; phone: string; location: string; links: string[]; headline: string };

export function parseContact(header: string[], all: string[]): Contact {
  const contact: Contact = { name: "", email: "", phone: "", location: "", links: [], headline: "" };
  const locationParts: string[] = [];
  const lines = header.map(stripGlyphPrefix).filter(Boolean);
  for (const line of lines.slice(0, 4)) {
    if (!contact.name && isPlausibleName(line)) {
      contact.name = titleCaseIfShouting(line);
      break;
    }
  }
  for (const line of lines) {
    if (line === contact.name || titleCaseIfShouting(line) === contact.name) continue;
    const parts = line
      .split(/\s+[—–|•·]\s+|\s*\|\s*|\s{2,}/)
      .map((p) => p.trim())
      .filter(Boolean);
    let used = false;
    for (const raw of parts) {
      const part = raw.replace(/^(?:e-?mail|phone|tel|mobile|cell|linkedin|github|website|web|portfolio|address|location)\s*:\s*/i, (m) =>
        /linkedin|github|website|web|portfolio/i.test(m) ? m : "",
      );
      const email = EMAIL_RE.exec(part);
      if (email) {
        if (!contact.email) contact.email = email[0];
        used = true;
        continue;
      }
      const urls = part.match(URL_RE);
      if (
        urls &&
        /(?:linkedin|github|gitlab|behance|dribbble|medium|stackoverflow|twitter|x\.com|\.dev\b|\.io\b|https?:|www\.|\.com\/|\.me\b)/i.test(
          part,
        )
      ) {
        for (const u of urls) if (!contact.links.includes(u)) contact.links.push(u);
        used = true;
        continue;
      }
      const phone = part.match(PHONE_RE)?.find((p) => p.replace(/\D/g, "").length >= 7 && p.replace(/\D/g, "").length <= 15);
      if (phone && part.replace(phone, "").replace(/[^\p{L}]/gu, "").length < 4) {
        if (!contact.phone) contact.phone = phone.trim();
        used = true;
        continue;
      }
      if (looksLikeLocation(part)) {
        locationParts.push(part);
        used = true;
      }
    }
    if (!used && !contact.headline && line !== contact.name && !/[@\d]/.test(line) && line.split(" ").length <= 10 && !isHandle(line)) {
      contact.headline = line;
    }
  }
  // Fall back to the whole document for e-mail and phone.
  if (!contact.email) contact.email = EMAIL_RE.exec(all.join("\n"))?.[0] ?? "";
  if (!contact.phone) {
    for (const line of all.slice(0, 15)) {
      const phone = line
        .match(PHONE_RE)
        ?.find((p) => p.replace(/\D/g, "").length >= 9 && !/(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}/.test(p));
      if (phone) {
        contact.phone = phone.trim();
        break;
      }
    }
  }
  contact.location = [...new Set(locationParts)].join(", ").slice(0, 200);
  if (!contact.name) {
    const first = all.find((l) => isPlausibleName(stripGlyphPrefix(l)));
    if (first) contact.name = titleCaseIfShouting(stripGlyphPrefix(first));
  }
  return contact;
}

function isHandle(line: string): boolean {
  return /^\S+$/.test(line) && !/\s/.test(line) && line.length < 40 && /^[a-z0-9._-]+$/.test(line);
}

// ---------------------------------------------------------------------------------------------------------------
// Entries (experience, education, projects)

type Block = { head: string; body: string[] };

function isBullet(line: string): boolean {
  return BULLET_RE.test(line);
}

function stripBullet(line: string): string {
  return line.replace(BULLET_RE, "").trim();
}

/** Bullets with their wrapped continuation lines joined; other lines as paragraphs. */
function bodyToText(body: string[]): { description: string; highlights: string[] } {
  const highlights: string[] = [];
  const para: string[] = [];
  let inBullet = false;
  for (const line of body) {
    if (!line) {
      inBullet = false;
      continue;
    }
    if (isBullet(line)) {
      highlights.push(stripBullet(line));
      inBullet = true;
    } else if (inBullet && (/^[a-z(]/.test(line) || !/[.!?:]$/.test(highlights[highlights.length - 1] ?? "."))) {
      highlights[highlights.length - 1] += ` ${line}`;
    } else {
      para.push(line);
      inBullet = false;
    }
  }
  return { description: para.join(" ").replace(/\s+/g, " ").trim(), highlights: highlights.map((h) => h.replace(/\s+/g, " ").trim()) };
}

function hasRangeAtEdge(line: string): boolean {
  const r = findDateRange(line);
  if (!r) return false;
  const before = line.slice(0, r.index).trim();
  const after = line.slice(r.index + r.length).trim();
  return (
    before.length === 0 ||
    after.replace(/[()|,.\s]/g, "").length === 0 ||
    before.endsWith("|") ||
    before.endsWith(",") ||
    /[—–|]$/.test(before)
  );
}

function isDateOnly(line: string): boolean {
  const r = findDateRange(line);
  if (!r) return false;
  return line.slice(0, r.index).replace(/[^\p{L}\p{N}]/gu, "") + line.slice(r.index + r.length).replace(/[^\p{L}\p{N}]/gu, "") === "";
}

function splitParts(text: string): string[] {
  const raw = text
    .split(/\s+(?:—|–|-|\||·|•|@)\s+|\s+at\s+|,\s+|\s*\|\s*|\s{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (const p of raw) {
    if (parts.length && COMPANY_SUFFIX_RE.test(p.replace(/[()]/g, ""))) parts[parts.length - 1] += `, ${p}`;
    else parts.push(p);
  }
  return parts;
}

function isLocationPart(p: string): boolean {
  return (
    /^(?:remote|hybrid|on-?site)$/i.test(p) ||
    /^[A-Z]{2,3}$/.test(p) ||
    /^(?:usa|uk|united states|united kingdom|germany|india|canada|france|australia|netherlands|spain|italy|ireland|singapore|japan|china|brazil|mexico|poland|sweden|switzerland|israel)$/i.test(
      p,
    )
  );
}

/** "Title, Company, City, ST" / "Company — Title" / "Title at Company" → its parts. */
export function splitTitleCompany(text: string): { title: string; company: string; location: string } {
  const cleaned = text.replace(/^[\s,|–—-]+|[\s,|–—-]+$/g, "");
  const parts = splitParts(cleaned);
  if (parts.length === 0) return { title: "", company: "", location: "" };
  if (parts.length === 1) return { title: parts[0], company: "", location: "" };
  let [a, b] = parts;
  let rest = parts.slice(2);
  if (!ROLE_WORDS.test(a) && ROLE_WORDS.test(b)) [a, b] = [b, a];
  // "Title, Company, City, ST, Country": everything after the company is the location.
  if (rest.length === 0 && isLocationPart(b)) {
    rest = [b];
    b = "";
  }
  return { title: a, company: b, location: rest.join(", ") };
}

function groupBlocks(lines: string[], isHead: (line: string, i: number) => boolean): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, i) => {
    if (line && isHead(line, i)) {
      current = { head: line, body: [] };
      blocks.push(current);
    } else if (current) current.body.push(line);
    else if (line) {
      current = { head: "", body: [line] };
      blocks.push(current);
    }
  });
  return blocks;
}

export function parseExperience(lines: string[]): Experience[] {
  const content = lines.filter((l, i) => l || (i > 0 && lines[i - 1]));
  const heads = new Set<number>();
  content.forEach((line, i) => {
    if (!line || isBullet(line) || !hasRangeAtEdge(line)) return;
    // A date-only line with the title/company on the line(s) just above ("Engineer / Acme / 2019 – 2021").
    if (isDateOnly(line)) {
      const next = content[i + 1] ?? "";
      const prev = content[i - 1] ?? "";
      const nextIsHead =
        next && !isBullet(next) && (ROLE_WORDS.test(next) || splitParts(next).length >= 2) && next.length < 120 && !/[.]$/.test(next);
      if (!nextIsHead && prev && !isBullet(prev) && prev.length < 100 && !/[.]$/.test(prev) && !heads.has(i - 1)) {
        const prev2 = content[i - 2] ?? "";
        const start =
          prev2 &&
          !isBullet(prev2) &&
          prev2.length < 80 &&
          !/[.]$/.test(prev2) &&
          !heads.has(i - 2) &&
          !hasRangeAtEdge(prev2) &&
          i - 2 >= 0 &&
          isShortHeadLine(prev2)
            ? i - 2
            : i - 1;
        heads.add(start);
        return;
      }
    }
    heads.add(i);
  });
  if (heads.size === 0) return [];
  const blocks = groupBlocks(content, (_line, i) => heads.has(i));
  const out: Experience[] = [];
  for (const block of blocks) {
    if (!block.head) continue;
    // Collect the head lines: the date line and the title/company line(s).
    const headLines = [block.head];
    const body = [...block.body];
    const headRange = findDateRange(block.head);
    if (!headRange) {
      // Title (/company) line(s) above a date-only line.
      while (body.length && !findDateRange(headLines.join(" ")) && headLines.length < 3) headLines.push(body.shift()!);
    } else if (isDateOnly(block.head) && body[0] && !isBullet(body[0])) {
      headLines.push(body.shift()!);
    }
    const headText = headLines.join(" | ");
    const range = findDateRange(headText);
    if (!range) continue;
    const withoutDates = (headText.slice(0, range.index) + " | " + headText.slice(range.index + range.length)).replace(/\(\s*\)/g, "");
    let { title, company, location } = splitTitleCompany(withoutDates);
    // "Acme Corp | Senior Engineer" written on two lines: the second line may be the company.
    if (!company && headLines.length > 1) {
      const others = splitParts(withoutDates);
      if (others.length >= 2) ({ title, company, location } = splitTitleCompany(others.join(", ")));
    }
    const { description, highlights } = bodyToText(body);
    out.push({
      title: title.slice(0, 300),
      company: company.slice(0, 300),
      location: location ? location.slice(0, 300) : null,
      start_date: range.start_date,
      end_date: range.end_date,
      duration: range.duration,
      description: description.slice(0, 5000),
      highlights: highlights.slice(0, 50).map((h) => h.slice(0, 1000)),
    });
  }
  return out.slice(0, 50);
}

function isShortHeadLine(line: string): boolean {
  return line.split(" ").length <= 8 && !/[.;]$/.test(line);
}

export function parseEducation(lines: string[]): Education[] {
  const content = lines.filter(Boolean);
  const heads = new Set<number>();
  content.forEach((line, i) => {
    if (isBullet(line) && !DEGREE_RE.test(line)) return;
    const hasDegree = DEGREE_RE.test(line);
    const startsWithDate = /^(?:\w+\.?\s+)?(?:19|20)\d{2}\b/.test(line) && SINGLE_DATE_RE.test(line);
    if (hasDegree || (startsWithDate && !heads.has(i - 1))) {
      // A date line right after a degree line belongs to it.
      if (!hasDegree && heads.has(i - 1)) return;
      if (hasDegree && i > 0 && heads.has(i - 1) && !DEGREE_RE.test(content[i - 1])) {
        heads.delete(i - 1);
        heads.add(i - 1);
        return;
      }
      heads.add(i);
    }
  });
  if (heads.size === 0 && content.length) heads.add(0);
  const blocks = groupBlocks(content, (_l, i) => heads.has(i));
  const out: Education[] = [];
  for (const block of blocks) {
    if (!block.head) continue;
    const extra = block.body.filter(
      (l) => !/^(?:gpa|grade|overall gpa|cgpa|honou?rs|relevant coursework|courses?|thesis)\b/i.test(l) && !isBullet(l),
    );
    // Wrapped head lines ("…Institute of Technology" / "Delhi, New Delhi, India").
    const text = [block.head, ...extra.slice(0, 2).filter((l) => l.length < 100 && !/[.]$/.test(l))].join(", ");
    const year = lastYear(text);
    const range = findDateRange(text);
    let rest = text;
    if (range) rest = text.slice(0, range.index) + ", " + text.slice(range.index + range.length);
    rest = rest
      .replace(SINGLE_DATE_RE, "")
      .replace(/(?:^|,)\s*(?:\w+\.?\s+)?(?:19|20)\d{2}\s*(?=,|$)/g, "")
      .replace(/\(\s*[,|–—-]?\s*\)/g, "");
    const parts = splitParts(rest).filter((p) => !/^(?:,|\s)*$/.test(p));
    let degree = parts.find((p) => DEGREE_RE.test(p)) ?? "";
    let institution = parts.find((p) => INSTITUTION_RE.test(p) && p !== degree) ?? "";
    const degreeIdx = parts.indexOf(degree);
    let field: string | null = null;
    const inField = /^(.*?)\s+in\s+(.+)$/i.exec(degree);
    if (inField && DEGREE_RE.test(inField[1])) {
      degree = inField[1].trim();
      field = inField[2].trim();
    }
    // "BSc Physics", "B.Sc. Computer Science": an abbreviated degree followed by the field.
    const abbrev = /^((?:b|m)\.?\s?(?:sc|a|s|eng|tech|ed|phil|f\.?a)\.?|ph\.?\s?d\.?|mba)\s+(?!of\b|in\b)(\p{Lu}.+)$/iu.exec(degree);
    if (!field && abbrev) {
      degree = abbrev[1];
      field = abbrev[2];
    }
    if (!field && degreeIdx >= 0) {
      const next = parts[degreeIdx + 1];
      if (next && next !== institution && !INSTITUTION_RE.test(next) && !isLocationPart(next)) field = next;
    }
    if (!institution && degreeIdx >= 0) {
      const candidates = parts.filter((p, i) => i !== degreeIdx && p !== field && !isLocationPart(p));
      institution = candidates[0] ?? "";
    }
    if (!degree && !institution) continue;
    const tidyPart = (v: string) => v.replace(/^[\s,;|–—-]+|[\s,;|–—-]+$/g, "");
    degree = tidyPart(degree);
    institution = tidyPart(institution);
    if (field) field = tidyPart(field) || null;
    out.push({
      degree: degree.slice(0, 300),
      institution: institution.slice(0, 300),
      year: year.slice(0, 50),
      field: field ? field.slice(0, 300) : null,
    });
  }
  return out.slice(0, 30);
}

export function parseProjects(lines: string[]): Project[] {
  const content = lines.filter(Boolean);
  const isNameLine = (line: string, i: number) => {
    if (isBullet(line) || /[.;]$/.test(line)) return false;
    const words = line.replace(RANGE_RE, "").trim().split(/\s+/);
    if (words.length > 10 || words.length === 0) return false;
    if (/^technolog(?:y|ies)|^tech stack|^stack|^tools|^built with/i.test(line)) return false;
    if (isDateOnly(line)) return false;
    const prev = content[i - 1];
    // Wrapped sentence continuation: the previous line does not end a sentence.
    if (prev && !isDateOnly(prev) && !/[.!?:]$/.test(prev) && !isBullet(prev) && i > 0 && !/^(?:technolog|tech stack)/i.test(prev)) {
      return /^[A-Z0-9]/.test(line) && /:\s|project/i.test(line);
    }
    return /^[\p{Lu}\p{N}"“]/u.test(line);
  };
  const blocks = groupBlocks(content, isNameLine);
  const out: Project[] = [];
  for (const block of blocks) {
    let name = block.head || "";
    const body = [...block.body];
    if (!name) continue;
    name = name
      .replace(RANGE_RE, "")
      .replace(/^(?:(?:19|20)\d{2}|\w+\s+(?:19|20)\d{2})\s+/, "")
      .replace(/^[\s|,–—-]+|[\s|,–—-]+$/g, "");
    name = name.replace(/^(?:personal|side|academic|university|open[- ]source)\s+project\s*:\s*/i, "").trim();
    // "Web Slinger — a physics toy": the name, then a short description on the same line.
    const dash = /^(.{2,60}?)\s+[—–|-]\s+(.+)$/.exec(name) ?? /^(.{2,60}?):\s+(.+)$/.exec(name);
    if (dash) {
      name = dash[1].trim();
      body.unshift(dash[2].trim().replace(/^./, (c) => c.toUpperCase()) + (/[.!?]$/.test(dash[2]) ? "" : "."));
    }
    let tech: string[] = [];
    const techLineIdx = body.findIndex((l) => /^(?:technolog(?:y|ies)|tech stack|stack|tools|built with|keywords)\s*:/i.test(l));
    if (techLineIdx >= 0) {
      const line = body.splice(techLineIdx, 1)[0];
      tech = line
        .replace(/^[^:]+:\s*/, "")
        .split(/\s*[,;|]\s*/)
        .map((t) => canonicalSkill(t) ?? t.trim())
        .filter(Boolean);
    }
    const { description, highlights } = bodyToText(body);
    const fullText = [description, ...highlights].filter(Boolean).join(" ");
    const found = findSkills(`${name} ${fullText}`).hard.filter((s) => !isGenericSkill(s));
    const technologies = [...new Set([...tech, ...found])].slice(0, 50);
    if (!name && !fullText) continue;
    out.push({
      name: name.slice(0, 300),
      description: [description, ...highlights].filter(Boolean).join(" ").slice(0, 5000),
      technologies,
    });
  }
  return out.slice(0, 50);
}

// ---------------------------------------------------------------------------------------------------------------
// Skills

export function parseSkillItems(lines: string[]): { technical: string[]; soft: string[]; languages: string[] } {
  const technical: string[] = [];
  const soft: string[] = [];
  const languages: string[] = [];
  const add = (list: string[], v: string) => {
    if (!list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
  };
  // Wrapped list lines ("…, Google Cloud" / "Platform, …") are joined with a space; one-item lines stay apart.
  let text = "";
  lines.forEach((line, i) => {
    const item = stripBullet(line);
    if (i === 0) text = item;
    else if (!isBullet(line) && !/^[\p{L} &/+-]{2,40}:\s/u.test(line) && /[,;]/.test(lines[i - 1]) && !/[,;]\s*$/.test(lines[i - 1]))
      text += ` ${item}`;
    else text += `\n${item}`;
  });
  const items = text
    .split(/\s*(?:[,;|•·●▪\n]|\s+and\s+|\s+&\s+)\s*/)
    .map((s) =>
      s
        .replace(/^(?:and|or)\s+/i, "")
        .replace(/^[^:]{2,40}:\s*/, "")
        .replace(/\((?:versions?|v)[^)]*\)|\.$/gi, "")
        .trim(),
    )
    .filter(Boolean);
  for (const item of items) {
    const canonical = canonicalSkill(item);
    const kind = canonical ? skillKind(item) : null;
    if (canonical && kind === "soft") add(soft, canonical);
    else if (canonical && kind === "language") add(languages, canonical);
    else if (canonical) add(technical, canonical);
    else {
      const hits = scanSkills(item);
      if (hits.length) {
        for (const h of hits) add(h.kind === "soft" ? soft : h.kind === "language" ? languages : technical, h.canonical);
      } else if (item.split(/\s+/).length <= 4 && /\p{L}/u.test(item) && item.length <= 60) {
        add(technical, item.replace(/\s*\(.*$/, "").trim() || item);
      }
    }
  }
  return { technical, soft, languages };
}

// ---------------------------------------------------------------------------------------------------------------

/** CV text → ProfileFields, validated by the shared schema. */
export function parseCvOffline(cvText: string): ProfileFields {
  const lines = cleanCvText(cvText);
  const sections = splitSections(lines);
  const header = sections[0].lines.filter(Boolean);
  const nonEmpty = lines.filter(Boolean);
  const contact = parseContact(header.length ? header : nonEmpty.slice(0, 8), nonEmpty);
  const of = (kind: SectionKind) => sections.filter((s) => s.kind === kind).flatMap((s) => [...s.lines, ""]);

  const summaryLines = of("summary").filter(Boolean);
  const experience = parseExperience(of("experience"));
  const education = parseEducation(of("education"));
  const projects = parseProjects(of("projects"));
  const skillLines = of("skills").filter(Boolean);
  const skills = parseSkillItems(skillLines);
  for (const lang of parseSkillItems(of("languages").filter(Boolean)).languages)
    if (!skills.languages.includes(lang)) skills.languages.push(lang);
  for (const lang of findLanguages(of("languages").join("\n"))) if (!skills.languages.includes(lang)) skills.languages.push(lang);

  // Skills named elsewhere in the CV (summary, experience, projects) complete the technical list.
  const elsewhere = [
    summaryLines.join(" "),
    ...experience.map((e) => [e.title, e.description, ...e.highlights].join(" ")),
    ...projects.map((p) => p.description),
  ].join("\n");
  const found = findSkills(elsewhere);
  for (const s of found.hard)
    if (!isGenericSkill(s) && !skills.technical.some((t) => t.toLowerCase() === s.toLowerCase())) skills.technical.push(s);
  for (const s of found.soft) if (!skills.soft.includes(s)) skills.soft.push(s);

  let summary = summaryLines.join(" ").replace(/\s+/g, " ").trim();
  if (!summary && sections.length === 1) summary = ""; // no headings at all: nothing to call a summary
  const headline = contact.headline || experience[0]?.title || "";

  const fields: ProfileFields = {
    ...emptyProfileFields,
    name: contact.name.slice(0, 200),
    email: contact.email.slice(0, 320),
    phone: contact.phone.slice(0, 60),
    location: contact.location.slice(0, 200),
    links: contact.links.slice(0, 20).map((l) => l.slice(0, 500)),
    headline: headline.slice(0, 300),
    summary: summary.slice(0, 5000),
    education,
    experience,
    projects,
    skills: {
      technical: skills.technical.slice(0, 200).map((s) => s.slice(0, 100)),
      soft: skills.soft.slice(0, 100).map((s) => s.slice(0, 100)),
      languages: skills.languages.slice(0, 50).map((s) => s.slice(0, 100)),
    },
  };
  return profileFieldsSchema.parse(fields);
}
