import { countWords } from "./letter-limits";

// A model's letter or message as a recruiter should get it (issue 13), for both the whole text and a stream:
// no header block before the greeting (the candidate's address, a date, the employer's address), no contact lines
// after the sign-off, no links, e-mail addresses or phone numbers, no "[Company Name]" placeholders, no markdown,
// and no sentence over 40 words (split at a clause break where one reads as two sentences, else left out).
// The candidate sends the letter from their own address, so their contact details add nothing to its text.

export const MAX_SENTENCE_WORDS = 40;

// regex-scan: sees the model's reply, capped by maxOutputTokens
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|me|co|example)(?:\/\S*)?(?![\w.])/i;
// regex-scan: sees the model's reply, capped by maxOutputTokens
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// regex-scan: sees the model's reply, capped by maxOutputTokens
const PHONE = /(?:\+\d[\d ()./-]{7,}\d|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b)/;
// regex-scan: sees the model's reply, capped by maxOutputTokens
const PLACEHOLDER = /\[[^\]\n]{2,60}\]/;
// regex-scan: sees the model's reply, capped by maxOutputTokens
const GREETING = /^(?:dear|hi|hello|hey|good (?:morning|afternoon)|to whom)\b[^\n]{0,80},?\s*$/i;
// Only the sign-off words on their line ("Kind regards,", "Thanks again!"): "Thank you for your time." is a sentence.
const SIGN_OFF =
  // regex-scan: sees the model's reply, capped by maxOutputTokens
  /^(?:sincerely|best|kind regards|warm regards|warmest regards|regards|best regards|best wishes|all the best|many thanks|thanks|thank you|yours(?: sincerely| truly| faithfully)?|cheers|respectfully)(?: so much| again| very much)?\s*[,!]?\s*$/i;

function contact(text: string): boolean {
  return LINK.test(text) || EMAIL.test(text) || PHONE.test(text);
}

/** Markdown a plain-text letter should not carry: **bold**, __bold__, headings, list markers. */
function plain(line: string): string {
  return line
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_m, a?: string, b?: string) => a ?? b ?? "")
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/^\s*[-*•]\s+/, "");
}

/**
 * A sentence over the limit split at clause breaks ("; ", ", and I …", ", and before that …", " — ") into sentences
 * that read alone; a part that is still too long and cannot be split is left out. Null when nothing is left.
 */
export function splitLong(sentence: string): string[] | null {
  if (countWords(sentence) <= MAX_SENTENCE_WORDS) return [sentence];
  const breaks = [
    /;\s+/,
    /,\s+and\s+(?=(?:I|we|my|this|that|it|they|our|before|after|then|later|since|now|today)\b)/,
    // regex-scan: a run is tried only where it starts (look-behind); sees one sentence of a letter
    /(?<!\s)\s+[—–]\s+/,
    /,\s+(?:but|while|whereas)\s+(?=(?:I|we|my|this|it|they)\b)/,
  ];
  for (const re of breaks) {
    const m = re.exec(sentence);
    if (!m) continue;
    const head = sentence
      .slice(0, m.index)
      .trim()
      .replace(/[,;:]$/, "");
    const tail = sentence.slice(m.index + m[0].length).trim();
    if (countWords(head) < 5 || countWords(tail) < 5) continue;
    const end = /[.!?]$/.test(sentence.trim()) ? "" : ".";
    const parts = [`${head}.`, `${tail.charAt(0).toUpperCase()}${tail.slice(1)}${end}`].flatMap((p) => splitLong(p) ?? []);
    return parts.length ? parts : null;
  }
  return null;
}

/** `company` fills "[Company Name]"; `letterhead: false` (messages) keeps short lines before any greeting. */
export type CleanerOptions = { company?: string; letterhead?: boolean };

/**
 * Cleans text as it arrives, piece by piece (whole lines or sentences, as the letter stream passes them on), or all
 * at once with cleanLetter(). State: before the greeting (a header block is dropped), the body, after the sign-off
 * (only the name line is kept).
 */
export class LetterCleaner {
  private stage: "header" | "body" | "signed" = "header";
  private namesLeft = 1;
  private started = false;
  private pendingBreak = "";

  constructor(private readonly options: CleanerOptions = {}) {
    if (options.letterhead === false) this.stage = "body";
  }

  /** A piece of text (ending at a sentence or line break) → what may be shown of it ("" for nothing). */
  push(piece: string): string {
    let out = "";
    const parts = piece.split(/(\n+)/);
    for (let i = 0; i < parts.length; i += 2) {
      const line = this.line(parts[i]);
      if (line?.trim()) {
        out += this.pendingBreak + line;
        this.pendingBreak = "";
        this.started = true;
      }
      // A line break waits for the next line shown, so a dropped line leaves its paragraph break behind, once.
      const brk = parts[i + 1] ?? "";
      if (brk && this.started && brk.length > this.pendingBreak.length) this.pendingBreak = brk.length > 1 ? "\n\n" : "\n";
    }
    return out;
  }

  private line(raw: string): string | null {
    const text = plain(raw);
    const trimmed = text.trim();
    if (!trimmed) return text;
    if (this.stage === "header") {
      if (GREETING.test(trimmed)) {
        this.stage = "body";
        return this.greeting(trimmed);
      }
      // Before the greeting: a short line is a letterhead (name, address, date, "Hiring Manager"), not the letter.
      if (trimmed.split(/\s+/).length <= 12 || contact(trimmed) || PLACEHOLDER.test(trimmed)) return null;
      this.stage = "body";
    }
    if (this.stage === "signed") {
      if (this.namesLeft > 0 && !contact(trimmed) && !PLACEHOLDER.test(trimmed) && trimmed.split(/\s+/).length <= 5) {
        this.namesLeft--;
        return trimmed;
      }
      return null;
    }
    if (/^subject\s*:/i.test(trimmed)) return null;
    if (GREETING.test(trimmed)) return this.greeting(trimmed);
    if (SIGN_OFF.test(trimmed)) {
      this.stage = "signed";
      return trimmed;
    }
    return this.sentences(text);
  }

  private greeting(line: string): string {
    if (!PLACEHOLDER.test(line) && !contact(line)) return line;
    return /^(?:hi|hello|hey)\b/i.test(line) ? "Hello," : "Dear Hiring Manager,";
  }

  private sentences(line: string): string | null {
    const company = this.options.company?.trim();
    const named = company ? line.replace(/\[(?:company(?: name)?|employer|organi[sz]ation)\]/gi, company) : line;
    // A link or address in brackets goes, the sentence stays ("I built pgwatch-lite (github.com/…), a dashboard").
    // regex-scan: sees the model's reply, capped by maxOutputTokens
    const filled = named.replace(/\s*\((?:[^()]*?)(?:https?:\/\/|www\.|@|\.(?:com|org|net|io|dev)\b)[^()]*\)/gi, "");
    const kept: string[] = [];
    // regex-scan: sees the model's reply, capped by maxOutputTokens
    for (const sentence of filled.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z0-9"“(])/)) {
      const s = sentence.trim();
      if (!s || contact(s) || PLACEHOLDER.test(s)) continue;
      kept.push(...(splitLong(s) ?? []));
    }
    if (!kept.length) return null;
    const lead = /^\s*/.exec(line)?.[0] ?? "";
    const trail = /(?<!\s)\s*$/.exec(line)?.[0] ?? "";
    return lead + kept.join(" ") + trail;
  }
}

/** The whole text cleaned (see LetterCleaner); paragraphs left empty are removed. */
export function cleanLetter(text: string, options: CleanerOptions = {}): string {
  const cleaner = new LetterCleaner(options);
  return cleaner
    .push(text.replace(/\r\n?/g, "\n"))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
