import { CRITERION_LABELS, type CriterionName } from "@/core/rubric";
import type { AnswerEvaluation } from "@/core/schemas/interview";
import { dedupeSimilar } from "../text/similarity";
import { criterionOf, FOCUS, mergeRecurring, recurringOnlyTip, stripDot, type Recurring } from "./coaching-issues";
import { sessionOf, type CoachingAdvice, type CoachingInput, type Session } from "./coaching-session";
import { tipsFor } from "./coaching-tips";

// Offline coaching: rule-based advice from the lowest criteria of this interview, the weaknesses repeated across its
// answers, the user's recurring weaknesses from past sessions (with counts), delivery figures and unanswered questions.
//
// Every weakness text (the offline rubric's fixed texts or a model's own wording) is mapped to an ISSUE (no measurable
// result, no example, STAR incomplete, filler words …). Each issue yields at most one tip, which cites what was seen:
// the criterion's average, the questions it came up in, and how often it recurred in earlier sessions. Tips, focus
// areas and plan steps are then de-duplicated by normalised similarity, so the same advice never appears twice in
// different words. What is read from the evaluations is in coaching-session.ts, the tips in coaching-tips.ts.

type Criterion = CriterionName;

export function offlineCoaching(input: CoachingInput): CoachingAdvice {
  const evaluations = input.evaluations ?? [];
  const answered = evaluations.filter((e) => e.status === "ok" && e.criteria);
  const recurring = mergeRecurring(input.recurring_weaknesses ?? []);
  if (answered.length === 0) return nothingAnswered(input, evaluations, recurring);
  const s = sessionOf(input, answered, recurring);
  return {
    feedback: summaryOf(s).join(" "),
    coaching_tips: tipsFor(s),
    focus_areas: dedupeSimilar(focusAreas(s)).slice(0, 4),
    practice_plan: dedupeSimilar(practicePlan(s)).slice(0, 5),
  };
}

function nothingAnswered(input: CoachingInput, evaluations: AnswerEvaluation[], recurring: Recurring[]): CoachingAdvice {
  const failed = evaluations.filter((e) => e.status === "failed").length;
  const tips = [
    "Answer every question, even briefly: a partial answer can be scored and coached, a blank one cannot.",
    "If you are stuck, say how you would approach the problem: naming the first steps already earns credit.",
    ...recurring.slice(0, 2).map((w) => recurringOnlyTip(w)),
  ];
  return {
    feedback: failed
      ? "None of the answers could be evaluated this time. Please run the evaluation again."
      : "None of the questions were answered, so there is nothing to score yet.",
    coaching_tips: dedupeSimilar(tips).slice(0, 5),
    focus_areas: ["Answering every question"],
    practice_plan: [
      "Pick two questions from this interview and answer each aloud for one to two minutes.",
      "Write a three-line outline (point, example, result) before speaking.",
      `Take another ${input.type} mock interview and answer every question.`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Focus areas, practice plan, summary

/** The weakest criteria with their averages, then criteria behind recurring weaknesses. */
function focusAreas({ weakest, means, topRecurring, ranked }: Session): string[] {
  const focus = weakest.map((c) => `${CRITERION_LABELS[c]} (${means[c]}/10): ${FOCUS[c]}`);
  const focusCriteria = new Set<Criterion>(weakest);
  for (const w of topRecurring) {
    const c = w.issue?.criterion ?? criterionOf(w.text);
    if (c && !focusCriteria.has(c)) {
      focusCriteria.add(c);
      focus.push(`${CRITERION_LABELS[c]}: ${w.issue ? w.issue.name : FOCUS[c]} (a recurring weakness, seen ${w.count} times)`);
    }
  }
  if (focus.length === 0) focus.push(`Keep the standard: ${FOCUS[ranked[0]]}`);
  return focus;
}

function practicePlan({ input, answered, weakest, ranked, means, fillers }: Session): string[] {
  const worst = answered.reduce((a, b) => ((b.overall_score ?? 0) < (a.overall_score ?? 0) ? b : a));
  const worstNo = worst.question_index + 1;
  const lead = weakest[0] ?? ranked[0];
  const plan = [
    `Today: rewrite your answer to question ${worstNo} (${worst.overall_score}/10) focusing on ${CRITERION_LABELS[lead].toLowerCase()}: ${FOCUS[lead]}; then say it aloud in under two minutes.`,
  ];
  if (weakest.includes("examples") || weakest.includes("structure") || input.type !== "technical") {
    plan.push(
      "This week: write five STAR stories from your recent work (conflict, failure, leadership, a hard problem, a success), each with one number.",
    );
  }
  if (weakest.includes("depth") || input.type !== "behavioral") {
    plan.push(
      `This week: for three ${input.level}-level topics from this interview, list the key points a strong answer covers and explain each aloud with a trade-off.`,
    );
  }
  if (fillers >= 3 || weakest.includes("clarity"))
    plan.push("Record yourself answering two questions and count the filler words; repeat until you use fewer than two per answer.");
  plan.push(
    `Next session: take another ${input.type} mock interview for ${input.role || "your target role"} and compare your ${CRITERION_LABELS[lead].toLowerCase()} score with today's ${means[lead]}/10.`,
  );
  return plan;
}

function summaryOf({ answered, unansweredList, overall, ranked, means, topRecurring, weakest }: Session): string[] {
  const unanswered = unansweredList.length;
  const strongest = ranked[ranked.length - 1];
  const parts = [
    `Overall ${overall}/10 across ${answered.length} answered question${answered.length === 1 ? "" : "s"}${unanswered ? ` (${unanswered} skipped)` : ""}.`,
    `Strongest: ${CRITERION_LABELS[strongest].toLowerCase()} (${means[strongest]}/10). Weakest: ${CRITERION_LABELS[ranked[0]].toLowerCase()} (${means[ranked[0]]}/10).`,
  ];
  if (topRecurring.length)
    parts.push(`A pattern from earlier sessions continues: "${stripDot(topRecurring[0].text)}" (seen ${topRecurring[0].count} times).`);
  if (weakest.length) parts.push(`Focus next on ${FOCUS[weakest[0]]}.`);
  else parts.push("Every criterion is at a strong level; keep practising harder questions.");
  return parts;
}
