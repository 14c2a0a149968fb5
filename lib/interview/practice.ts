// Pure helpers of the practice screen (client-safe).

/** Where a session resumes when this device has no stored position: the first unanswered question (or the last). */
export function firstUnanswered(answers: string[], count: number): number {
  for (let i = 0; i < count; i++) if (!(answers[i] ?? "").trim()) return i;
  return Math.max(0, count - 1);
}

/** Appends dictated text to what is already there: one space between, a capital after a full stop. */
export function joinDictated(existing: string, text: string): string {
  if (!existing.trim()) return capitalize(text);
  const sep = /\s$/.test(existing) ? "" : " ";
  const sentenceEnded = /[.!?]\s*$/.test(existing);
  return existing + sep + (sentenceEnded ? capitalize(text) : text);
}

export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
