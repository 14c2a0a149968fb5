import type { Delivery } from "@/core/schemas/interview";
import { round1, sentenceSpans, words } from "./words";

// Delivery figures of an answer, the same for both engines: word count, filler words and their terms, estimated
// speaking time and average sentence length.

const FILLER_PATTERNS: { term: string; re: RegExp }[] = [
  { term: "um", re: /\b(?:u+m+|u+h+m+)\b/gi },
  { term: "uh", re: /\bu+h+\b/gi },
  { term: "er", re: /\b(?:er+|erm+)\b/gi },
  { term: "ah", re: /\ba+h+\b/gi },
  { term: "hmm", re: /\bh+m{2,}\b/gi },
  { term: "like", re: /(?:^|[,;.!?]\s*|\b(?:was|is|were|and|but|so|it's|just)\s+)like,/gi },
  { term: "you know", re: /\byou know(?=[,.!?]|\s+what i mean\b)/gi },
  { term: "i mean", re: /\bi mean\b/gi },
  { term: "basically", re: /\bbasically\b/gi },
  { term: "actually", re: /\bactually\b/gi },
  { term: "literally", re: /\bliterally\b/gi },
  { term: "honestly", re: /\bhonestly\b/gi },
  { term: "kind of", re: /(?<!\b(?:what|which|this|that|the|a|any|every|same|one|some|other|each|no|these|those|all)\s)\bkind of\b/gi },
  { term: "sort of", re: /(?<!\b(?:what|which|this|that|the|a|any|every|same|one|some|other|each|no|these|those|all)\s)\bsort of\b/gi },
  { term: "or something", re: /\bor something\b/gi },
  { term: "stuff like that", re: /\b(?:and )?stuff like that\b/gi },
  { term: "so yeah", re: /\bso,? yeah\b/gi },
];

/** Words per minute used for the speaking-time estimate. */
export const SPEAKING_WPM = 140;

export function analyzeDelivery(answer: string): Delivery {
  const text = answer ?? "";
  const wc = words(text).length;
  let fillers = 0;
  const terms: string[] = [];
  for (const { term, re } of FILLER_PATTERNS) {
    const n = text.match(re)?.length ?? 0;
    if (n > 0) {
      fillers += n;
      terms.push(term);
    }
  }
  const sentences = sentenceSpans(text).length;
  return {
    word_count: wc,
    filler_words: fillers,
    filler_terms: terms,
    estimated_speaking_seconds: Math.round((wc / SPEAKING_WPM) * 60),
    average_sentence_words: sentences ? round1(wc / sentences) : 0,
  };
}
