import type { Criteria } from "@/core/schemas/interview";
import { findSkills } from "./skills";
import { contentScore, pointContradicted, prepare, topicSimilarity, type ContentResult } from "./content-score";
import { analyzeDelivery } from "./delivery";
import { grammarShare } from "./meaning";
import { contentTerms, sentenceSpans, termSet, words } from "./words";
import {
  ACTION_VERBS,
  ASKS_DEPTH,
  BEHAVIORAL_QUESTION,
  EXAMPLE_CUES,
  QUANTITY,
  REASONING,
  SIGNPOSTS,
  STAR_CUES,
  WE_ACTION_VERBS,
} from "./answer-cues";
import { shownByStory, storySentences } from "./story-points";

export { ACTION_VERBS, EXAMPLE_CUES, QUANTITY, QUANTITY_ONE, REASONING, RESULT_VERB, STAR_CUES, WE_ACTION_VERBS } from "./answer-cues";

// Signals in an interview answer, read the same way for both engines: STAR parts, coverage of the key points and the
// question's terms, concrete examples and numbers, reasoning words, sentence length, filler words. From them come the
// hard-fact caps every score respects, and the check that evidence quotes are verbatim. The offline rubric
// (agents/offline/evaluation.ts) turns the signals into scores; the bands are described in core/rubric.ts.

export type EvalInput = {
  question: string;
  key_points: string[];
  answer: string;
  type?: string;
  /** What a good answer says in full, when the question has one. */
  reference_answer?: string | null;
  /** The question's category ("behavioral", "technical", "situational", …), when known. */
  category?: string;
};

// ---------------------------------------------------------------------------------------------------------------
// Evidence: verbatim quotes only

/**
 * Keeps only quotes that occur in the answer. A quote that matches apart from whitespace or surrounding quote marks
 * is replaced by the exact text of the answer; anything else is dropped. Duplicates and very short quotes are dropped.
 */
export function verbatimQuotes(answer: string, quotes: readonly string[], max = 5): string[] {
  const out: string[] = [];
  for (const raw of quotes) {
    if (typeof raw !== "string") continue;
    const q = raw
      .trim()
      .replace(/^["'“”‘’«»]+|(?<!["'“”‘’«»])["'“”‘’«»]+$/g, "")
      .trim();
    if (q.length < 4) continue;
    let exact: string | null = answer.includes(q) ? q : null;
    if (!exact) {
      const tokens = q.split(/\s+/).filter(Boolean).map(escapeRegExp);
      if (tokens.length) {
        // regex-scan: built from a short quote's words escaped to plain text, joined by \s+: each start costs at most the quote's length
        const m = new RegExp(tokens.join("\\s+")).exec(answer);
        if (m) exact = m[0];
      }
    }
    if (exact && answer.includes(exact) && !out.includes(exact)) out.push(exact);
    if (out.length >= max) break;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------------------------
// Features

const QUESTION_NOISE = new Set(
  contentTerms("tell time situation describe example explain walk give talk share would approach happen happened handle handled"),
);
/** Words that describe what an answer does rather than its content ("Describes the fix", "Explains why ..."). */
const KEY_POINT_NOISE = new Set(
  contentTerms(
    "describes explains mentions shows states names gives uses covers discusses identifies separates sets clear clearly specific concrete own they their them candidate answer strong real",
  ),
);

export type Features = {
  wc: number;
  sentences: number;
  avgLen: number;
  fillerCount: number;
  fillerRate: number;
  qTermCount: number;
  coverageQ: number;
  kpTotal: number;
  kpCovered: boolean[];
  kpRatio: number;
  matchedTerms: number;
  relevance: number;
  star: { situation: boolean; task: boolean; action: boolean; result: boolean };
  starParts: number;
  quantities: number;
  exampleCue: boolean;
  actions: number;
  weActions: number;
  reasoning: number;
  signposts: number;
  techTerms: number;
  properNouns: number;
  codeSpecifics: number;
  directStart: boolean;
  conclusion: boolean;
  lists: boolean;
  uniqueRatio: number;
  behavioralQuestion: boolean;
  /** Whether the answer says what a good answer says (content-score.ts), per key point and overall. */
  content: ContentResult;
  /** Meaning similarity of the answer to the question and its key points, 0–1 (paraphrases score high). */
  topic: number;
  /** Key words without sentences (5+ words, almost no grammar). */
  wordList: boolean;
  /** A word list that is mostly beside the point: keyword salad. */
  salad: boolean;
  /** The question asks for an explanation, a method or a story (brevity lowers depth only there). */
  asksDepth: boolean;
};

/** A key point counts as covered when the answer covers this share of its weight (by meaning) without contradicting it. */
const KEY_POINT_COVERED = 0.4;

/** `skills: false` skips the skills-dictionary scan (techTerms = 0): used where only the caps are needed. */
export function extractFeatures(input: EvalInput, options: { skills?: boolean } = {}): Features {
  const answer = input.answer ?? "";
  const delivery = analyzeDelivery(answer);
  const wc = delivery.word_count;
  const spans = sentenceSpans(answer);
  const aTerms = termSet(answer);

  const qTerms = [...termSet(input.question ?? "")].filter((t) => !QUESTION_NOISE.has(t));
  const qMatched = qTerms.filter((t) => aTerms.has(t)).length;
  const coverageQ = qTerms.length ? qMatched / qTerms.length : 0;

  const kps = (input.key_points ?? []).filter((k) => typeof k === "string" && k.trim());
  const kpTermsOf = (kp: string) => [...termSet(kp)].filter((t) => !KEY_POINT_NOISE.has(t));
  // A key point is covered when the answer shares enough of its words or says it by meaning (content-score.ts: a
  // paraphrase covers it), and not when the answer contradicts it.
  const content = contentScore({ question: input.question ?? "", key_points: kps, reference_answer: input.reference_answer, answer });
  // A behavioural question's points often ask for what the story shows ("Quantifies the improvement", "How it was
  // resolved"): such a point is covered when the story shows it (story-points.ts), in whatever words.
  const behavioralQuestion =
    input.category === "behavioral" || BEHAVIORAL_QUESTION.test(input.question ?? "") || (!input.category && input.type === "behavioral");
  const shown = behavioralQuestion ? storySentences(spans.map((s) => s.text)) : null;
  const kpCovered = kps.map((kp, i) => {
    const p = content.points[i];
    if (pointContradicted(p)) return false;
    const terms = kpTermsOf(kp);
    const hit = terms.filter((t) => aTerms.has(t)).length;
    const lexical = terms.length > 0 && (hit >= 2 ? hit / terms.length >= 0.25 : terms.length <= 3 && hit >= 1);
    return lexical || p.coverage >= KEY_POINT_COVERED || (shown !== null && shownByStory(kp, shown));
  });
  const kpRatio = kps.length ? kpCovered.filter(Boolean).length / kps.length : 0;
  const allRef = new Set([...qTerms, ...kps.flatMap(kpTermsOf)]);
  const matchedTerms = [...allRef].filter((t) => aTerms.has(t)).length;
  const kpTermCoverage = allRef.size ? matchedTerms / allRef.size : 0;
  const topic = topicSimilarity(prepare(answer), prepare([input.question ?? "", ...kps, input.reference_answer ?? ""].join("\n")));
  // Word-for-word overlap, or closeness of meaning (unrelated English texts sit near 0.55 on `topic`).
  const relevance = Math.max(coverageQ, kpRatio, kpTermCoverage * 1.5, (topic - 0.55) / 0.3);
  const grammar = grammarShare(answer);
  const wordList = grammar.words >= 5 && grammar.share < 0.1;

  const star = {
    situation: STAR_CUES.situation.test(answer),
    task: STAR_CUES.task.test(answer),
    action: STAR_CUES.action.test(answer),
    result: STAR_CUES.result.test(answer),
  };
  const first = spans[0]?.text ?? "";
  const firstTerms = termSet(first);
  const directStart = [...allRef].some((t) => firstTerms.has(t));
  const last = spans[spans.length - 1]?.text ?? "";
  const conclusion =
    spans.length >= 2 &&
    /\b(?:result|in the end|overall|so |learned|lesson|which|that's why|this is why|in summary|to summari[sz]e|ended up|now|since then|outcome|mean[st]?)\b/i.test(
      last,
    );
  const lowered = words(answer);
  const properNouns = (answer.match(/(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/g) ?? []).length;

  return {
    wc,
    sentences: spans.length,
    avgLen: spans.length ? wc / spans.length : 0,
    fillerCount: delivery.filler_words,
    fillerRate: wc ? delivery.filler_words / wc : 0,
    qTermCount: qTerms.length,
    coverageQ,
    kpTotal: kps.length,
    kpCovered,
    kpRatio,
    matchedTerms,
    relevance,
    star,
    starParts: Object.values(star).filter(Boolean).length,
    quantities: (answer.match(QUANTITY) ?? []).length,
    exampleCue: EXAMPLE_CUES.test(answer),
    actions: (answer.match(ACTION_VERBS) ?? []).length,
    weActions: (answer.match(WE_ACTION_VERBS) ?? []).length,
    reasoning: (answer.match(REASONING) ?? []).length,
    signposts: (answer.match(SIGNPOSTS) ?? []).length,
    techTerms: options.skills === false ? 0 : findSkills(answer).hard.length,
    properNouns,
    // regex-scan: each alternative starts only where its run starts (look-behind or \b + [a-z]+ then a capital); sees one answer
    codeSpecifics: (answer.match(/`[^`\n]{1,60}`|\b[a-z]+[A-Z][A-Za-z0-9]*\b|(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_.]*\(\)/g) ?? []).length,
    directStart,
    conclusion,
    lists: /^[ \t]*(?:[-*•]|\d+[.)])[ \t]+\S/m.test(answer),
    uniqueRatio: lowered.length ? new Set(lowered).size / lowered.length : 1,
    behavioralQuestion,
    content,
    topic,
    wordList,
    salad: wordList && (content.onPoint < 0.5 || relevance < 0.3),
    asksDepth: ASKS_DEPTH.test(input.question ?? ""),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scores

/** Upper limits every score must respect, from hard facts about the answer (used for both engines). */
export function scoreCaps(f: Features): Criteria {
  const caps: Required<Criteria> = { content: 10, clarity: 10, structure: 10, depth: 10, examples: 10 };
  const min = (c: Required<Criteria>) => {
    for (const k of Object.keys(caps) as (keyof Criteria)[]) caps[k] = Math.min(caps[k], c[k]);
  };
  // Length caps how much can be shown, not whether it is right: content is never capped by length, and depth only
  // where the question asks for an explanation, a method or a story.
  const depthCap = (n: number) => (f.asksDepth ? n : 10);
  if (f.wc < 5) min({ content: 10, clarity: 1, structure: 1, depth: depthCap(1), examples: 1 });
  else if (f.wc < 15) min({ content: 10, clarity: 4, structure: 3, depth: depthCap(3), examples: 3 });
  if (f.relevance < 0.1) min({ content: 2, clarity: 3, structure: 3, depth: 2, examples: 2 });
  // Words pasted without sentences are not an answer: key words at most 3 overall, a keyword salad at most 1.
  if (f.salad) min({ content: 1, clarity: 1, structure: 1, depth: 1, examples: 1 });
  else if (f.wordList) min({ content: 3, clarity: 3, structure: 2, depth: 3, examples: 2 });
  return caps;
}
