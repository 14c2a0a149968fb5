import { countWords } from "@/agents/text/letter-limits";

// What a recruiter notices in a cover letter or a message, as checks (issue 13's writing-quality test): the
// company named, no links / e-mail addresses / phone numbers / raw CV lines, no sentence over 40 words, correct
// list grammar, no sentence said twice, and — across letters — how many sentences two letters share.

export const MAX_SENTENCE_WORDS = 40;

/** The body of a letter: without the greeting line ("Dear …,") and the sign-off paragraph ("Sincerely,\nName"). */
export function letterBody(letter: string): string {
  const paragraphs = letter.trim().split(/\n{2,}/);
  if (/^(?:dear|hi|hello|hey|to)\b[^\n]*,$/i.test(paragraphs[0]?.trim() ?? "")) paragraphs.shift();
  const last = paragraphs[paragraphs.length - 1] ?? "";
  if (/^(?:sincerely|best|kind|warm|many thanks|thanks|regards|yours|cheers)[^\n]*,\n/i.test(last.trim())) paragraphs.pop();
  return paragraphs.join("\n\n");
}

/** Sentences of a text (split at . ! ? followed by space and a capital, a digit or a quote, and at line breaks). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z0-9"“(])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

export type Problem = { rule: string; text: string };

/** Every problem a recruiter would notice in one letter or message. */
export function writingProblems(
  text: string,
  opts: { company?: string; minWords?: number; maxWords?: number; posting?: string } = {},
): Problem[] {
  const problems: Problem[] = [];
  const body = letterBody(text);
  const add = (rule: string, t: string) => problems.push({ rule, text: t.slice(0, 160) });
  if (opts.company && !text.toLowerCase().includes(opts.company.toLowerCase())) add("company not named", opts.company);
  for (const m of text.match(/\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|io|dev|example)(?:\/\S*)?/gi) ?? []) add("link", m);
  for (const m of text.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []) add("e-mail address", m);
  for (const m of text.match(/\+?\d[\d ()-]{8,}\d/g) ?? [])
    if (!/^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$/.test(m.trim())) add("phone number", m);
  for (const m of text.match(/\[[^\]\n]{2,40}\]/g) ?? []) add("placeholder", m);
  // Raw CV lines: bullets, pipes between details, "Title — Company (Mar 2021 – Present)", section headings, markdown.
  for (const m of text.match(/[•▪●]|\s\|\s|\*\*|^#+\s/gm) ?? []) add("CV or markdown fragment", m);
  for (const m of text.match(/\([A-Z][a-z]{2} \d{4}\s*[–-]\s*(?:Present|[A-Z][a-z]{2} \d{4})\)/g) ?? []) add("CV date line", m);
  for (const line of body.split("\n"))
    if (/^(?:summary|experience|education|skills|projects|languages)\s*:?$/i.test(line.trim())) add("CV heading", line);
  const sentences = sentencesOf(body);
  // A chat message's last words may be its sign-off ("Thanks again, Avery"): not a sentence to end with a full stop.
  const signOff = (s: string, i: number) =>
    i === sentences.length - 1 && /^(?:thanks(?: again)?|thank you|best|cheers|regards),? [A-Z][\p{L}-]+$/iu.test(s);
  for (const [i, s] of sentences.entries()) {
    if (signOff(s, i)) continue;
    if (countWords(s) > MAX_SENTENCE_WORDS) add(`sentence over ${MAX_SENTENCE_WORDS} words`, s);
    if (!/^["“(]?[A-Z0-9]/.test(s)) add("sentence does not start with a capital", s);
    if (!/[.!?]["”’)]?$/.test(s)) add("sentence without an end", s);
  }
  // List grammar: "and, X", ", and and", ", ,", a space before punctuation, a list of three or more without "and"/"or".
  const grammar = [
    /\b(?:and|or),\s/g,
    /,\s*(?:and|or)\s+(?:and|or)\b/g,
    /\b(?:and|or)\s+(?:and|or)\b/g,
    /,\s*,/g,
    /\s[,.;:!?](?!\w)/g,
    /\b(\w+) \1\b/g,
    /(?:^|[^,]\s)(?:[A-Z][\w.+#-]*,\s){2,}[A-Z][\w.+#-]*[.;](?=\s|$)/g,
  ];
  for (const re of grammar) for (const m of body.match(re) ?? []) if (!/^(?:that that|had had)$/i.test(m.trim())) add("list grammar", m);
  // A verb form a frame got wrong ("my work included rebuilt…", "I was led a team…").
  const verbForm =
    /\b(?:included|including|enjoyed|responsible for|spent my time|proud of is|has been|meant|was|were)\s+(?!\w+ing\b)(?:(?!promoted|named|awarded|selected|recognised|recognized|invited|appointed|asked|based|responsible)\w+ed|built|rebuilt|led|ran|wrote|grew|cut|set|brought|taught|made|drove|won|took|held|oversaw)\s+(?:the|a|an|\d|[A-Z])/g;
  for (const m of body.match(verbForm) ?? []) add("verb form", m);
  // The posting's own words handed back (eight words or more in a row): boilerplate quoted as if it were the role.
  if (opts.posting) {
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const grams = new Set<string>();
    const pw = words(opts.posting);
    for (let i = 0; i + 8 <= pw.length; i++) grams.add(pw.slice(i, i + 8).join(" "));
    for (const s of sentences) {
      const sw = words(s);
      for (let i = 0; i + 8 <= sw.length; i++)
        if (grams.has(sw.slice(i, i + 8).join(" "))) {
          add("posting quoted", s);
          break;
        }
    }
  }
  const seen = new Set<string>();
  for (const s of sentences) {
    if (seen.has(norm(s))) add("sentence repeated", s);
    seen.add(norm(s));
  }
  const words = countWords(text);
  if (opts.minWords !== undefined && words < opts.minWords) add("too short", String(words));
  if (opts.maxWords !== undefined && words > opts.maxWords) add("too long", String(words));
  return problems;
}

/** The share of `a`'s sentences that `b` also has (same words, any case/spacing). */
export function sharedSentences(a: string, b: string): number {
  const sa = sentencesOf(letterBody(a)).map(norm);
  const sb = new Set(sentencesOf(letterBody(b)).map(norm));
  if (!sa.length) return 0;
  return sa.filter((s) => sb.has(s)).length / sa.length;
}

/** Contractions ("I'm", "I've", "you're"): the friendly tone uses them, the professional one does not. */
export function contractions(text: string): number {
  return (text.match(/\b(?:I|you|we|they|it|that|there|let|I'd|don|can|won|isn|aren|didn|doesn|wasn)['’](?:m|ve|re|ll|d|s|t)\b/gi) ?? [])
    .length;
}
