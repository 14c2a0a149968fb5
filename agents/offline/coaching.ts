import type { AnswerEvaluation, Criteria, InterviewType, Level } from "@/core/schemas/interview";
import { CRITERIA, CRITERION_LABELS, type CriterionName } from "@/core/rubric";
import { dedupeSimilar, textSimilarity } from "../text/similarity";
import { capitalise, round1 } from "../text/words";
import { criterionOf, FOCUS, issueFor, mergeRecurring, recurringOnlyTip, stripDot, TIPS, type Issue } from "./coaching-issues";

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
  const unansweredList = evaluations.filter((e) => e.status === "unanswered");
  const unanswered = unansweredList.length;
  const failed = evaluations.filter((e) => e.status === "failed").length;
  const recurring = mergeRecurring(input.recurring_weaknesses ?? []);

  if (answered.length === 0) {
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

  const means = Object.fromEntries(
    CRITERIA.map((c) => [c, round1(answered.reduce((s, e) => s + (e.criteria as Criteria)[c], 0) / answered.length)]),
  ) as Criteria;
  const ranked = [...CRITERIA].sort((a, b) => means[a] - means[b] || CRITERIA.indexOf(a) - CRITERIA.indexOf(b));
  const weakest = ranked.filter((c, i) => i < 2 && means[c] < 8.5);
  const strongest = ranked[ranked.length - 1];
  const overall = round1(answered.reduce((s, e) => s + (e.overall_score ?? 0), 0) / answered.length);

  // Issues seen in this interview: which questions (1-based) each came up in. Unmapped texts are grouped by similarity.
  const session = new Map<string, { issue: Issue | null; text: string; questions: number[] }>();
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

  // Delivery.
  const fillers = answered.reduce((s, e) => s + (e.delivery?.filler_words ?? 0), 0);
  const fillerQuestions = answered.filter((e) => (e.delivery?.filler_words ?? 0) >= 2).map((e) => e.question_index + 1);
  const wordsTotal = answered.reduce((s, e) => s + (e.delivery?.word_count ?? 0), 0);
  const avgSeconds = answered.reduce((s, e) => s + (e.delivery?.estimated_speaking_seconds ?? 0), 0) / answered.length;

  // Candidate tips with priorities; one per issue or criterion.
  type Tip = { key: string; priority: number; text: string };
  const tips: Tip[] = [];
  const covered = new Set<string>();
  const criteriaAddressed = new Set<Criterion>();
  const add = (key: string, priority: number, text: string, criterion?: Criterion | null) => {
    if (covered.has(key)) return;
    covered.add(key);
    if (criterion) criteriaAddressed.add(criterion);
    tips.push({ key, priority, text });
  };

  // 1. Recurring weaknesses (seen at least twice before), most frequent first, merged with this interview's evidence.
  const topRecurring = recurring.filter((w) => w.count >= 2).slice(0, 3);
  for (const w of topRecurring) {
    const key = w.issue?.id ?? `text:${w.text}`;
    const here = w.issue ? session.get(w.issue.id) : undefined;
    const seenHere = here ? ` and again in ${questionList(here.questions)} today` : "";
    const head = `Recurring weakness (seen ${w.count} times in earlier sessions${seenHere}): ${stripDot(w.text)}.`;
    const c = w.issue?.criterion ?? criterionOf(w.text);
    const advice = w.issue ? w.issue.advice : c ? TIPS[c][0] : "";
    // When it also explains one of today's weakest criteria, say so here rather than in a second tip.
    const today = c && weakest.includes(c) && !criteriaAddressed.has(c) ? ` ${CRITERION_LABELS[c]} averaged ${means[c]}/10 today.` : "";
    add(key, 1000 + w.count, `${head}${today}${advice ? ` ${advice}` : ""}`, c);
  }

  // 2. The weakest criteria: the issue behind them when one explains them, else the criterion's own advice.
  for (const c of weakest) {
    if (criteriaAddressed.has(c)) continue;
    const lowest = c === ranked[0] ? ", your lowest score" : "";
    const behind = [...session.entries()]
      .filter(([, s]) => s.issue?.criterion === c)
      .sort((a, b) => b[1].questions.length - a[1].questions.length)[0];
    if (behind && !covered.has(behind[0])) {
      const [key, s] = behind;
      add(
        key,
        500 - means[c],
        `${CRITERION_LABELS[c]} averaged ${means[c]}/10${lowest}, mostly because of ${s.issue!.name} (${questionList(s.questions)}). ${s.issue!.advice}`,
        c,
      );
    } else {
      add(`criterion:${c}`, 500 - means[c], `${CRITERION_LABELS[c]} averaged ${means[c]}/10${lowest}. ${TIPS[c][0]}`, c);
    }
  }

  // 3. Other issues repeated within this interview (two answers or more).
  const repeated = [...session.entries()]
    .filter(([, s]) => s.questions.length >= 2)
    .sort((a, b) => b[1].questions.length - a[1].questions.length || a[0].localeCompare(b[0]));
  for (const [key, s] of repeated.slice(0, 3)) {
    const what = s.issue
      ? `${capitalise(s.issue.name)} in ${questionList(s.questions)}`
      : `${stripDot(s.text)} (${questionList(s.questions)})`;
    const advice = s.issue?.advice ?? (criterionOf(s.text) ? TIPS[criterionOf(s.text) as Criterion][1] : "Work on this first.");
    add(key, 300 + s.questions.length, `${what}. ${advice}`, s.issue?.criterion ?? criterionOf(s.text));
  }

  // 4. Delivery and coverage.
  if (wordsTotal > 0 && fillers / wordsTotal >= 0.02 && fillers >= 3) {
    add(
      "fillers",
      250,
      `You used ${fillers} filler words in ${answered.length} answers${fillerQuestions.length ? ` (most in ${questionList(fillerQuestions)})` : ""}: pause silently instead of saying "um", "like" or "basically".`,
    );
  }
  if (avgSeconds > 0 && avgSeconds < 35)
    add("too_short", 240, "Your answers are short (under about 35 seconds spoken): aim for one to two minutes, with an example.");
  else if (avgSeconds > 210)
    add(
      "length_long",
      240,
      "Your answers run long (over three minutes spoken): state the point first and cut background to two sentences.",
    );
  if (unanswered > 0)
    add(
      "skipped",
      230,
      `You skipped ${unanswered} question${unanswered === 1 ? "" : "s"} (${questionList(unansweredList.map((e) => e.question_index + 1))}): even a partial answer that explains your approach earns credit.`,
    );
  // 5. Second-line advice for the weakest criteria, if there is room.
  for (const c of weakest) if (!criteriaAddressed.has(c)) add(`criterion2:${c}`, 100 - means[c], TIPS[c][1], c);

  const coaching_tips = dedupeSimilar(
    tips
      .map((t, i) => ({ ...t, i }))
      .sort((a, b) => b.priority - a.priority || a.i - b.i)
      .map((t) => t.text),
  ).slice(0, 6);

  // Focus areas: the weakest criteria with their averages, then criteria behind recurring weaknesses.
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

  // Practice plan.
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

  const parts = [
    `Overall ${overall}/10 across ${answered.length} answered question${answered.length === 1 ? "" : "s"}${unanswered ? ` (${unanswered} skipped)` : ""}.`,
    `Strongest: ${CRITERION_LABELS[strongest].toLowerCase()} (${means[strongest]}/10). Weakest: ${CRITERION_LABELS[ranked[0]].toLowerCase()} (${means[ranked[0]]}/10).`,
  ];
  if (topRecurring.length)
    parts.push(`A pattern from earlier sessions continues: "${stripDot(topRecurring[0].text)}" (seen ${topRecurring[0].count} times).`);
  if (weakest.length) parts.push(`Focus next on ${FOCUS[weakest[0]]}.`);
  else parts.push("Every criterion is at a strong level; keep practising harder questions.");

  return {
    feedback: parts.join(" "),
    coaching_tips,
    focus_areas: dedupeSimilar(focus).slice(0, 4),
    practice_plan: dedupeSimilar(plan).slice(0, 5),
  };
}

function questionList(numbers: number[]): string {
  const n = [...new Set(numbers)].sort((a, b) => a - b);
  if (n.length === 0) return "";
  if (n.length === 1) return `question ${n[0]}`;
  return `questions ${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
}
