import { canonicalSkill } from "../text/skills";
import { headingKind } from "./cv-sections";
import { isPlace, ROLE_WORDS } from "./cv-blocks";

// The contact block of a CV (name, e-mail, phone, location, links, headline), found by pattern in the lines above
// the first section heading, with the whole text as a fallback for e-mail and phone.

// Starts only where a run of address characters starts, so a long run without "@" is scanned once, not once per
// character (the same first match as without the look-behind).
// regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE_RE = /(?<![\w/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w/])/g;
// regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
const URL_RE = /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s,|;]*)?/gi;

function titleCaseIfShouting(s: string): string {
  if (s !== s.toUpperCase() || !/[A-Z]/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

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
  // A skill ("Spring Boot"), a place ("New Delhi") or a mix of capitals and words ("GST Filing") is not a name.
  if (canonicalSkill(t) || isPlace(t)) return false;
  const shouting = words.filter((w) => /\p{L}{2}/u.test(w) && w === w.toUpperCase()).length;
  if (shouting && shouting < words.length) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(?:de|da|van|von|der|del|la|le|di|bin|al)$/.test(w));
}

function looksLikeLocation(part: string): boolean {
  const t = part.trim();
  if (!t || EMAIL_RE.test(t) || /https?:|www\.|\.com\b/i.test(t)) return false;
  if (/\d{3,}[\s)-]*\d{3}/.test(t))
    return t.split(/\s+/).length <= 8 && /\b(?:st|street|ave|avenue|road|rd|blvd|lane|way|drive)\b/i.test(t);
  if (
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    /^\d{1,6}\s+[\p{L} .'’-]+\b(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|way|drive|dr|court|ct|place|pl|square|sq)\.?$/iu.test(
      t,
    )
  )
    return true;
  if (t.split(/\s+/).length <= 10 && t.replace(/[^\d]/g, "").length <= 6 && isCommaPlace(t)) return true;
  return /\b(?:remote|usa|united states|uk|united kingdom|germany|india|canada|france|australia)\b/i.test(t) && t.length < 60;
}

/**
 * "Berlin, Germany", "12 Main St, Springfield": two or more comma-separated parts of letters, digits, spaces and
 * . ' ’ - (# in the first part). Checked part by part: the one-pattern form of this rule backtracked exponentially
 * on "a a, a a, a a, …".
 */
function isCommaPlace(text: string): boolean {
  const [first, ...rest] = text.split(",");
  if (!rest.length || !/^[\p{L}\d .'’#-]+$/u.test(first)) return false;
  return rest.every((part) => /^\s*[\p{L}\d.'’-][\p{L}\d .'’-]*$/u.test(part) || (part.trim() === "" && part.includes(" ")));
}

/**
 * The name on a name line without its label or letters after it: "Name: Grace Mwangi", "PRIYA NAIR, PMP",
 * "Jane Roe, MBA, CPA" (credentials are short capitalised tokens after a comma).
 */
function nameOf(line: string): string {
  let name = line.replace(/^(?:full )?name\s*:\s*/i, "");
  // One credential at a time from the end: a single pattern repeating ", TOKEN" up to $ backtracked exponentially
  // on a line of short capitalised tokens ("A,AA,AAAAAA" × 20 took a second).
  for (let comma = name.lastIndexOf(","); comma >= 0 && CREDENTIAL.test(name.slice(comma + 1)); comma = name.lastIndexOf(",")) {
    name = name.slice(0, comma);
  }
  return name.trim();
}

/** A credential after a name's comma: "MBA", "PMP", "Ph.D.", "CPA". */
const CREDENTIAL = /^\s*[A-Z][A-Za-z.]{0,5}[A-Z.]$/;

type Contact = { name: string; email: string; phone: string; location: string; links: string[]; headline: string };

export function parseContact(header: string[], all: string[]): Contact {
  const contact: Contact = { name: "", email: "", phone: "", location: "", links: [], headline: "" };
  const locationParts: string[] = [];
  const lines = header.map(stripGlyphPrefix).filter(Boolean);
  let nameLine = "";
  for (const line of lines.slice(0, 4)) {
    const name = nameOf(line);
    if (isPlausibleName(name)) {
      contact.name = titleCaseIfShouting(name);
      nameLine = line;
      break;
    }
  }
  for (const line of lines) {
    if (line === nameLine) continue;
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
    if (!used && !contact.headline && line !== contact.name && isHeadlineText(line)) {
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
    const found = nameInDocument(all);
    if (found) {
      contact.name = titleCaseIfShouting(found.name);
      if (!contact.headline && found.next && ROLE_WORDS.test(found.next) && isHeadlineText(found.next)) contact.headline = found.next;
    }
  }
  return contact;
}

/** Statements about availability or papers, labels and handles are never a headline ("Willing to relocate: Anywhere"). */
const NOT_A_HEADLINE =
  /^(?:willing|authori[sz]ed|available|availability|open to|relocat|notice period|date of birth|dob|nationality|marital|gender|visa|work permit|citizenship|references?|page \d)/i;

export function isHeadlineText(line: string): boolean {
  const t = line.trim();
  if (!t || /[@\d]/.test(t) || t.split(" ").length > 10 || isHandle(t)) return false;
  if (NOT_A_HEADLINE.test(t) || headingKind(t) || /^[\p{L} ]{2,30}:/u.test(t) || /^[(\[]/.test(t)) return false;
  return !canonicalSkill(t) && !isPlace(t);
}

/**
 * The name when it is not at the top (a sidebar printed first, as LinkedIn's and many two-column PDFs are): the
 * likeliest name line in the first 60, ranked by what follows it (a job title, contact details or a place).
 */
function nameInDocument(all: string[]): { name: string; next: string } | null {
  let best: { name: string; next: string; score: number } | null = null;
  const lines = all.slice(0, 60).map(stripGlyphPrefix);
  lines.forEach((line, i) => {
    if (!isPlausibleName(line) || line.split(/\s+/).length < 2) return;
    const next = lines.slice(i + 1).find(Boolean) ?? "";
    const score =
      (i === 0 ? 3 : 0) + (ROLE_WORDS.test(next) || EMAIL_RE.test(next) || PHONE_RE.test(next) || isPlace(next.split(",")[0]) ? 2 : 0);
    PHONE_RE.lastIndex = 0;
    if (!best || score > best.score) best = { name: line, next, score };
  });
  return best;
}

function isHandle(line: string): boolean {
  return /^\S+$/.test(line) && !/\s/.test(line) && line.length < 40 && /^[a-z0-9._-]+$/.test(line);
}
