import {
  CA_PROVINCE_CODES,
  CITY,
  cityOk,
  cleanName,
  COUNTRIES,
  KNOWN_CITIES,
  NAME,
  plausibleName,
  REGION_NAMES,
  US_STATE_CODES,
} from "./job-names";
import { namesOccupation } from "./job-title";

// A posting's headline: "<Title> at <Company> (<City>[, <work mode>])" and the job-board variants
// ("<Title> | <Company> | <place>", "<Title> – <place>", "<Title> (<place>)").

/** Words a job title contains ("Senior Backend Engineer", "Product Manager"). */
const TITLE_ROLE =
  /\b(?:engineer|developer|manager|analyst|designer|scientist|architect|consultant|specialist|administrator|lead|director|intern|programmer|tester|officer|coordinator|recruiter|writer|researcher|technician|representative|strategist|owner|associate|head|vp|sre|devops)\b/i;
/** First words of a sentence, never of a title ("As a Platform Engineer at Stripe, you …"). */
const NOT_A_TITLE_START = /^(?:as|we|we're|our|you|your|join|come|are|is|be|if|this|the|a|an|looking|hiring|help|work|about)\b/i;
const WORK_MODES: [RegExp, string][] = [
  [/^(?:fully |100% )?remote(?:[- ]first|[- ]friendly)?$|^work from home$|^wfh$/i, "remote"],
  [/^hybrid(?: working| work)?$/i, "hybrid"],
  [/^(?:on[- ]?site|onsite|in[- ]office|office[- ]based|in person)$/i, "on-site"],
];
/** "(m/f/d)", "(5+ years)", "(all genders)": asides a title carries that are neither place nor company. */
const TITLE_ASIDE =
  /^(?:[mfwdx]\/[mfwdx](?:\/[mfwdx])?|all genders|\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)\b.*|full[- ]time|part[- ]time|contract|freelance|permanent)$/i;
const PLACE_NAME = new RegExp(String.raw`^(?:${US_STATE_CODES}|${CA_PROVINCE_CODES}|${REGION_NAMES}|${COUNTRIES})$`);

function workMode(part: string): string | null {
  for (const [re, mode] of WORK_MODES) if (re.test(part.trim())) return mode;
  return null;
}

/**
 * "Berlin, hybrid" → "Berlin (hybrid)", "Remote" → "Remote", "Austin, TX" → "Austin, TX", "London, UK / Remote" →
 * "London, UK (remote)"; null unless every part is a known city, a region or country, or a work mode (and one of
 * them is a known place or a work mode).
 */
export function placeFromHeadline(raw: string): string | null {
  const parts = raw
    .replace(/\(([^()]+)\)/g, ", $1")
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    .split(/\s*(?:,|\/|·|\||;|\bor\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length || parts.length > 4) return null;
  const places: string[] = [];
  const modes: string[] = [];
  let known = false;
  for (const part of parts) {
    const mode = workMode(part);
    if (mode) {
      if (!modes.includes(mode)) modes.push(mode);
      continue;
    }
    if (KNOWN_CITIES.test(part) || PLACE_NAME.test(part)) known = true;
    else if (!(places.length === 0 && new RegExp(`^${CITY}$`, "u").test(part) && cityOk(part) && parts.length > 1)) return null;
    places.push(part);
  }
  if (!places.length) return modes.map((m) => (m === "on-site" ? "On-site" : m[0].toUpperCase() + m.slice(1))).join(" or ") || null;
  // "Springfield" alone could be anything; "Springfield, IL" has a region after it.
  const anchored = KNOWN_CITIES.test(places[0]) || PLACE_NAME.test(places[0]) || places.slice(1).some((p) => PLACE_NAME.test(p));
  if (!known || !anchored) return null;
  // "Remote, US" is remote work within a country, as detectLocation writes it: "Remote (US)".
  if (modes.length === 1 && modes[0] === "remote" && places.every((p) => PLACE_NAME.test(p))) return `Remote (${places.join(", ")})`;
  return `${places.join(", ")}${modes.length ? ` (${modes.join(" or ")})` : ""}`;
}

export type Headline = { title: string; company: string; location: string };

/**
 * A posting's first line when it names the role and the employer, as job boards and people pasting a job write it:
 * "Senior Backend Engineer at Example Analytics (Berlin, hybrid)", "Data Analyst @ Globex – London, UK",
 * "Platform Engineer at Initech in Toronto, ON", "Backend Engineer at Acme, remote". Null when the line is a sentence
 * or any part is doubtful (the title needs a role word, the company must look like a name, the place must be known).
 */
export function parseHeadline(line: string): Headline | null {
  // One closing full stop is fine ("… (Berlin, hybrid)."); a line ending in "!", "?" or ":" is not a headline.
  const t = line
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<!\b(?:Inc|Ltd|Co|Corp|Sr|Jr))\.$/, "");
  if (!t || t.length > 140 || /[.!?:]$/.test(t)) return null;
  return atHeadline(t) ?? separatedHeadline(t);
}

/** Words that follow "at" in a title line without being an employer ("Engineer at Scale", "at Large"). */
const NOT_A_COMPANY = /^(?:scale|large|heart|home|night|work|least|most|speed|pace|length|once|first|best|all levels?|any level)$/i;

function titleOk(title: string): boolean {
  if (NOT_A_TITLE_START.test(title) || !/^[A-Z]/.test(title) || title.split(/\s+/).length > 8) return false;
  if (!TITLE_ROLE.test(title) && !namesOccupation(title)) return false;
  return !/[.!?;]/.test(title.replace(/\b(?:Sr|Jr)\./g, ""));
}

function companyOk(company: string): boolean {
  return plausibleName(company, { skillOk: true }) && !NOT_A_TITLE_START.test(company) && !NOT_A_COMPANY.test(company);
}

/** "<Title> at <Company>[ (<place>) | – <place> | , <place> | in <place>]". */
function atHeadline(t: string): Headline | null {
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const m = new RegExp(String.raw`^(.{3,80}?)\s+(?:at|@)\s+(${NAME})(.*)$`, "u").exec(t);
  if (!m) return null;
  const title = m[1].trim();
  if (!titleOk(title)) return null;
  let company = cleanName(m[2]);
  let rest = m[3].trim();
  // "Example Analytics Berlin" has no separator: the name regex took the city; give it back when it is a known one.
  const words = company.split(" ");
  if (!rest && words.length > 1 && KNOWN_CITIES.test(words[words.length - 1])) {
    rest = `– ${words.pop() as string}`;
    company = words.join(" ");
  }
  if (!companyOk(company)) return null;
  let location = "";
  // The rest: nothing, "(Berlin, hybrid)", "– Berlin", ", Berlin, Germany", "in Austin, TX", "| Remote".
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const restMatch = /^(?:\((.+)\)|(?:[,–—|·-]|\bin\b|\bbased in\b)\s*(.+))$/u.exec(rest);
  if (rest && !restMatch) return null;
  if (restMatch) {
    const inner = (restMatch[1] ?? restMatch[2]).trim();
    const place = placeFromHeadline(inner);
    if (place) location = place;
    else if (!TITLE_ASIDE.test(inner)) return null;
  }
  return { title, company, location };
}

/**
 * Job-board style: "<Title> | <Company> | <place>", "<Title> – <place>", "<Title> (<place>)". The place must be
 * recognised; without it a second part could be a team or a department, so no company is taken from two parts.
 */
function separatedHeadline(t: string): Headline | null {
  const parts = t.split(/(?<!\s)\s+[|–—·-]\s+/).map((p) => p.trim());
  if (parts.length === 3 && titleOk(parts[0])) {
    const company = cleanName(parts[1]);
    const place = placeFromHeadline(parts[2]);
    if (place && new RegExp(String.raw`^${NAME}$`, "u").test(company) && companyOk(company))
      return { title: parts[0], company, location: place };
  }
  if (parts.length === 2 && titleOk(parts[0])) {
    const place = placeFromHeadline(parts[1]);
    if (place) return { title: parts[0], company: "", location: place };
    // "Sous Chef - The Olive Tree Bistro (Bristol)": a company with its place in brackets.
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    const named = /^(.+?)\s*\(([^()]+)\)$/.exec(parts[1]);
    const company = cleanName(named?.[1]);
    const namedPlace = named && placeFromHeadline(named[2]);
    if (namedPlace && new RegExp(String.raw`^${NAME}$`, "u").test(company) && companyOk(company.replace(/^The\s+(?=\S)/, "")))
      return { title: parts[0], company, location: namedPlace };
  }
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(t);
  if (paren && titleOk(paren[1])) {
    const place = placeFromHeadline(paren[2]);
    if (place) return { title: paren[1].trim(), company: "", location: place };
  }
  return null;
}

/** The headline of the text's first non-empty line, if it is one. */
export function headlineOf(text: string): Headline | null {
  const first = text.split("\n").find((l) => l.trim());
  if (!first) return null;
  // "Staff Data Engineer at Example Analytics. Requirements: …" pasted as one line: its first sentence.
  const sentence = /^(.{10,140}?(?<!\b(?:Inc|Ltd|Co|Corp|Sr|Jr|St))\.)\s+[A-Z]/.exec(first.trim());
  return parseHeadline(first) ?? (sentence ? parseHeadline(sentence[1]) : null);
}
