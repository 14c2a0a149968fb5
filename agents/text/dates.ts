// Date ranges as CVs write them: "Jan 2020 – Present", "June 2018 - Present", "2019-2021", "03/2018 - 06/2020",
// "2013-12-01 to 2014-12", "Since 2019". Parsing keeps the text as written for start/end and computes a duration.

const MONTH_NAMES: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // French, German and Spanish CVs ("Septembre 2018 – Aujourd'hui", "März 2016 – heute", "enero 2020 – actualidad").
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/** Month names other than English ones, longest first so that "Juni" is not read as "Jun" + "i". */
const OTHER_MONTHS = Object.keys(MONTH_NAMES)
  .filter(
    (name) => name.length > 3 && !/^(?:january|february|march|april|june|july|august|september|sept|october|november|december)$/.test(name),
  )
  .sort((a, b) => b.length - a.length)
  .join("|");
const MONTH = `(?:${OTHER_MONTHS}|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?`;
const SEASON = "(?:Spring|Summer|Fall|Autumn|Winter)";
/** One date: "Jan 2020", "January, 2020", "01/03/2020" (Europass: day/month/year), "01/2020", "2020-01", "2020-01-15", "2020", "'19". */
export const DATE_SRC = `(?:${MONTH},?\\s+\\d{4}|${SEASON}\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?|(?:19|20)\\d{2})`;
const PRESENT_SRC =
  "(?:Present|Current(?:ly)?|Now|Today|Ongoing|To date|(?:Till|Until|Up ?to)\\s+(?:date|now|today)|Date|heute|aujourd['’]hui|actuellement|en cours|actualidad|presente)";
const DASH_SRC = "\\s*(?:-|–|—|‒|―|to|until|till|through|thru)\\s*";
export const RANGE_SRC = `(${DATE_SRC})${DASH_SRC}(${DATE_SRC}|${PRESENT_SRC})`;

// regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
export const RANGE_RE = new RegExp(`(?<![\\w/])${RANGE_SRC}(?![\\w/])`, "i");
// regex-scan: composed from DATE_SRC at run time; the composed pattern analyses as linear (recheck: safe)
const SINCE_RE = new RegExp(`\\b(?:Since|From)\\s+(${DATE_SRC})(?![\\w/])`, "i");
// regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
export const SINGLE_DATE_RE = new RegExp(`(?<![\\w/])(${DATE_SRC})(?![\\w/])`, "i");

export type YearMonth = { year: number; month: number | null };

export function parseDate(text: string): YearMonth | null {
  const t = text.trim().replace(/,/g, "");
  let m = /^(\p{L}+)\.?\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = MONTH_NAMES[m[1].toLowerCase()];
    if (month) return { year: Number(m[2]), month };
    const season = m[1].toLowerCase();
    const sm =
      season === "spring" ? 3 : season === "summer" ? 6 : season === "fall" || season === "autumn" ? 9 : season === "winter" ? 12 : null;
    return sm ? { year: Number(m[2]), month: sm } : null;
  }
  // Day/month/year, as Europass and most of the world write it.
  m = /^\d{1,2}[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return { year: Number(m[2]), month: clampMonth(Number(m[1])) };
  m = /^(\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return { year: Number(m[2]), month: clampMonth(Number(m[1])) };
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(t);
  if (m) return { year: Number(m[1]), month: clampMonth(Number(m[2])) };
  m = /^(\d{4})$/.exec(t);
  if (m) return { year: Number(m[1]), month: null };
  return null;
}

function clampMonth(n: number): number | null {
  return n >= 1 && n <= 12 ? n : null;
}

export function isPresent(text: string): boolean {
  return new RegExp(`^${PRESENT_SRC}$`, "i").test(text.trim());
}

export type DateRange = { start_date: string; end_date: string; duration: string; index: number; length: number };

/** Tidies a date as written: "June  2018" → "June 2018", "current" → "Present". */
function tidy(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return isPresent(t) ? "Present" : t;
}

/** Duration between two dates as "2 years 3 months" (whole years only when months are unknown). */
export function durationBetween(start: string, end: string, now: Date = new Date()): string {
  const s = parseDate(start);
  const e = isPresent(end) ? { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 } : parseDate(end);
  if (!s || !e) return "";
  if (s.month === null || e.month === null) {
    const years = e.year - s.year;
    if (years < 0) return "";
    return years === 0 ? "less than a year" : `${years} year${years === 1 ? "" : "s"}`;
  }
  // Inclusive of both months ("Jan 2020 – Dec 2020" is 12 months).
  const months = (e.year - s.year) * 12 + (e.month - s.month) + 1;
  if (months <= 0) return "";
  const y = Math.floor(months / 12);
  const mo = months % 12;
  const parts: string[] = [];
  if (y) parts.push(`${y} year${y === 1 ? "" : "s"}`);
  if (mo) parts.push(`${mo} month${mo === 1 ? "" : "s"}`);
  return parts.join(" ");
}

/** The first date range in the text ("Since 2019" counts as "2019 – Present"). */
export function findDateRange(text: string, now?: Date): DateRange | null {
  const m = RANGE_RE.exec(text);
  if (m) {
    const start = tidy(m[1]);
    const end = tidy(m[2]);
    return { start_date: start, end_date: end, duration: durationBetween(start, end, now), index: m.index, length: m[0].length };
  }
  const s = SINCE_RE.exec(text);
  if (s) {
    const start = tidy(s[1]);
    return {
      start_date: start,
      end_date: "Present",
      duration: durationBetween(start, "Present", now),
      index: s.index,
      length: s[0].length,
    };
  }
  return null;
}

/** The year of the last date in the text ("2014 – 2016" → "2016", "May 2016" → "2016"), or "". */
export function lastYear(text: string): string {
  const years = text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  if (/\b(?:Present|Current|Ongoing)\b/i.test(text) && years?.length === 1) return "Present";
  return years ? years[years.length - 1] : "";
}
