import { weightedOverall } from "@/core/rubric";
import type { Criteria } from "@/core/schemas/interview";
import { QUANTITY_ONE, RESULT_VERB, STAR_CUES, type EvalInput, type Features } from "../text/answer-signals";
import { joinAnd, keyPointAsAdvice, keyPointAsDone } from "../text/coach-phrasing";
import { analyzeDelivery } from "../text/delivery";
import { capitalise, lowerFirst, sentenceSpans, shorten } from "../text/words";
import { resultClause } from "./answer-sentences";
import { improvedAnswer } from "./improved-answer";

// The offline evaluation's words: strengths and weaknesses in stable texts (so recurring ones can be counted across
// sessions), feedback that cites what the answer did and what it missed, and the stronger answer (improved-answer.ts).

/** Stable weakness texts (no numbers inside), so that recurring weaknesses can be counted across sessions. */
export const WEAKNESS = {
  offTopic: "The answer does not address the question that was asked.",
  tooShort: "The answer is too short to show what you know.",
  noResult: "No measurable result: the outcome is not quantified.",
  noExample: "No concrete example from your own experience.",
  starIncomplete: "The story is missing parts of the STAR structure (situation, task, action, result).",
  noDirectAnswer: "The answer does not start with a direct response to the question.",
  fillers: "Frequent filler words weaken the delivery.",
  longSentences: "Long, run-on sentences make the answer hard to follow aloud.",
  noReasoning: "Decisions are described without the reasoning or trade-offs behind them.",
  missedPoints: "Important points a strong answer covers were left out.",
  contradicts: "Part of the answer says the opposite of what a correct answer says.",
  wordList: "Key words without sentences: say what each means and how they connect.",
} as const;

const STRENGTH = {
  quantifiedExample: "A concrete example from your own work, with a measurable result.",
  realExample: "Grounded in a real example from your own experience.",
  completeStar: "A complete story: situation, task, action and result are all there.",
  organised: "Well organised: a direct answer first, then the supporting detail.",
  coverage: "Covered most of what the question was testing.",
  reasoning: "Explained why, not just what: the reasoning behind the decisions is there.",
  concise: "Concise, easy-to-follow sentences with little filler.",
} as const;

/**
 * Strengths and weaknesses use fixed texts (so they can be counted across sessions); the feedback and the stronger
 * answer are specific to this answer: they name the key points covered and missed, quote the user's own result, count
 * the filler words, and rebuild the answer from the user's own sentences with [bracketed] placeholders for anything
 * missing. Nothing about the user is invented: no employer, number or event that is not in the answer.
 */
export function offlineWrittenFeedback(
  input: EvalInput,
  f: Features,
  c: Criteria,
): { strengths: string[]; weaknesses: string[]; feedback: string; improved_answer: string } {
  const kps = (input.key_points ?? []).filter((k) => k && k.trim());
  const judged: Judged = {
    input,
    f,
    c,
    kps,
    covered: kps.filter((_, i) => f.kpCovered[i]),
    missed: kps.filter((_, i) => !f.kpCovered[i]),
    offTopic: isOffTopic(f),
    overall: weightedOverall(c),
  };
  return {
    strengths: strengthsOf(judged).slice(0, 4),
    weaknesses: weaknessesOf(judged).slice(0, 5),
    feedback: feedbackText(judged).join(" "),
    improved_answer: improvedAnswer(input, f, judged.missed, judged.offTopic, judged.overall),
  };
}

/** What the written feedback is drawn from: the answer's signals, its scores and the key points it covered. */
type Judged = {
  input: EvalInput;
  f: Features;
  c: Criteria;
  kps: string[];
  covered: string[];
  missed: string[];
  offTopic: boolean;
  overall: number;
};

function isOffTopic(f: Features): boolean {
  // An answer that says what the candidate did is an attempt at the question, even when it is too short to match it.
  const attempted = f.actions + f.weActions > 0 || f.star.action || f.star.result;
  return (
    // Relevance includes closeness of meaning, so an answer in other words than the question's is not off-topic.
    f.salad || (f.relevance < 0.1 && !(f.wc < 20 && attempted)) || (f.coverageQ === 0 && f.relevance < 0.3 && !attempted)
  );
}

function strengthsOf({ f, c, covered, offTopic }: Judged): string[] {
  const strengths: string[] = [];
  if (offTopic) return strengths;
  if (c.examples >= 7) strengths.push(STRENGTH.quantifiedExample);
  else if (c.examples >= 5) strengths.push(STRENGTH.realExample);
  if (f.behavioralQuestion && f.starParts >= 4) strengths.push(STRENGTH.completeStar);
  else if (!f.behavioralQuestion && c.structure >= 7) strengths.push(STRENGTH.organised);
  if (covered.length && f.kpRatio >= 0.5) strengths.push(STRENGTH.coverage);
  if (f.reasoning >= 2 && c.depth >= 6) strengths.push(STRENGTH.reasoning);
  if (c.clarity >= 7 && f.fillerRate < 0.02) strengths.push(STRENGTH.concise);
  return strengths;
}

function weaknessesOf({ f, c, kps, offTopic }: Judged): string[] {
  const weaknesses: string[] = [];
  if (offTopic) weaknesses.push(WEAKNESS.offTopic);
  if (f.wordList) weaknesses.push(WEAKNESS.wordList);
  if (!offTopic && f.content.points.some((p) => p.contradiction >= 0.15)) weaknesses.push(WEAKNESS.contradicts);
  // Brevity is a weakness where the question asks for an explanation or a story, not for "which …?".
  if (f.wc < 30 && !f.wordList && (f.asksDepth || c.content === undefined || c.content < 7)) weaknesses.push(WEAKNESS.tooShort);
  if (!offTopic) {
    if (f.behavioralQuestion && f.starParts < 3) weaknesses.push(WEAKNESS.starIncomplete);
    if (!f.behavioralQuestion && !f.directStart && f.wc >= 30) weaknesses.push(WEAKNESS.noDirectAnswer);
    if (c.examples < 5 && !f.exampleCue && f.actions + f.weActions === 0) weaknesses.push(WEAKNESS.noExample);
    if (f.quantities === 0 && (f.behavioralQuestion || f.actions + f.weActions > 0)) weaknesses.push(WEAKNESS.noResult);
    if (kps.length && f.kpRatio < 0.5) weaknesses.push(WEAKNESS.missedPoints);
    if (!f.behavioralQuestion && f.reasoning === 0 && f.wc >= 30) weaknesses.push(WEAKNESS.noReasoning);
  }
  if (f.fillerCount >= 3 && f.fillerRate >= 0.02) weaknesses.push(WEAKNESS.fillers);
  if (f.avgLen > 30) weaknesses.push(WEAKNESS.longSentences);
  return weaknesses;
}

/** The feedback's sentences: what worked (specifically), then the one or two changes that would raise the score most. */
function feedbackText(judged: Judged): string[] {
  const { input, kps, offTopic, overall } = judged;
  if (offTopic) {
    return [
      `This doesn't answer the question you were asked ("${shorten(input.question ?? "", 90)}"), so it scores low on every criterion.`,
      kps.length
        ? `Start again from what the question is testing: ${joinAnd(kps.slice(0, 2).map(keyPointAsAdvice))}.`
        : "Restate the question to yourself, then make sure your first sentence answers it.",
    ];
  }
  const parts = [verdict(overall, whatWorked(judged))];
  const picked = pickFixes(fixesFor(judged), judged.c, overall);
  if (picked.length) parts.push(...picked.map((x, i) => (i === 0 && overall >= 8.5 ? `To make it even stronger: ${lowerFirst(x)}` : x)));
  else if (overall >= 8.5) parts.push("Keep this one as a model answer and practise saying it in under two minutes.");
  else parts.push(`Next step: ${lowerFirst(ADVICE_BY_CRITERION[lowestCriterion(judged.c)])}`);
  return parts;
}

/** "You described the fix, and you backed it with a measurable result ("p95 dropped to 320 ms")", or "". */
function whatWorked({ input, f, c, covered }: Judged): string {
  const resultSentence = sentenceSpans(input.answer ?? "").find(
    (s) => QUANTITY_ONE.test(s.text) && (STAR_CUES.result.test(s.text) || RESULT_VERB.test(s.text)),
  );
  const worked: string[] = [];
  const showResult = !!resultSentence && c.examples >= 6;
  if (covered.length) worked.push(`you ${joinAnd(covered.slice(0, showResult ? 1 : 2).map(keyPointAsDone))}`);
  if (showResult && resultSentence) worked.push(`you backed it with a measurable result ("${resultClause(resultSentence.text)}")`);
  else if (f.behavioralQuestion && f.starParts >= 4) worked.push("the story has a clear situation, task, action and result");
  return worked.length ? capitalise(worked.slice(0, 2).join(", and ")) : "";
}

function verdict(overall: number, workedText: string): string {
  if (overall >= 8.5) return workedText ? `Strong answer. ${workedText}.` : "Strong answer.";
  if (overall >= 7) return workedText ? `Good answer. ${workedText}.` : "Good answer with a clear core.";
  if (overall >= 5)
    return `A reasonable start${workedText ? `: ${lowerFirst(workedText)}` : ""}, but it leaves out things the interviewer is listening for.`;
  if (overall >= 3) return `This answer needs more substance.${workedText ? ` ${workedText}, which is a start.` : ""}`;
  return "This answer doesn't yet show the interviewer what they are looking for.";
}

type Fix = { on: keyof Criteria | "first"; text: string };

/** Specific improvements, each tied to the criterion it would raise. */
function fixesFor({ input, f, c, missed, overall }: Judged): Fix[] {
  const fixes: Fix[] = [];
  const fix = (on: Fix["on"], text: string) => fixes.push({ on, text });
  const fillerTerms = analyzeDelivery(input.answer ?? "").filler_terms.slice(0, 3);
  const missingStar = (["situation", "task", "action", "result"] as const).filter((p) => !f.star[p]);
  if (f.wc < 30) fix("first", `At ${f.wc} words it is too short to show how you think; aim for one to two minutes when speaking.`);
  if (f.fillerCount >= 3)
    fix(
      "clarity",
      `You used ${f.fillerCount} filler words${fillerTerms.length ? ` (${fillerTerms.map((t) => `"${t}"`).join(", ")})` : ""}; a short silent pause sounds more confident.`,
    );
  if (f.avgLen > 30) fix("clarity", `Your sentences average about ${Math.round(f.avgLen)} words; break them up so each carries one idea.`);
  if (!f.behavioralQuestion && !f.directStart && f.wc >= 30) fix("clarity", "Open with a one-sentence answer, then explain how and why.");
  if (f.behavioralQuestion && missingStar.length && missingStar.length < 4 && f.wc >= 15)
    fix(
      "structure",
      `The story has no clear ${joinAnd(missingStar)}; give ${missingStar.length === 1 ? "it" : "each"} a sentence of its own.`,
    );
  else if (f.behavioralQuestion && missingStar.length === 4 && f.wc >= 15)
    fix("structure", "Tell it as one real story: the situation, your task, what you did and what changed as a result.");
  if (missed.length && (f.kpRatio < 0.75 || overall < 8))
    fix("depth", `What's missing: ${joinAnd(missed.slice(0, 2).map(keyPointAsAdvice))}.`);
  if (!f.behavioralQuestion && f.reasoning === 0 && f.wc >= 30)
    fix("depth", "Say why: the trade-off behind your approach, or when you would choose differently.");
  if (!f.exampleCue && f.actions + f.weActions === 0 && c.examples < 5 && f.wc >= 15)
    fix("examples", "Add one real example from your own work: the project, what you did and what happened.");
  if (f.quantities === 0 && (f.behavioralQuestion || f.actions + f.weActions > 0))
    fix("examples", 'Finish with the outcome and, if you can, a number ("[your metric] went from [before] to [after]").');
  return fixes;
}

/** The lowest-scoring criterion's fixes first, one per criterion before any second one; fewer for a strong answer. */
function pickFixes(fixes: Fix[], c: Criteria, overall: number): string[] {
  const rank = (on: Fix["on"]) => (on === "first" ? -1 : (c[on] ?? 10));
  const ordered = fixes.map((x, i) => ({ ...x, i })).sort((a, b) => rank(a.on) - rank(b.on) || a.i - b.i);
  // One fix per criterion first (fillers and run-on sentences are both clarity), then the rest.
  const firstPerCriterion = ordered.filter((x, i) => ordered.findIndex((y) => y.on === x.on) === i);
  return [...firstPerCriterion, ...ordered.filter((x) => !firstPerCriterion.includes(x))]
    .slice(0, overall >= 8.5 ? 1 : overall < 5 ? 3 : 2)
    .map((x) => x.text);
}

const ADVICE_BY_CRITERION: Record<keyof Criteria, string> = {
  content: "Say plainly what the question is asking for first, then add the detail.",
  clarity: "Lead with a one-sentence answer and keep each sentence to one idea.",
  structure: "Give the answer a shape you could say out loud: point, explanation, example, conclusion.",
  depth: "Go one level deeper: explain why, the alternatives you considered and the trade-offs.",
  examples: "Add one specific example from your own work, with the outcome it had.",
};

function lowestCriterion(c: Criteria): keyof Criteria {
  return (Object.entries(c).filter(([, v]) => typeof v === "number") as [keyof Criteria, number][]).sort((a, b) => a[1] - b[1])[0][0];
}
