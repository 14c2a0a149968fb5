import { CRITERION_LABELS, type CriterionName } from "@/core/rubric";
import { dedupeSimilar } from "../text/similarity";
import { capitalise } from "../text/words";
import { criterionOf, stripDot, TIPS } from "./coaching-issues";
import { questionList, type Session } from "./coaching-session";

// Offline coaching tips: candidates with priorities, one per issue or criterion (recurring weaknesses first, then the
// weakest criteria, issues repeated in this interview, delivery), the highest first, near-duplicates dropped.

type Criterion = CriterionName;

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

export function tipsFor(s: Session): string[] {
  const tips: Tips = { list: [], covered: new Set(), criteriaAddressed: new Set() };
  recurringTips(tips, s);
  weakestCriterionTips(tips, s);
  repeatedIssueTips(tips, s);
  deliveryTips(tips, s);
  // Second-line advice for the weakest criteria, if there is room.
  for (const c of s.weakest) if (!tips.criteriaAddressed.has(c)) addTip(tips, `criterion2:${c}`, 100 - (s.means[c] ?? 0), TIPS[c][1], c);
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
        500 - (means[c] ?? 0),
        `${CRITERION_LABELS[c]} averaged ${means[c]}/10${lowest}, mostly because of ${s.issue!.name} (${questionList(s.questions)}). ${s.issue!.advice}`,
        c,
      );
    } else {
      addTip(tips, `criterion:${c}`, 500 - (means[c] ?? 0), `${CRITERION_LABELS[c]} averaged ${means[c]}/10${lowest}. ${TIPS[c][0]}`, c);
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
