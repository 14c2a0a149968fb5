import type { AnswerEvaluation, Criteria, InterviewType, Level } from "@/core/schemas/interview";
import { CRITERIA, CRITERION_LABELS, type CriterionName } from "@/core/rubric";
import { dedupeSimilar, textSimilarity } from "../text/similarity";
import { capitalise, round1 } from "../text/words";
import {
  criterionOf,
  FOCUS,
  issueFor,
  mergeRecurring,
  recurringOnlyTip,
  stripDot,
  TIPS,
  type Issue,
  type Recurring,
} from "./coaching-issues";

// Offline coaching: rule-based advice from the lowest criteria of this interview, the weaknesses repeated across its
// answers, the user's recurring weaknesses from past sessions (with counts), delivery figures and unanswered questions.
//
// Every weakness text (the offline rubric's fixed texts or a model's own wording) is mapped to an ISSUE (no measurable
// result, no example, STAR incomplete, filler words …). Each issue yields at most one tip, which cites what was seen:
// the criterion's average, the questions it came up in, and how often it recurred in earlier sessions. Tips, focus
// areas and plan steps are then de-duplicated by normalised similarity, so the same advice never appears twice in
// different words.

export type CoachingInput = {
  role: string;
  level: Level;
  type: InterviewType;
  evaluations: AnswerEvaluation[];
  recurring_weaknesses: { text: string; count: number }[];
};

type Criterion = CriterionName;

export type CoachingAdvice = { feedback: string; coaching_tips: string[]; focus_areas: string[]; practice_plan: string[] };

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

/** What the advice is drawn from: this interview's figures and issues, and the recurring weaknesses. */
type Session = {
  input: CoachingInput;
  answered: AnswerEvaluation[];
  unansweredList: AnswerEvaluation[];
  means: Criteria;
  /** criteria from the lowest mean to the highest */
  ranked: Criterion[];
  /** the two lowest criteria, unless they are already strong */
  weakest: Criterion[];
  overall: number;
  /** issues seen in this interview, with the questions (1-based) each came up in */
  issues: Map<string, SessionIssue>;
  /** weaknesses seen at least twice in earlier sessions, most frequent first */
  topRecurring: Recurring[];
  fillers: number;
  fillerQuestions: number[];
  wordsTotal: number;
  avgSeconds: number;
};

type SessionIssue = { issue: Issue | null; text: string; questions: number[] };

function sessionOf(input: CoachingInput, answered: AnswerEvaluation[], recurring: Recurring[]): Session {
  const means = Object.fromEntries(
    CRITERIA.map((c) => [c, round1(answered.reduce((s, e) => s + (e.criteria as Criteria)[c], 0) / answered.length)]),
  ) as Criteria;
  const ranked = [...CRITERIA].sort((a, b) => means[a] - means[b] || CRITERIA.indexOf(a) - CRITERIA.indexOf(b));
  return {
    input,
    answered,
    unansweredList: (input.evaluations ?? []).filter((e) => e.status === "unanswered"),
    means,
    ranked,
    weakest: ranked.filter((c, i) => i < 2 && means[c] < 8.5),
    overall: round1(answered.reduce((s, e) => s + (e.overall_score ?? 0), 0) / answered.length),
    issues: sessionIssues(answered),
    topRecurring: recurring.filter((w) => w.count >= 2).slice(0, 3),
    fillers: answered.reduce((s, e) => s + (e.delivery?.filler_words ?? 0), 0),
    fillerQuestions: answered.filter((e) => (e.delivery?.filler_words ?? 0) >= 2).map((e) => e.question_index + 1),
    wordsTotal: answered.reduce((s, e) => s + (e.delivery?.word_count ?? 0), 0),
    avgSeconds: answered.reduce((s, e) => s + (e.delivery?.estimated_speaking_seconds ?? 0), 0) / answered.length,
  };
}

/** Issues seen in this interview: which questions (1-based) each came up in. Unmapped texts are grouped by similarity. */
function sessionIssues(answered: AnswerEvaluation[]): Map<string, SessionIssue> {
  const session = new Map<string, SessionIssue>();
  for (const e of answered) {
    const seen = new Set<string>();
    for (const raw of e.weaknesses ?? []) {
      const text = raw.replace(/\s+/g, " ").trim();
      if (!text) continue;
      const issue = issueFor(text);
      const key =
        issue?.id ?? [...session.keys()].find((k) => k.startsWith("text:") && textSimilarity(k.slice(5), text) >= 0.6) ?? `text:${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = session.get(key) ?? { issue, text, questions: [] };
      entry.questions.push(e.question_index + 1);
      session.set(key, entry);
    }
  }
  return session;
}

// ---------------------------------------------------------------------------------------------------------------
// Tips: candidates with priorities, one per issue or criterion, then the highest first

type Tips = {
  list: { key: string; priority: number; text: string }[];
  covered: Set<string>;
  criteriaAddressed: Set<Criterion>;
};

function addTip(tips: Tips, key: string, priority: number, text: string, criterion?: Criterion | null): void {
  if (tips.covered.has(key)) return;
  tips.covered.add(key);
  if (criterion) tips.criteriaAddressed.add(criterion);
  tips.list.push({ key, priority, text });
}

function tipsFor(s: Session): string[] {
  const tips: Tips = { list: [], covered: new Set(), criteriaAddressed: new Set() };
  recurringTips(tips, s);
  weakestCriterionTips(tips, s);
  repeatedIssueTips(tips, s);
  deliveryTips(tips, s);
  // Second-line advice for the weakest criteria, if there is room.
  for (const c of s.weakest) if (!tips.criteriaAddressed.has(c)) addTip(tips, `criterion2:${c}`, 100 - s.means[c], TIPS[c][1], c);
  return dedupeSimilar(
    tips.list
      .map((t, i) => ({ ...t, i }))
      .sort((a, b) => b.priority - a.priority || a.i - b.i)
      .map((t) => t.text),
  ).slice(0, 6);
}

/** Recurring weaknesses (seen at least twice before), most frequent first, merged with this interview's evidence. */
function recurringTips(tips: Tips, { topRecurring, issues, weakest, means }: Session): void {
  for (const w of topRecurring) {
    const key = w.issue?.id ?? `text:${w.text}`;
    const here = w.issue ? issues.get(w.issue.id) : undefined;
    const seenHere = here ? ` and again in ${questionList(here.questions)} today` : "";
    const head = `Recurring weakness (seen ${w.count} times in earlier sessions${seenHere}): ${stripDot(w.text)}.`;
    const c = w.issue?.criterion ?? criterionOf(w.text);
    const advice = w.issue ? w.issue.advice : c ? TIPS[c][0] : "";
    // When it also explains one of today's weakest criteria, say so here rather than in a second tip.
    const today =
      c && weakest.includes(c) && !tips.criteriaAddressed.has(c) ? ` ${CRITERION_LABELS[c]} averaged ${means[c]}/10 today.` : "";
    addTip(tips, key, 1000 + w.count, `${head}${today}${advice ? ` ${advice}` : ""}`, c);
  }
}

/** The weakest criteria: the issue behind them when one explains them, else the criterion's own advice. */
function weakestCriterionTips(tips: Tips, { weakest, ranked, means, issues }: Session): void {
  for (const c of weakest) {
    if (tips.criteriaAddressed.has(c)) continue;
    const lowest = c === ranked[0] ? ", your lowest score" : "";
    const behind = [...issues.entries()]
      .filter(([, s]) => s.issue?.criterion === c)
      .sort((a, b) => b[1].questions.length - a[1].questions.length)[0];
    if (behind && !tips.covered.has(behind[0])) {
      const [key, s] = behind;
      addTip(
        tips,
        key,
        500 - means[c],
        `${CRITERION_LABELS[c]} averaged ${means[c]}/10${lowest}, mostly because of ${s.issue!.name} (${questionList(s.questions)}). ${s.issue!.advice}`,
        c,
      );
    } else {
      addTip(tips, `criterion:${c}`, 500 - means[c], `${CRITERION_LABELS[c]} averaged ${means[c]}/10${lowest}. ${TIPS[c][0]}`, c);
    }
  }
}

/** Other issues repeated within this interview (two answers or more). */
function repeatedIssueTips(tips: Tips, { issues }: Session): void {
  const repeated = [...issues.entries()]
    .filter(([, s]) => s.questions.length >= 2)
    .sort((a, b) => b[1].questions.length - a[1].questions.length || a[0].localeCompare(b[0]));
  for (const [key, s] of repeated.slice(0, 3)) {
    const what = s.issue
      ? `${capitalise(s.issue.name)} in ${questionList(s.questions)}`
      : `${stripDot(s.text)} (${questionList(s.questions)})`;
    const advice = s.issue?.advice ?? (criterionOf(s.text) ? TIPS[criterionOf(s.text) as Criterion][1] : "Work on this first.");
    addTip(tips, key, 300 + s.questions.length, `${what}. ${advice}`, s.issue?.criterion ?? criterionOf(s.text));
  }
}

/** Delivery (filler words, length) and questions left unanswered. */
function deliveryTips(tips: Tips, { answered, unansweredList, fillers, fillerQuestions, wordsTotal, avgSeconds }: Session): void {
  const unanswered = unansweredList.length;
  if (wordsTotal > 0 && fillers / wordsTotal >= 0.02 && fillers >= 3) {
    addTip(
      tips,
      "fillers",
      250,
      `You used ${fillers} filler words in ${answered.length} answers${fillerQuestions.length ? ` (most in ${questionList(fillerQuestions)})` : ""}: pause silently instead of saying "um", "like" or "basically".`,
    );
  }
  if (avgSeconds > 0 && avgSeconds < 35)
    addTip(tips, "too_short", 240, "Your answers are short (under about 35 seconds spoken): aim for one to two minutes, with an example.");
  else if (avgSeconds > 210)
    addTip(
      tips,
      "length_long",
      240,
      "Your answers run long (over three minutes spoken): state the point first and cut background to two sentences.",
    );
  if (unanswered > 0)
    addTip(
      tips,
      "skipped",
      230,
      `You skipped ${unanswered} question${unanswered === 1 ? "" : "s"} (${questionList(unansweredList.map((e) => e.question_index + 1))}): even a partial answer that explains your approach earns credit.`,
    );
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

/** "question 2", "questions 1 and 3", "questions 1, 2 and 4". */
function questionList(numbers: number[]): string {
  const n = [...new Set(numbers)].sort((a, b) => a - b);
  if (n.length === 0) return "";
  if (n.length === 1) return `question ${n[0]}`;
  return `questions ${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
}
