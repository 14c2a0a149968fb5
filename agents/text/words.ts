// Small text utilities (words, stems, sentences, rounding) used by both engines. Pure and deterministic.

export const STOPWORDS = new Set(
  (
    "a an the and or but if then else of to in on at by for with from into onto over under about as is are was were be been being " +
    "it its this that these those there here what which who whom whose when where why how do does did done doing have has had having " +
    "i me my mine we us our ours you your yours he him his she her hers they them their theirs not no nor so than too very can could " +
    "would should will shall may might must just also only own same such both each few more most other some any all one ones " +
    "up down out off again further once same s t don ll re ve d m o y am get got getting give given make made use used using " +
    "like well really much many lot lots thing things way ways something anything everything someone time times tell describe explain " +
    "walk through example give talk would you your yourself let's lets between difference different"
  ).split(/\s+/),
);

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Lowercased word tokens (letters, digits, +, #, . inside words such as "node.js", "c++", "c#"). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9+#]*(?:[.'’-][a-z0-9+#]+)*/g) ?? []).map((w) => w.replace(/[’']s$/, ""));
}

/** A light suffix stemmer: enough to match "scaling"/"scaled"/"scales" and "caching"/"cache". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  for (const [suffix, min] of [
    ["ational", 5],
    ["ization", 5],
    ["ations", 5],
    ["ation", 5],
    ["ments", 5],
    ["ment", 5],
    ["ness", 5],
    ["ities", 5],
    ["ity", 5],
    ["ingly", 5],
    ["ing", 4],
    ["edly", 5],
    ["ied", 4],
    ["ies", 4],
    ["ed", 4],
    ["ly", 4],
    ["es", 4],
    ["s", 4],
    ["er", 5],
    ["e", 4],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= min - 1) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "disagree"/"disagreed"/"disagreement" and "cache"/"cached"/"caching" end up alike.
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** Content terms: tokens minus stopwords and 1-letter words, stemmed. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /[0-9]/.test(w)))
    .map(stem);
}

export function termSet(text: string): Set<string> {
  return new Set(contentTerms(text));
}

/** Sentences with their offsets in the original text (offsets make verbatim quoting possible). */
export function sentenceSpans(text: string): { text: string; start: number; end: number }[] {
  // Split on sentence punctuation followed by space/end, and on line breaks; keeps decimals like 3.5 together.
  const spans: { text: string; start: number; end: number }[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = text[i];
    const atEnd = i === n;
    const isBreak = ch === "\n";
    const isStop = (ch === "." || ch === "!" || ch === "?") && (i + 1 >= n || /\s/.test(text[i + 1]));
    if (atEnd || isBreak || isStop) {
      const end = isStop ? i + 1 : i;
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed && /[A-Za-z0-9]/.test(trimmed)) spans.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
      start = end;
    }
  }
  return spans;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** "text" → "Text". */
export function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** One line of at most `max` characters, without a closing full stop; cut with an ellipsis. */
export function shorten(text: string, max = 110): string {
  const t = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/(?<![.;:])[.;:]+$/, "");
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** "Text" → "text". */
export function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
