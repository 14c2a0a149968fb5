// Length rules for letters and messages, enforced in code for both engines.

export const LETTER_MIN_WORDS = 250;
export const LETTER_MAX_WORDS = 400;
export const EMAIL_MAX_WORDS = 150;
export const LINKEDIN_MAX_CHARS = 300;

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu) ?? []).length;
}

function splitSentencesKeep(text: string): string[] {
  return text.match(/[^.!?\n]+(?:[.!?]+["”’)]?|\n+|$)/g)?.filter((s) => s.length) ?? [text];
}

/**
 * At most `maxWords` words, cut at a sentence boundary (whole paragraphs and sentences kept). Closing lines
 * ("Best regards,\nName") are kept when given separately in `closing`.
 */
export function trimToWords(text: string, maxWords: number): string {
  if (countWords(text) <= maxWords) return text.trim();
  const paragraphs = text.trim().split(/\n{2,}/);
  const out: string[] = [];
  let used = 0;
  for (const para of paragraphs) {
    const words = countWords(para);
    if (used + words <= maxWords) {
      out.push(para);
      used += words;
      continue;
    }
    const kept: string[] = [];
    for (const sentence of splitSentencesKeep(para)) {
      const w = countWords(sentence);
      if (used + w > maxWords) break;
      kept.push(sentence);
      used += w;
    }
    if (kept.length) out.push(kept.join("").trim());
    break;
  }
  if (!out.length) return cutWords(text, maxWords);
  return out.join("\n\n").trim();
}

function cutWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(0, maxWords).join(" ");
}

/** At most `maxChars` characters, cut at a sentence boundary if one fits, else at a word boundary (no broken words). */
export function trimToChars(text: string, maxChars: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= maxChars) return t;
  let out = "";
  for (const sentence of splitSentencesKeep(t)) {
    if ((out + sentence).trim().length > maxChars) break;
    out += sentence;
  }
  out = out.trim();
  if (out.length >= Math.min(80, maxChars / 3)) return out;
  const cut = t.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/, "")}…`;
}

/** Letter with its sign-off kept: trims the body so the whole letter has at most maxWords words. */
export function fitLetter(body: string, closing: string, maxWords: number): string {
  const closingWords = countWords(closing);
  const trimmed = trimToWords(body, maxWords - closingWords);
  return closing ? `${trimmed}\n\n${closing}` : trimmed;
}

export type MessageTexts = { email_subject: string; recruiter_email: string; linkedin_message: string; linkedin_followup: string };

/** Applies the length rules (e-mail ≤ 150 words with the sign-off kept, LinkedIn note ≤ 300 characters). */
export function enforceMessageLimits(m: MessageTexts): MessageTexts {
  const email = m.recruiter_email.trim();
  // regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
  const signOff = /\n\n((?:best|kind|warm)?\s*(?:regards|wishes|thanks|thank you|sincerely|cheers)[^\n]*,?\n[\s\S]{0,200})$/i.exec(email);
  let body = email;
  if (signOff) body = email.slice(0, signOff.index);
  const signWords = signOff ? signOff[1].split(/\s+/).filter(Boolean).length : 0;
  let recruiterEmail = trimToWords(body, EMAIL_MAX_WORDS - signWords);
  if (signOff) recruiterEmail = `${recruiterEmail}\n\n${signOff[1].trim()}`;
  return {
    email_subject: m.email_subject.replace(/\s+/g, " ").trim().slice(0, 300),
    recruiter_email: recruiterEmail.slice(0, 5000),
    linkedin_message: trimToChars(m.linkedin_message, LINKEDIN_MAX_CHARS),
    linkedin_followup: trimToWords(m.linkedin_followup.trim(), 300).slice(0, 2000),
  };
}
