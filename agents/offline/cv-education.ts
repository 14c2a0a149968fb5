import type { Education } from "@/core/schemas/profile";
import { findDateRange, lastYear, SINGLE_DATE_RE } from "../text/dates";
import { isBullet, isPlace, splitParts } from "./cv-blocks";

// Education entries of a CV: degree, field, institution and year. An entry's parts may share a line ("B.Tech, IIT
// Delhi, 2015") or sit on lines of their own in any order, with blank lines between; a line that brings a part the
// current entry already has starts the next entry, so a year stays with its own school.

/** Degrees as written around the world, case-insensitive ("Bachelor of …", "B.Tech", "MCA", "HSC", "Abitur", "Maîtrise"). */
const DEGREE_CI =
  /(?<![\p{L}\p{N}])(?:bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|b\.?\s?sc|m\.?\s?sc|b\.?\s?tech|m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|ph\.?\s?d|doctor(?:ate)? of|doctorate|diploma|associate(?:'s)? (?:degree|of)|high school diploma|ged|hnd|abitur|licen[cs]e|licenciatura|licentiate|ma[iî]trise|baccalaur[eé]at|mba|mca|bca|bba|b\.?\s?com|m\.?\s?com|a[- ]levels?|gcse|hsc|ssc|sslc|10th|12th|class (?:x|xii|10|12))(?![\p{L}\p{N}])/iu;
/** Short degrees that are also words: only as written in capitals ("BE", "B.E.", "MS in …"). */
const DEGREE_CS =
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /(?<![\p{L}\p{N}.])(?:B\.E\.?|M\.E\.?|BE|ME|B\.A\.|M\.A\.|B\.S\.|M\.S\.|(?:BA|MA|BS|MS)(?=\s+(?:in|of)\b|\/|,|\s*\())(?![\p{L}\p{N}])/u;
// Letter look-arounds rather than \b, which ends at an accented letter ("Université", "Universität").
const INSTITUTION_RE =
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  /(?<!\p{L})(?:university|universidad|universidade|università|universität|universiteit|université|uniwersytet|college|institute|institut|school|academy|polytechnic|gymnasium|lyc[eé]e|vidyalaya|conservatory|seminary|ecole|école|hochschule|fachhochschule|iit|nit|iim|mit|caltech|ucla|uc [a-z]+)(?!\p{L})/iu;
/** Lines that describe an entry without naming one: grades, coursework, a table's column labels. */
const NOT_AN_ENTRY =
  /^(?:gpa|cgpa|grade|overall gpa|percentage|marks|score|result|honou?rs|relevant coursework|courses?|coursework|thesis|dissertation|activities|qualification|institution|institute|university|board|year(?: of passing)?|passing year|degree|course|school|college)\b\s*(?::|$)/i;

const MONTH_WORDS =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter";

/** Words of a field of study ("Information Technology", "Mechanical Engineering"): a part after a degree that is its subject. */
const FIELD_WORDS =
  /\b(?:engineering|science|sciences|technology|arts|commerce|management|studies|administration|finance|accounting|marketing|mathematics|economics|statistics|physics|chemistry|biology|nursing|law|medicine|pharmacy|design|education|communication|applications|informatics|electronics|humanities|psychology|literature|history|architecture)\b/i;

export function isDegree(text: string): boolean {
  return DEGREE_CI.test(text) || DEGREE_CS.test(text);
}

/** guessed: the institution is a part that named no school ("Karnataka State Board"); a named school replaces it. */
type Draft = { degree: string; field: string | null; institution: string; year: string; guessed?: boolean };
type Part = { kind: "degree" | "institution" | "year" | "place" | "other"; text: string };

/** "B.Tech (Computer Science)", "BE - Mechanical", "M.Sc in Physics", "B.Sc Statistics" → degree and field. */
export function degreeAndField(text: string): { degree: string; field: string | null } {
  const t = text.trim();
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(t);
  if (paren && isDegree(paren[1])) return { degree: paren[1].trim(), field: paren[2].trim() };
  // "Bachelor of Science in Computer Science", "M.Sc in Physics", "Licence en Droit": the degree, then its field.
  // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
  const split = /(?<!\s)\s+(?:in|en|de|im)\s+(?=\S)/i.exec(t);
  if (split && isDegree(t.slice(0, split.index)))
    return { degree: t.slice(0, split.index).trim(), field: t.slice(split.index + split[0].length).trim() };
  const abbrev = /^((?:b|m)\.?\s?(?:sc|a|s|e|eng|tech|com|ed|phil)\.?|ph\.?\s?d\.?|mba|mca|bca|bba)\s+(?!of\b|in\b)(\p{Lu}.+)$/iu.exec(t);
  if (abbrev) return { degree: abbrev[1].trim(), field: abbrev[2].trim() };
  return { degree: t, field: null };
}

function lineParts(line: string): Part[] {
  const parts: Part[] = [];
  // "City: Manipal | Country: India": a labelled place, whatever its name.
  if (/^(?:city|country|location|place)\s*:/i.test(line)) return [{ kind: "place", text: line.replace(/^[^:]+:\s*/, "") }];
  let text = line.replace(/[[\]]/g, " ");
  const range = findDateRange(text);
  if (range) {
    parts.push({
      kind: "year",
      text: lastYear(range.end_date === "Present" ? "Present" : text.slice(range.index, range.index + range.length)),
    });
    text = `${text.slice(0, range.index)} | ${text.slice(range.index + range.length)}`;
  } else {
    // A phone number is not a year (but "No. 2 2006" keeps its year).
    const year = lastYear(text.replace(/\+?\d[\d\s-]{8,}/g, (m) => (m.replace(/\D/g, "").length >= 8 ? "" : m)));
    if (year && SINGLE_DATE_RE.test(text)) {
      parts.push({ kind: "year", text: year });
      // "May 2016", "Spring 2016": a month or season before the year goes with it; any other word stays.
      // regex-scan: built from the month words and a four-digit year (lastYear): no quantified group sees more than one run of spaces
      text = text.replace(new RegExp(`(?:\\b(?:${MONTH_WORDS})\\.?,?\\s+)?${year}\\b`, "iu"), " | ");
    }
  }
  text = text.replace(/\(\s*(?:[,|–—·-]\s*)?\)/g, " ").replace(/(?<!\s)\s*[·•]\s*/g, " | ");
  // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
  for (const raw of text.split(/(?<!\s)\s*\|\s*/)) {
    for (const p of splitParts(raw)) {
      const t = p.replace(/^[\s,;:|–—·-]+|(?<![\s,;:|–—·-])[\s,;:|–—·-]+$/g, "");
      // "CGPA: 8.6/10", "Percentage: 94%": a grade beside the years, not a school.
      if (!t || !/\p{L}|\d{2}th/u.test(t) || NOT_AN_ENTRY.test(t)) continue;
      const kind = isDegree(t) ? "degree" : INSTITUTION_RE.test(t) ? "institution" : isPlace(t) ? "place" : "other";
      parts.push({ kind, text: t });
    }
  }
  return parts;
}

/** A school's name wrapped in a narrow column ("Jawaharlal Nehru Technological" / "University") is joined again. */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const prev = out[out.length - 1];
    const tail = /^(?:of|and|&|for|de|at)\s|^(?:university|college|institute|school|academy|polytechnic|technology)$/i.test(line);
    // "Bachelor of Science in Computer" / "Science": a word or two ending a degree's field.
    const fieldTail =
      !!prev &&
      isDegree(prev) &&
      /\s(?:in|of)\s/i.test(prev) &&
      line.split(/\s+/).length <= 2 &&
      !/\d/.test(line) &&
      !isDegree(line) &&
      !INSTITUTION_RE.test(line) &&
      !isPlace(line);
    if (prev && line && ((tail && !isDegree(prev) && !findDateRange(prev)) || fieldTail)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

export function parseEducation(lines: string[]): Education[] {
  const out: Draft[] = [];
  let cur: Draft | null = null;
  for (const raw of unwrap(lines)) {
    const line = raw.trim();
    // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
    if (!line || line.split(/(?<!\s)\s*\|\s*/).every((cell) => NOT_AN_ENTRY.test(cell)) || (isBullet(line) && !isDegree(line))) continue;
    const parts = lineParts(line);
    if (!parts.length) continue;
    const degreeIdx = parts.findIndex((p) => p.kind === "degree");
    const next: Partial<Draft> = {};
    let fieldIdx = -1;
    if (degreeIdx >= 0) {
      const { degree, field } = degreeAndField(parts[degreeIdx].text);
      next.degree = degree;
      next.field = field;
      // "Bachelor of Engineering, Mechanical, Anna University": a plain part right after the degree is its field.
      const after = parts[degreeIdx + 1];
      const schoolKnown = parts.some((p) => p.kind === "institution") || (!!cur?.institution && !cur.degree);
      if (!field && after?.kind === "other" && (schoolKnown || FIELD_WORDS.test(after.text)))
        [next.field, fieldIdx] = [after.text, degreeIdx + 1];
    }
    const named = parts.find((p) => p.kind === "institution");
    const inst = named ?? parts.find((p, i) => p.kind === "other" && i !== fieldIdx);
    if (inst) [next.institution, next.guessed] = [inst.text, !named];
    const year = parts.find((p) => p.kind === "year");
    if (year) next.year = year.text;
    // "12th (PUC), Karnataka State Board" / "Vijaya PU College": a named school replaces a part that named none, while
    // the entry has no year yet (with its year, the entry is complete and the school starts the next one).
    const replaces = !!named && !!cur?.guessed && !cur.year && !next.degree && !next.year;
    const schoolClash = !!next.institution && !!cur?.institution && !replaces;
    const clash = cur && ((next.degree && cur.degree) || schoolClash || (next.year && cur.year));
    if (!cur || clash) {
      cur = { degree: "", field: null, institution: "", year: "" };
      out.push(cur);
    }
    if (next.degree) [cur.degree, cur.field] = [next.degree, next.field ?? null];
    if (next.institution) [cur.institution, cur.guessed] = [next.institution, next.guessed];
    if (next.year) cur.year = next.year;
  }
  return out
    .filter((e) => e.degree || e.institution)
    .slice(0, 30)
    .map((e) => ({
      degree: e.degree.slice(0, 300),
      institution: e.institution.slice(0, 300),
      year: e.year.slice(0, 50),
      field: e.field ? e.field.slice(0, 300) : null,
    }));
}
