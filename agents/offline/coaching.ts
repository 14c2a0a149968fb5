import type { AnswerEvaluation, Criteria, InterviewType, Level } from "@/lib/schemas/interview";
import { round1 } from "./text";

// Offline coaching: rule-based advice from the lowest criteria of this interview, the weaknesses repeated across its
// answers, the user's recurring weaknesses from past sessions (with counts), delivery figures and unanswered questions.

export type CoachingInput = {
  role: string;
  level: Level;
  type: InterviewType;
  evaluations: AnswerEvaluation[];
  recurring_weaknesses: { text: string; count: number }[];
};

export type CoachingAdvice = { feedback: string; coaching_tips: string[]; focus_areas: string[]; practice_plan: string[] };

type Criterion = keyof Criteria;
const CRITERIA: Criterion[] = ["clarity", "structure", "depth", "examples"];
const LABEL: Record<Criterion, string> = { clarity: "Clarity", structure: "Structure", depth: "Depth", examples: "Examples" };
const FOCUS: Record<Criterion, string> = {
  clarity: "direct, concise answers without filler",
  structure: "a clear shape for every answer (STAR for stories)",
  depth: "covering the key points, with reasoning and trade-offs",
  examples: "specific stories from your own work with measurable results",
};
const TIPS: Record<Criterion, string[]> = {
  clarity: [
    "Open every answer with a one-sentence headline that answers the question, then add detail.",
    "Keep sentences under about 20 words and replace filler words with a short silent pause.",
  ],
  structure: [
    "Tell behavioural stories in four beats: Situation (1–2 sentences), Task, Action (most of the time, in the first person) and Result.",
    'For technical questions use answer → how it works → example → trade-off, and signpost the steps ("first… then… finally…").',
  ],
  depth: [
    'After each point ask yourself "why?" once more: explain the reasoning, the alternative you rejected and the trade-off.',
    "Before answering, list silently the two or three things the question is really testing, and make sure you cover each.",
  ],
  examples: [
    "Prepare five short stories from recent work, each with one number (time saved, error rate, users, money) you can quote from memory.",
    'Say what you did with "I", not "we", and end each story with the measurable outcome.',
  ],
};

/** Maps a weakness text (offline or model-written) to the criterion it concerns, if any. */
export function criterionForWeakness(text: string): Criterion | null {
  const t = text.toLowerCase();
  if (/filler|run-on|long sentence|concise|rambl|unclear|hard to follow|wordy|verbose|direct/.test(t)) return "clarity";
  if (/star|structure|organi[sz]|order|situation|task|signpost|conclusion|flow/.test(t)) return "structure";
  if (/example|specific|concrete|measur|quantif|number|metric|result|outcome|impact/.test(t)) return "examples";
  if (/depth|detail|reason|trade-?off|key point|shallow|surface|explain|why|missed|left out|cover/.test(t)) return "depth";
  return null;
}

export function offlineCoaching(input: CoachingInput): CoachingAdvice {
  const evaluations = input.evaluations ?? [];
  const answered = evaluations.filter((e) => e.status === "ok" && e.criteria);
  const unanswered = evaluations.filter((e) => e.status === "unanswered").length;
  const failed = evaluations.filter((e) => e.status === "failed").length;
  const recurring = [...(input.recurring_weaknesses ?? [])]
    .filter((w) => w && w.text && w.count > 0)
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));

  if (answered.length === 0) {
    const tips = [
      "Answer every question, even briefly: a partial answer can be scored and coached, a blank one cannot.",
      "If you are stuck, say how you would approach the problem: naming the first steps already earns credit.",
      ...recurring.slice(0, 2).map((w) => tipForRecurring(w)),
    ];
    return {
      feedback: failed
        ? "None of the answers could be evaluated this time. Please run the evaluation again."
        : "None of the questions were answered, so there is nothing to score yet.",
      coaching_tips: uniq(tips).slice(0, 5),
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

  // Weaknesses repeated within this interview.
  const local = new Map<string, number>();
  for (const e of answered)
    for (const w of new Set(e.weaknesses.map((x) => x.trim()).filter(Boolean))) local.set(w, (local.get(w) ?? 0) + 1);
  const repeated = [...local.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

  // Delivery.
  const fillers = answered.reduce((s, e) => s + (e.delivery?.filler_words ?? 0), 0);
  const wordsTotal = answered.reduce((s, e) => s + (e.delivery?.word_count ?? 0), 0);
  const avgSeconds = answered.reduce((s, e) => s + (e.delivery?.estimated_speaking_seconds ?? 0), 0) / answered.length;

  // Prioritised tips: the most repeated recurring weakness, then the weakest criteria, then this session's repeats,
  // delivery, unanswered questions.
  const tips: string[] = [];
  const topRecurring = recurring.filter((w) => w.count >= 2).slice(0, 2);
  for (const w of topRecurring) tips.push(tipForRecurring(w));
  for (const c of weakest) tips.push(TIPS[c][0]);
  for (const [w, n] of repeated.slice(0, 2)) {
    const c = criterionForWeakness(w);
    tips.push(c ? `${stripDot(w)} (in ${n} answers). ${TIPS[c][1]}` : `${stripDot(w)} (in ${n} answers): work on this first.`);
  }
  if (wordsTotal > 0 && fillers / wordsTotal >= 0.02 && fillers >= 3) {
    tips.push(
      `You used ${fillers} filler words in ${answered.length} answers: pause silently instead of saying "um", "like" or "basically".`,
    );
  }
  if (avgSeconds > 0 && avgSeconds < 35)
    tips.push("Your answers are short (under about 35 seconds spoken): aim for one to two minutes, with an example.");
  else if (avgSeconds > 210)
    tips.push("Your answers run long (over three minutes spoken): state the point first and cut background to two sentences.");
  if (unanswered > 0)
    tips.push(
      `You skipped ${unanswered} question${unanswered === 1 ? "" : "s"}: even a partial answer that explains your approach earns credit.`,
    );
  for (const c of weakest) tips.push(TIPS[c][1]);

  const focus = weakest.map((c) => `${LABEL[c]} (${means[c]}/10): ${FOCUS[c]}`);
  for (const w of topRecurring) {
    const c = criterionForWeakness(w.text);
    if (c && !weakest.includes(c)) focus.push(`${LABEL[c]}: ${FOCUS[c]} (a recurring weakness, seen ${w.count} times)`);
  }
  if (focus.length === 0) focus.push(`Keep the standard: ${FOCUS[ranked[0]]}`);

  // Practice plan.
  const worst = answered.reduce((a, b) => ((b.overall_score ?? 0) < (a.overall_score ?? 0) ? b : a));
  const worstNo = worst.question_index + 1;
  const lead = weakest[0] ?? ranked[0];
  const plan = [
    `Today: rewrite your answer to question ${worstNo} (${worst.overall_score}/10) focusing on ${LABEL[lead].toLowerCase()}: ${FOCUS[lead]}; then say it aloud in under two minutes.`,
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
    `Next session: take another ${input.type} mock interview for ${input.role || "your target role"} and compare your ${LABEL[lead].toLowerCase()} score with today's ${means[lead]}/10.`,
  );

  const parts = [
    `Overall ${overall}/10 across ${answered.length} answered question${answered.length === 1 ? "" : "s"}${unanswered ? ` (${unanswered} skipped)` : ""}.`,
    `Strongest: ${LABEL[strongest].toLowerCase()} (${means[strongest]}/10). Weakest: ${LABEL[ranked[0]].toLowerCase()} (${means[ranked[0]]}/10).`,
  ];
  if (topRecurring.length)
    parts.push(`A pattern from earlier sessions continues: "${stripDot(topRecurring[0].text)}" (seen ${topRecurring[0].count} times).`);
  if (weakest.length) parts.push(`Focus next on ${FOCUS[weakest[0]]}.`);
  else parts.push("Every criterion is at a strong level; keep practising harder questions.");

  return {
    feedback: parts.join(" "),
    coaching_tips: uniq(tips).slice(0, 6),
    focus_areas: uniq(focus).slice(0, 4),
    practice_plan: plan.slice(0, 5),
  };
}

function tipForRecurring(w: { text: string; count: number }): string {
  const c = criterionForWeakness(w.text);
  const base = `Recurring weakness (seen ${w.count} time${w.count === 1 ? "" : "s"}): ${stripDot(w.text)}.`;
  return c ? `${base} ${TIPS[c][0]}` : base;
}

function stripDot(text: string): string {
  return text.trim().replace(/[.!\s]+$/, "");
}

function uniq(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
