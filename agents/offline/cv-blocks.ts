import { findDateRange } from "../text/dates";
import { CA_PROVINCE_CODES, COUNTRIES, KNOWN_CITIES, REGION_NAMES, US_STATE_CODES } from "./job-names";

// What the offline CV parser's entry readers share: bullets, blocks of lines under a head line, date ranges at the
// edge of a line, and a head line's title, company and location.

export const BULLET_RE = /^\s*(?:[•●▪◦‣∙·■□➢➤►▶✓✔\-*–—]|\d{1,2}[.)])\s+/;
export const ROLE_WORDS =
  /\b(?:engineer|developer|programmer|manager|analyst|designer|consultant|intern|internship|scientist|lead|director|officer|president|ceo|cto|cfo|coo|vp|head|architect|specialist|administrator|admin|teacher|tutor|assistant|associate|coordinator|technician|researcher|founder|co-founder|owner|partner|executive|representative|advisor|adviser|accountant|nurse|editor|writer|recruiter|strategist|supervisor|trainee|apprentice|fellow|professor|lecturer|instructor|sre|devops|qa|tester|product|marketing|sales|operator|agent|clerk|photographer|freelancer|contractor|translator|artist|journalist|doctor|physician|lawyer|attorney|pharmacist|therapist|mechanic|electrician|cashier|barista|waiter|waitress|driver|chef|cook|pilot|paralegal|auditor|economist|statistician|illustrator|animator|copywriter|producer|musician|librarian|dentist|veterinarian|surgeon|scrum master)\b/i;
const COMPANY_SUFFIX_RE =
  /^(?:inc\.?|llc\.?|ltd\.?|limited|gmbh|ag|s\.?a\.?|b\.?v\.?|plc|corp\.?|corporation|co\.?|company|pty\.? ltd\.?|srl|sas|oy|ab)$/i;

export type Block = { head: string; body: string[] };

export function isBullet(line: string): boolean {
  return BULLET_RE.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET_RE, "").trim();
}

/** Bullets with their wrapped continuation lines joined; other lines as paragraphs. */
export function bodyToText(body: string[]): { description: string; highlights: string[] } {
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

export function hasRangeAtEdge(line: string): boolean {
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

export function isDateOnly(line: string): boolean {
  const r = findDateRange(line);
  if (!r) return false;
  return line.slice(0, r.index).replace(/[^\p{L}\p{N}]/gu, "") + line.slice(r.index + r.length).replace(/[^\p{L}\p{N}]/gu, "") === "";
}

export function splitParts(text: string): string[] {
  // A comma inside brackets is not a separator: "Werkstudent (Working Student, Design), Festo AG".
  const raw = text
    .replace(/\([^()]*\)/g, (m) => m.replace(/,/g, "\u0001"))
    .split(/\s+(?:—|–|-|\||·|•|@)\s+|\s+at\s+|,\s+|\s*\|\s*|\s{2,}/)
    .map((p) => p.replace(/\u0001/g, ",").trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (const p of raw) {
    if (parts.length && COMPANY_SUFFIX_RE.test(p.replace(/[()]/g, ""))) parts[parts.length - 1] += `, ${p}`;
    else parts.push(p);
  }
  return parts;
}

export function isLocationPart(p: string): boolean {
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
  const cleaned = text.replace(/^[\s,|–—-]+|(?<![\s,|–—-])[\s,|–—-]+$/g, "");
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

export function groupBlocks(lines: string[], isHead: (line: string, i: number) => boolean): Block[] {
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

/** Abbreviations a head line may end with ("Acme Inc.", "Globex Pvt. Ltd."): not the full stop of a sentence. */
const ABBREVIATION_END = /\b(?:inc|ltd|co|corp|pvt|llc|jr|sr|st|dept|univ|s\.a|b\.v)\.$/i;

/** A short line that names a job or a school (title, company, place, dates), not a bullet or a sentence. */
export function isHeadLine(line: string): boolean {
  if (!line || isBullet(line) || line.length > 160) return false;
  const r = findDateRange(line);
  const rest = r ? line.slice(0, r.index) + line.slice(r.index + r.length) : line;
  if (rest.split(/\s+/).filter(Boolean).length > 12) return false;
  if (/[.;!?]$/.test(line) && !ABBREVIATION_END.test(line)) return false;
  // "Supported a team of 14 colleagues across 2 locations": a sentence, not a title or a name.
  const lower = rest.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w)).length;
  return !/^[a-z]/.test(line.trim()) && lower < 3;
}

/** Small words inside names and titles ("Head of Sales and Marketing", "Université de Lyon"). */
const NAME_JOINERS = new Set([
  "of",
  "and",
  "at",
  "in",
  "for",
  "the",
  "de",
  "la",
  "du",
  "des",
  "van",
  "von",
  "der",
  "&",
  "to",
  "y",
  "e",
  "di",
]);

// regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
const LABELLED = /^(city|country|location|place|company|employer|organi[sz]ation|title|position|designation|role|job title)\s*:\s*(.+)$/i;

export type PartKind = "role" | "org" | "place";

const PLACE_NAME = new RegExp(
  String.raw`^(?:${US_STATE_CODES}|${CA_PROVINCE_CODES}|${REGION_NAMES}|${COUNTRIES}|remote|hybrid|on-?site)$`,
  "u",
);

/** A known city, state or province code, region, country or work mode ("Pune", "TX", "Bavaria", "Germany", "Remote"). */
export function isPlace(part: string): boolean {
  const t = part.trim().replace(/\.$/, "");
  return KNOWN_CITIES.test(t) || PLACE_NAME.test(t);
}

/** What a head part is: a place (a known city, country, state code, work mode), a role (a job word), else a name. */
export function partKind(part: string): PartKind {
  if (isPlace(part)) return "place";
  return ROLE_WORDS.test(part) ? "role" : "org";
}

/**
 * A job's head lines (dates already cut out) → title, company and location, wherever each sits: "Title, Company,
 * City" on one line, "Company - City -" and "Title" on two, "Company [ … ]" and "City: Berlin | Country: Germany".
 */
export function splitHeadParts(lines: string[]): { title: string; company: string; location: string } {
  const parts: { text: string; kind: PartKind }[] = [];
  for (const raw of lines) {
    const cleaned = raw
      // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
      .replace(/\(\s*\d+\s*(?:years?|yrs?|months?|mos?)(?:\s+\d+\s*(?:months?|mos?))?\s*\)/gi, " ")
      .replace(/[[\]]/g, " ")
      .replace(/\(\s*\)/g, " ")
      // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
      .replace(/^[\s,|–—:-]+|(?<![\s,|–—:-])[\s,|–—:-]+$/g, "");
    // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
    for (const piece of cleaned.split(/(?<!\s)\s*\|\s*/)) {
      const labelled = LABELLED.exec(piece.trim());
      if (labelled) {
        const label = labelled[1].toLowerCase();
        const kind: PartKind = /city|country|location|place/.test(label) ? "place" : /company|employer|organi/.test(label) ? "org" : "role";
        parts.push({ text: labelled[2].trim(), kind });
        continue;
      }
      for (const p of splitParts(piece)) {
        // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
        const text = p.replace(/^[\s,|–—:-]+|(?<![\s,|–—:-])[\s,|–—:-]+$/g, "");
        if (text && /\p{L}/u.test(text)) parts.push({ text, kind: partKind(text) });
      }
    }
  }
  let title = parts.find((p) => p.kind === "role")?.text ?? "";
  let company = parts.find((p) => p.kind === "org" && p.text !== title)?.text ?? "";
  if (!title) {
    // No job word anywhere: the first name-like part is the title, the next the company.
    const names = parts.filter((p) => p.kind === "org");
    title = names[0]?.text ?? "";
    company = names[1]?.text ?? "";
  } else if (!company) {
    company = parts.filter((p) => p.kind === "role")[1]?.text ?? "";
  }
  const location = parts
    .filter((p) => p.kind === "place")
    .map((p) => p.text)
    .join(", ");
  return { title, company, location };
}
