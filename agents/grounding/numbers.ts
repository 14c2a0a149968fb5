import { contentTerms } from "../text/words";

// Numbers with their context. A figure is a claim about something: "30 %" of hosting costs is not "30 %" of
// revenue, "a team of 12" is not "12 internal teams". Each number found in a text keeps its value, its unit (the
// symbol or the noun it counts) and the words of its clause (what it is about).

export type Figure = { value: string; unit: string; terms: string[]; text: string };

const WORD_NUMBERS: Record<string, string> = {
  two: "2",
  twice: "2",
  three: "3",
  thrice: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  fifteen: "15",
  twenty: "20",
  thirty: "30",
  fifty: "50",
  hundred: "100",
  dozen: "12",
};

const SCALE: Record<string, string> = { k: "k", thousand: "k", m: "m", mm: "m", million: "m", b: "b", bn: "b", billion: "b" };

// Nouns that count people: "12 engineers", "a team of 12", "6 data scientists" are all team sizes.
const PEOPLE =
  /^(?:engineers?|developers?|people|persons?|members?|reports?|direct|designers?|scientists?|analysts?|interns?|staff|employees?|headcount|hires?|contractors?|testers?|managers?|specialists?|consultants?|fte)$/i;

const UNIT_WORDS: Array<[RegExp, string]> = [
  [/^(?:%|percent|per|pct)$/i, "%"],
  [/^(?:x|times|fold)$/i, "x"],
  [/^(?:ms|msec|milliseconds?)$/i, "ms"],
  [/^(?:s|secs?|seconds?)$/i, "s"],
  [/^(?:mins?|minutes?)$/i, "min"],
  [/^(?:h|hrs?|hours?)$/i, "h"],
  [/^days?$/i, "day"],
  [/^weeks?$/i, "week"],
  [/^months?$/i, "month"],
  [/^(?:years?|yrs?)$/i, "year"],
  [/^(?:dollars?|usd|euros?|eur|pounds?|gbp)$/i, "$"],
  [/^tb$/i, "tb"],
  [/^gb$/i, "gb"],
  [/^mb$/i, "mb"],
  [/^pb$/i, "pb"],
];

/** Words that say a number went up or down, not what it is about. */
const GENERIC = new Set(
  contentTerms(
    "improved improving reduced reducing increased increasing cut cutting grew growing grown led leading built building managed delivered " +
      "achieved drove boosted raised lifted lowered decreased saved saving over more than about around nearly almost per across total up by " +
      "from to under within while than least plus approx approximately roughly some handled scaled served supported processed ran running",
  ),
);

const NUMBER =
  // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
  /(?:([$€£])\s?)?(\d+(?:[.,]\d+)*|\b(?:two|twice|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|dozen)\b)(\+)?(?:\s?(%|[kKmMbB]n?\b|thousand\b|million\b|billion\b))?/gi;

function normaliseValue(raw: string): string {
  const word = WORD_NUMBERS[raw.toLowerCase()];
  if (word) return word;
  let n = raw;
  if (/^\d{1,3}(?:,\d{3})+$/.test(n)) n = n.replace(/,/g, "");
  n = n.replace(/,/g, ".");
  if (n.includes(".")) n = n.replace(/(?<!0)0+$/, "").replace(/\.$/, "");
  return n;
}

function unitOf(word: string | undefined, next: string | undefined): string {
  if (!word) return "";
  if (PEOPLE.test(word)) return "people";
  if (/^data$/i.test(word) && next && PEOPLE.test(next)) return "people";
  for (const [re, unit] of UNIT_WORDS) if (re.test(word)) return unit;
  const w = word.toLowerCase();
  if (/^(?:of|and|or|to|in|on|at|for|a|an|the|by|from|with|across|per|than)$/.test(w)) return "";
  return contentTerms(w)[0] ?? "";
}

/** The clause around a position: commas, semicolons and dashes end it. */
function clauseAt(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const from = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "), before.lastIndexOf(" — "), before.lastIndexOf(": ")) + 1;
  const stop = after.search(/[,;:]\s|\s—\s/);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

/** Every figure in a text, with its unit and the content words of its clause. */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, currency, raw, , suffix] = m;
    const start = m.index ?? 0;
    // Part of a word or a version ("p95", "Python3", "WCAG 2.1") is a name, not a figure.
    if (/[\p{L}]$/u.test(text.slice(Math.max(0, start - 1), start)) && !currency) continue;
    const attached = /^\d/.test(raw) ? (text.slice(start + whole.length).match(/^[a-z]+/i)?.[0] ?? "") : "";
    if (/^\d/.test(raw) && /^[.-]\d|^_/.test(text.slice(start + whole.length))) continue;
    // "2.5s", "800ms", "3x", "2TB" carry their unit; "3rd", "5G", "v2" do not count as figures.
    if (attached && !UNIT_WORDS.some(([re]) => re.test(attached))) continue;
    const value = normaliseValue(raw);
    const after = text.slice(start + whole.length).match(/^\s*([\p{L}$€£%]+)(?:\s+([\p{L}]+))?/u);
    // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
    const before = text.slice(0, start).match(/([\p{L}]+)\s+(?:of\s+)?$/u)?.[1] ?? "";
    let unit = "";
    const sfx = (suffix ?? "").toLowerCase();
    if (sfx === "%") unit = "%";
    else if (currency) unit = "$";
    else if (attached) unit = unitOf(attached, undefined);
    else unit = unitOf(after?.[1], after?.[2]);
    if (!unit && /^(?:team|group|squad)$/i.test(before)) unit = "people";
    if (!unit && /^(?:19[5-9]\d|20[0-4]\d)$/.test(value)) unit = "date";
    if (/^(?:19[5-9]\d|20[0-4]\d)$/.test(value) && !sfx && !currency && unit !== "people") unit = "date";
    const scale = SCALE[sfx] ?? (after && SCALE[after[1].toLowerCase()]) ?? "";
    const clause = clauseAt(text, start, start + whole.length);
    const terms = contentTerms(clause).filter((t) => !GENERIC.has(t) && !/\d/.test(t) && t !== unit);
    out.push({ value: scale ? `${value}${scale}` : value, unit, terms, text: whole.trim() });
  }
  return out;
}

/** Whether two units can describe the same figure (one side without a unit says nothing against it). */
export function unitsCompatible(a: string, b: string): boolean {
  return a === b || (!a && b !== "date") || (!b && a !== "date");
}
