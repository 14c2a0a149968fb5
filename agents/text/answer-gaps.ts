import { extractFeatures, type EvalInput, type Features } from "./answer-signals";
import { pointContradicted } from "./content-score";
import { storySentences } from "./story-points";
import { sentenceSpans } from "./words";

// What one answer has and lacks, per answer, for whoever asks the next question (issue 14's follow-ups) and for the
// feedback: which key points it covers, only partly covers, leaves out or contradicts; whether it names a result and a
// number; whose work it describes (the speaker's own, or only "we"); whether it gives reasons and weighs
// alternatives. Each "present" signal carries the first sentence that shows it, verbatim, so a follow-up can quote
// the user ("You said '…' — what did you do yourself?"). Same signals as the scores (answer-signals.ts, story-points.ts), no model call.
//
// Contract (issue 14's follow-up questions build on it; keep it stable):
//   answerGaps(input: EvalInput, features?: Features): AnswerGaps
//   - input: { question, key_points, answer, type?, reference_answer?, category? } — the same input the evaluation
//     takes (answer-signals.ts). key_points may be empty; then `key_points` and the four status lists are empty.
//   - features: optional, the Features extractFeatures(input) already computed for the same input (saves a pass).
//   - Pure and synchronous, offline, the same result for the same input, ~0.2–1 ms; it never throws on any string.
//   - AnswerGaps changes only by adding fields: no field is renamed, removed or changes meaning. `key_points[i]` is
//     the i-th non-blank key point of the input; `quote`s are verbatim sentences of the answer (or null).

export type KeyPointStatus = "covered" | "partly" | "missing" | "contradicted";

export type KeyPointGap = {
  /** The key point as given. */
  text: string;
  status: KeyPointStatus;
  /** Share of the point's weight the answer covers by meaning, 0–1 (content-score.ts). */
  coverage: number;
  /** The point's words the answer does not say (what a follow-up can ask about). */
  missing_words: string[];
  /** The point's words the answer says the opposite of. */
  contradicted_words: string[];
};

/** A signal and the first sentence of the answer that shows it (verbatim), or null when absent. */
export type Signal = { present: boolean; quote: string | null };

export type AnswerGaps = {
  key_points: KeyPointGap[];
  /** Texts of the key points by status, in the question's order. */
  covered: string[];
  partly: string[];
  missing: string[];
  contradicted: string[];
  /** An outcome is stated ("as a result", "p95 dropped to 320 ms"). */
  result: Signal;
  /** A number or quantity is given anywhere (a measurable claim). */
  number: Signal;
  /** Whose work the answer describes: the speaker's own actions ("I profiled"), only the team's ("we"), or neither. */
  ownership: "own" | "we_only" | "unclear";
  ownership_quote: string | null;
  /** Why something was done: "because", "so that", "the reason". */
  reasons: Signal;
  /** Alternatives weighed: "instead of", "rather than", "the downside", "trade-off". */
  trade_offs: Signal;
  /** Story parts, for behavioural questions (situation, task, action, result). */
  star: Features["star"];
  /** Beside the question by meaning, or key words without sentences. */
  off_topic: boolean;
  word_list: boolean;
};

const PARTLY = 0.2;
const COVERED = 0.4;

/** The gap analysis of one answer. Pass the answer's Features when they are already computed (same input). */
export function answerGaps(input: EvalInput, features?: Features): AnswerGaps {
  const f = features ?? extractFeatures(input, { skills: false });
  const shown = storySentences(sentenceSpans(input.answer ?? "").map((s) => s.text));
  const signal = (quote: string | null): Signal => ({ present: quote !== null, quote });

  const kps = (input.key_points ?? []).filter((k) => typeof k === "string" && k.trim());
  const key_points: KeyPointGap[] = kps.map((text, i) => {
    const p = f.content.points[i];
    const contradicted = pointContradicted(p);
    const status: KeyPointStatus = contradicted
      ? "contradicted"
      : f.kpCovered[i] || p.coverage >= COVERED
        ? "covered"
        : p.coverage >= PARTLY
          ? "partly"
          : "missing";
    return { text, status, coverage: round2(p.coverage), missing_words: p.missing, contradicted_words: p.contradicted };
  });
  const withStatus = (s: KeyPointStatus) => key_points.filter((k) => k.status === s).map((k) => k.text);

  return {
    key_points,
    covered: withStatus("covered"),
    partly: withStatus("partly"),
    missing: withStatus("missing"),
    contradicted: withStatus("contradicted"),
    result: signal(shown.result),
    number: signal(shown.number),
    ownership: shown.own ? "own" : shown.team ? "we_only" : "unclear",
    ownership_quote: shown.own ?? shown.team,
    reasons: signal(shown.reasons),
    trade_offs: signal(shown.trade_offs),
    star: f.star,
    off_topic: f.relevance < 0.1,
    word_list: f.wordList,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
