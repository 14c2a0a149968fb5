import { headlineOf } from "./job-headline";
import {
  AMBIGUOUS_CODES,
  cityOk,
  cleanName,
  CITY,
  CITY_REGION_ALL,
  COUNTRIES,
  KNOWN_CITIES,
  NAME,
  PLACE_TAIL,
  plausibleName,
  REGION_NAMES,
} from "./job-names";

// Company and location of a job posting from plain text (pasted text, a PDF's text, a page's main text), for the
// offline job agent. Conservative on purpose: an empty field is better than a wrong one, so every pattern needs a
// strong cue ("Company: X", "X is hiring", "About X", "At X, we", "the team at X,", "Location: …", "based in …",
// "City, ST" with a known state or country, an explicit remote arrangement), and every candidate is checked.

// ---------------------------------------------------------------------------------------------------------------
// Company

type CompanyPattern = { re: RegExp; skillOk: boolean };

const COMPANY_PATTERNS: CompanyPattern[] = [
  // "Company: Acme Corp", "Employer: …", "Hiring company: …"
  // (the value may sit on the next line, as in forms and PDFs). "Organization:" is often a division: asked last.
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  { re: /^[ \t]*(?:company(?: name)?|employer|hiring company|client)[ \t]*[:：]\s*([^\n]{2,80}?)[ \t]*$/im, skillOk: true },
  { re: /^[ \t]*(?:organi[sz]ation|hiring organi[sz]ation)[ \t]*[:：]\s*([^\n]{2,80}?)[ \t]*$/im, skillOk: true },
  // "At Acme, we …" / "At Acme Corp, our mission …"
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  { re: new RegExp(String.raw`\bAt (${NAME}),\s+(?:we|our)\b`), skillOk: true },
  // "Acme is hiring …", "Acme seeks …" at the start of a sentence or line.
  {
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    re: new RegExp(
      String.raw`(?:^|[.!?]\s+|\n)(?:(?:Description|About)\s*:\s*)?(${NAME})\s+(?:seeks|is seeking|is looking for|is hiring|are hiring|is recruiting|are looking for|is searching for|has an opening)\b`,
    ),
    skillOk: true,
  },
  // A heading line "About Acme" (not "About us", "About the role").
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  { re: new RegExp(String.raw`^[ \t]*About (${NAME})[ \t]*:?[ \t]*$`, "m"), skillOk: false },
  // "Join Acme …", "About Acme …" inline.
  { re: new RegExp(String.raw`\b(?:Join|About) (?!Us\b|You\b|The\b|This\b|Our\b)(${NAME})(?=[ ,.!:]|$)`, "m"), skillOk: false },
  // "… the platform team at Acme, …", "As a Senior Engineer at Acme, you …"
  {
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    re: new RegExp(
      String.raw`\b(?:[rR]ole|[tT]eam|[pP]osition|[oO]pportunity|[jJ]ob|[eE]ngineer|[dD]eveloper|[mM]anager|[dD]esigner|[aA]nalyst|[sS]cientist|[iI]ntern|[iI]nternship)\s+at\s+(${NAME})(?=\s*[,.!;]|\s+(?:you|we|is|are|where|and you)\b)`,
    ),
    skillOk: true,
  },
  // "Acme is a fast-growing company …", "Acme is an equal opportunities employer", "Acme is committed to …"
  {
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    re: new RegExp(
      String.raw`\b(${NAME}) is (?:(?:a|an|the) (?:[a-z][\w-]* ){0,3}(?:company|leader|provider|startup|start-up|scale-up|platform|team|firm|agency|business|consultancy|employer)\b|(?:proud to be |fully )?committed to\b)`,
    ),
    skillOk: false,
  },
  // "© 2024 Northwind Traders Ltd", "Copyright 2019-2024 Acme": the owner of the page or document.
  {
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    re: new RegExp(String.raw`(?:©|\([cC]\)|Copyright)[ \t]*(?:(?:19|20)\d{2}(?:[ \t]*[-–][ \t]*(?:19|20)\d{2})?[ \t]+)?(${NAME})`),
    skillOk: true,
  },
];

export function detectCompany(text: string): string {
  const headline = headlineOf(text);
  if (headline?.company) return headline.company;
  for (const { re, skillOk } of COMPANY_PATTERNS) {
    const m = re.exec(text);
    const name = cleanName(m?.[1]);
    if (plausibleName(name, { skillOk })) return name;
  }
  return "";
}

// ---------------------------------------------------------------------------------------------------------------
// Location

const REMOTE_EXPLICIT =
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /\b(?:fully remote|100% remote|remote[- ]first|work from anywhere|remote(?:[- ]friendly)? (?:position|role|job|opportunity)|(?:this|the) (?:role|position|job) is (?:fully )?remote|remote within [A-Z][\p{L} ]+|\(remote\))/iu;
const REMOTE_NEGATED =
  /\b(?:not|no|non[- ]?)\s*(?:a\s+)?(?:fully\s+)?remote\b|\bremote (?:work )?is not\b|\bremote work (?:is )?not (?:possible|available|an option)\b/i;

function placeFromLabel(value: string): string {
  return value.trim().replace(/[.;]$/, "").replace(/\s+/g, " ").slice(0, 120);
}

export function detectLocation(text: string): string {
  // 0. A headline: "Senior Backend Engineer at Example Analytics (Berlin, hybrid)".
  const headline = headlineOf(text);
  if (headline?.location) return headline.location;
  // 1. A labelled line: "Location: Austin, TX (hybrid)".
  const line =
    // [ \t]* rather than \s* at the line start: with /m, \s* would run over every following blank line from every line.
    /^[ \t]*(?:location|locations|job location|work location|office location|place of work|based in|office|where)[ \t]*(?::|：|[ \t][-–][ \t])[ \t]*([^\n]{2,120})$/im.exec(
      text,
    ) ?? /\b(?:location|work location|job location)\s*:[ \t]*([^\n)\]|;]{2,80})/i.exec(text);
  if (line && !/^(?:tbd|n\/a|-+)$/i.test(line[1].trim())) return placeFromLabel(line[1]);

  const remote = !REMOTE_NEGATED.test(text);
  // 2. An explicit remote arrangement.
  if (remote && REMOTE_EXPLICIT.test(text)) {
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    const within = /\bremote (?:within|in|from) (?:the )?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\b/u.exec(text);
    if (within && new RegExp(String.raw`^(?:${COUNTRIES}|${REGION_NAMES})$`).test(within[1])) return `Remote (${within[1]})`;
    return "Remote";
  }

  // 3. "based in Berlin", "office in Austin, TX", "join our team in London".
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const phrase = new RegExp(
    String.raw`\b(?:located in|based in|based out of|office in|offices in|headquartered in|join (?:us|our team|the team) in|position (?:is )?(?:based )?in|role (?:is )?(?:based )?in|from our (?=${CITY} office))\s+(${CITY}(?:,[ \t]*${PLACE_TAIL}(?:,[ \t]*(?:${COUNTRIES}))?)?)`,
    "u",
  ).exec(text);
  if (phrase) {
    const place = phrase[1].trim().replace(/(?<![.'’-])[.'’-]+$/, "");
    const city = place.split(",")[0].trim();
    if (cityOk(city) && (place.includes(",") || KNOWN_CITIES.test(city))) return place;
  }

  // 4. "City, ST" / "City, Country" anywhere: an unambiguous state code, a region or a country; on a short line any code.
  for (const m of text.matchAll(CITY_REGION_ALL)) {
    const [whole, rawCity, tail] = m;
    const city = rawCity.replace(/(?<![.'’-])[.'’-]+$/, "");
    if (!cityOk(city)) continue;
    const lineText = lineAround(text, m.index ?? 0);
    if (AMBIGUOUS_CODES.has(tail) && lineText.length > 60) continue;
    return whole.trim().replace(/\s+/g, " ");
  }

  // 5. "remote" in a work-arrangement phrase.
  if (
    remote &&
    /\b(?:remote(?:[- ]friendly| work| working| option| possible| ok)|(?:work|working|team) (?:fully |100% )?remotely|hybrid or remote|remote or hybrid|on-?site or remote)\b/i.test(
      text,
    )
  )
    return "Remote";
  return "";
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end).trim();
}
