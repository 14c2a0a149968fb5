import type { Criteria } from "@/core/schemas/interview";
import {
  ACTION_VERBS,
  EXAMPLE_CUES,
  extractFeatures,
  QUANTITY,
  REASONING,
  scoreCaps,
  STAR_CUES,
  verbatimQuotes,
  type EvalInput,
  type Features,
} from "../text/answer-signals";
import { clamp, sentenceSpans, termSet } from "../text/words";
import { offlineWrittenFeedback } from "./written-feedback";

// The offline evaluation rubric: deterministic scores 0–10 for clarity, structure, depth and examples from the
// answer's signals (agents/text/answer-signals.ts) and the evidence sentences; the written feedback is in
// written-feedback.ts. The bands these scores map to are described in
// core/rubric.ts.

// ---------------------------------------------------------------------------------------------------------------
// Scores

/** Offline rubric scores (integers 0–10). */
export function rubricScores(f: Features): Required<Criteria> {
  // Off-topic gate: relevance only grows when text is added, so appending an example never lowers a score through it.
  const gate = f.relevance < 0.1 ? 0.25 : f.relevance < 0.2 ? 0.55 : f.relevance < 0.3 ? 0.8 : 1;

  // Clarity: readable sentence length, little filler, enough words, direct start.
  let clarity = 7;
  if (f.avgLen > 28) clarity -= Math.min(3, (f.avgLen - 28) / 6);
  if (f.sentences > 1 && f.avgLen < 6) clarity -= 1.5;
  clarity -= Math.min(4, f.fillerRate * 45);
  if (f.wc < 15) clarity -= 3;
  else if (f.wc < 30) clarity -= 1.5;
  if (f.wc > 380) clarity -= 1;
  if (f.uniqueRatio < 0.35 && f.wc > 40) clarity -= 1;
  if (f.directStart) clarity += 1.2;
  if (f.signposts >= 2 || f.lists) clarity += 0.8;
  if (f.fillerCount === 0 && f.wc >= 40) clarity += 0.5;
  clarity = clarity * (gate < 1 ? 0.5 + gate / 2 : 1);

  // Structure: STAR parts for behavioural questions; direct answer, signposting and reasoning otherwise.
  let structure: number;
  if (f.behavioralQuestion) {
    structure = 1 + f.starParts * 1.6 + Math.min(f.signposts, 3) * 0.4 + (f.conclusion ? 0.8 : 0) + (f.sentences >= 4 ? 0.6 : 0);
  } else {
    structure =
      1.5 +
      (f.directStart ? 1.5 : 0) +
      Math.min(f.signposts, 4) * 0.6 +
      Math.min(f.reasoning, 3) * 0.5 +
      (f.exampleCue || f.quantities > 0 ? 0.8 : 0) +
      (f.conclusion ? 0.8 : 0) +
      (f.lists ? 0.6 : 0) +
      (f.sentences >= 3 ? 0.8 : 0) +
      f.kpRatio * 1.5;
  }
  if (f.wc < 25) structure = Math.min(structure, 4);
  structure *= gate;

  // Content: what the answer says, by meaning, against the key points and the reference answer (content-score.ts).
  // Without either, only closeness to the question can be judged, and that never earns more than 7. A behavioural
  // question's key points describe what the story should show ("the actions they personally took"), which a story
  // shows rather than says: there the share of key points covered (by words, meaning or story signals) counts too.
  const hasPoints = f.kpTotal > 0 || f.content.reference !== null;
  const content = !hasPoints
    ? Math.min(7, 10 * f.relevance)
    : f.behavioralQuestion
      ? Math.max(f.content.score, 10 * f.kpRatio)
      : f.content.score;

  // Depth: key points covered (by meaning), reasoning, technical vocabulary, enough substance. Brevity costs depth only
  // where the question asks for an explanation, a method or a story.
  const lengthPts = !f.asksDepth ? 1.5 : f.wc < 20 ? 0 : f.wc < 50 ? 0.5 : f.wc < 100 ? 1 : 1.5;
  const pointsCovered = 0.5 * f.kpRatio + 0.5 * Math.min(1, f.content.raw / 0.6);
  let depth =
    1.5 +
    (f.behavioralQuestion ? Math.min(f.actions + f.weActions, 3) * 0.4 : 0) +
    (hasPoints ? 5 * pointsCovered + 1.5 * f.coverageQ : 5 * f.coverageQ) +
    Math.min(f.reasoning, 3) * 0.5 +
    Math.min(f.techTerms, 4) * 0.25 +
    lengthPts;
  depth *= gate;

  // Examples: only counts of things present (so adding an example can never lower it).
  let examples =
    (f.exampleCue ? (f.behavioralQuestion ? 2 : 3) : 0) +
    (f.behavioralQuestion ? 0 : Math.min(f.codeSpecifics, 2) * 0.75) +
    Math.min(f.actions, 3) * 0.8 +
    Math.min(f.weActions, 2) * 0.4 +
    Math.min(f.quantities, 3) * 1.2 +
    (f.star.result ? 1.5 : 0) +
    (f.star.situation ? 1 : 0) +
    Math.min(f.properNouns + f.techTerms, 2) * 0.5;
  examples *= gate;

  const caps = scoreCaps(f);
  return {
    content: Math.round(clamp(Math.min(content, caps.content ?? 10), 0, 10)),
    clarity: Math.round(clamp(Math.min(clarity, caps.clarity), 0, 10)),
    structure: Math.round(clamp(Math.min(structure, caps.structure), 0, 10)),
    depth: Math.round(clamp(Math.min(depth, caps.depth), 0, 10)),
    examples: Math.round(clamp(Math.min(examples, caps.examples), 0, 10)),
  };
}

/** Up to three sentences of the answer that carry the most evidence (verbatim, in answer order). */
export function evidenceSentences(input: EvalInput, f: Features): string[] {
  const answer = input.answer ?? "";
  const kpTerms = new Set((input.key_points ?? []).flatMap((k) => [...termSet(k)]));
  const scored = sentenceSpans(answer).map((s, i) => {
    const t = s.text;
    const terms = termSet(t);
    let score = (t.match(QUANTITY) ?? []).length * 2;
    if (STAR_CUES.result.test(t)) score += 2;
    if ((t.match(ACTION_VERBS) ?? []).length) score += 1.5;
    if (EXAMPLE_CUES.test(t)) score += 1;
    score += [...terms].filter((x) => kpTerms.has(x)).length * 0.5;
    score += Math.min((t.match(REASONING) ?? []).length, 2) * 0.5;
    return { s, i, score };
  });
  void f;
  return scored
    .filter((x) => x.score >= 1.5 && x.s.text.split(/\s+/).length >= 4)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 3)
    .sort((a, b) => a.i - b.i)
    .map((x) => (x.s.text.length > 300 ? x.s.text.slice(0, 300) : x.s.text));
}

// ---------------------------------------------------------------------------------------------------------------
// Warm-up, once at module load: the first run of the rubric compiles its regular expressions and lets the engine
// optimise the hot paths (about 50 ms cold, 0.3 ms warm). Doing it here keeps that cost out of the first interview.
(() => {
  const sample: EvalInput = {
    question: "Tell me about a time you improved the performance of a service.",
    key_points: ["Describes the bottleneck and how it was measured", "Explains the trade-offs"],
    answer:
      "At my last job our API was slow, um, p95 was 1.8 seconds. I profiled it because users complained, found N+1 queries and " +
      "batched them; as a result p95 dropped to 320 ms. I learned to measure first.",
    type: "behavioral",
  };
  try {
    const f = extractFeatures(sample);
    offlineWrittenFeedback(sample, f, rubricScores(f));
    verbatimQuotes(sample.answer, evidenceSentences(sample, f));
    extractFeatures(sample, { skills: false });
  } catch {
    // Never fatal: the same code runs (and fails loudly) on real input.
  }
})();
