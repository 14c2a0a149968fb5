import type { CriterionName } from "@/core/rubric";
import { textSimilarity } from "../text/similarity";

// What offline coaching knows about weaknesses: the ISSUES a weakness text can be (the offline rubric's fixed texts or
// a model's own wording), the criterion each concerns, and the advice and focus for each criterion. Recurring
// weaknesses from past sessions are merged by issue.

type Criterion = CriterionName;

export const FOCUS: Record<Criterion, string> = {
  content: "saying what the question is testing, correctly",
  clarity: "direct, concise answers without filler",
  structure: "a clear shape for every answer (STAR for stories)",
  depth: "covering the key points, with reasoning and trade-offs",
  examples: "specific stories from your own work with measurable results",
};
/** Criterion-level advice, used when a weak criterion has no more specific issue behind it. */
export const TIPS: Record<Criterion, string[]> = {
  content: [
    "Before answering, name to yourself what the question is really asking, and make your first sentence the answer to it.",
    "Check each claim against what you know: a confident statement that is wrong costs more than a short one that is right.",
  ],
  clarity: [
    "Open every answer with a one-sentence headline that answers the question, then add detail.",
    "Keep sentences under about 20 words: one idea per sentence.",
  ],
  structure: [
    "Give every answer a shape you could say out loud: for stories, STAR (situation, task, action, result); for technical questions, answer → how it works → example → trade-off.",
    'Signpost the steps ("first… then… finally…") and finish with a one-sentence conclusion or lesson.',
  ],
  depth: [
    'After each point ask yourself "why?" once more: explain the reasoning, the alternative you rejected and the trade-off.',
    "Before answering, list silently the two or three things the question is really testing, and make sure you cover each.",
  ],
  examples: [
    'In every answer name one real project, say what you did yourself ("I", not "we") and close with a number that shows the outcome.',
    "Keep a short list of numbers from your recent work (time saved, error rate, users, money) that you can quote from memory.",
  ],
};

type IssueId =
  | "off_topic"
  | "too_short"
  | "result"
  | "example"
  | "star"
  | "direct"
  | "fillers"
  | "long_sentences"
  | "reasoning"
  | "missed_points"
  | "contradiction"
  | "word_list";

export type Issue = { id: IssueId; criterion: Criterion; name: string; advice: string; match: RegExp };

/** Ordered: the first match wins ("No measurable result" is about results, not about examples in general). */
const ISSUES: Issue[] = [
  {
    id: "contradiction",
    criterion: "content",
    name: "statements that contradict the correct answer",
    advice: "Say less but say it right: check each claim against what you know, and say when you are unsure.",
    match: /opposite of what a correct answer|contradict|incorrect|factually wrong|inaccura/,
  },
  {
    id: "word_list",
    criterion: "content",
    name: "key words without sentences",
    advice: "Turn each key word into a sentence that says what it means here and why it matters.",
    match: /without sentences|keyword|key words|buzzword/,
  },
  {
    id: "off_topic",
    criterion: "content",
    name: "answering a different question",
    advice: "Restate the question in your head and check that your first sentence answers it before you add anything else.",
    match: /does not address|off[- ]topic|beside the (?:point|question)|not (?:answer|related to) the question|irrelevant/,
  },
  {
    id: "too_short",
    criterion: "depth",
    name: "very short answers",
    advice: "Aim for one to two minutes: a direct answer, one example from your work and its result.",
    match: /too short|very short|too brief|one-line|single sentence/,
  },
  {
    id: "fillers",
    criterion: "clarity",
    name: "filler words",
    advice: 'Replace "um", "like" and "basically" with a short silent pause; it sounds more confident, not less.',
    match: /filler|\bums?\b|\buhs?\b|hesitat/,
  },
  {
    id: "long_sentences",
    criterion: "clarity",
    name: "long, run-on sentences",
    advice: "Keep sentences under about 20 words, one idea each; stop and start a new sentence where you would say “and then”.",
    match: /run-on|long sentence|long, |hard to follow|rambl|wordy|verbose|too long/,
  },
  {
    id: "direct",
    criterion: "clarity",
    name: "not answering directly",
    advice: "Open with a one-sentence answer to the question, then explain how and why.",
    match: /direct (?:response|answer)|doesn't start|does not start|lead with|headline|bury|buried/,
  },
  {
    id: "star",
    criterion: "structure",
    name: "incomplete STAR stories",
    advice:
      "Tell stories with STAR: the situation in one or two sentences, your task, what you did (most of the time, in the first person) and the result.",
    match: /\bstar\b|situation|task, action|beginning|no (?:clear )?(?:structure|order)|structure/,
  },
  {
    id: "result",
    criterion: "examples",
    name: "outcomes without numbers",
    advice:
      "End each story with the outcome as one number you can stand behind (time saved, errors avoided, users affected); if you don't know it exactly, give an honest estimate and say how you measured it.",
    match: /measur|quantif|number|metric|outcome|no (?:clear )?result|impact/,
  },
  {
    id: "example",
    criterion: "examples",
    name: "no concrete example",
    advice:
      'Anchor the answer in one real situation from your own work (the project, your part, what happened) instead of how things are done "in general".',
    match: /example|specific|concrete|generic|hypothetical|vague/,
  },
  {
    id: "reasoning",
    criterion: "depth",
    name: "decisions without reasoning",
    advice: "For each decision you mention, say why: the alternative you rejected and the trade-off you accepted.",
    match: /reason|trade-?off|\bwhy\b|justif/,
  },
  {
    id: "missed_points",
    criterion: "depth",
    name: "missed key points",
    advice: "Before answering, name to yourself the two or three things the question is testing, and cover each one explicitly.",
    match: /key point|left out|missed|miss(?:es|ing) (?:the|important)|did not cover|not cover|shallow|surface|depth|detail/,
  },
];

export function issueFor(text: string): Issue | null {
  const t = text.toLowerCase();
  return ISSUES.find((i) => i.match.test(t)) ?? null;
}

/** Maps a weakness text (offline or model-written) to the criterion it concerns, if any. */
export function criterionForWeakness(text: string): Criterion | null {
  const t = text.toLowerCase();
  if (/filler|run-on|long sentence|concise|rambl|unclear|hard to follow|wordy|verbose|direct/.test(t)) return "clarity";
  if (/star|structure|organi[sz]|order|situation|task|signpost|conclusion|flow/.test(t)) return "structure";
  if (/example|specific|concrete|measur|quantif|number|metric|result|outcome|impact/.test(t)) return "examples";
  if (/depth|detail|reason|trade-?off|key point|shallow|surface|explain|why|missed|left out|cover/.test(t)) return "depth";
  return null;
}

export type Recurring = { text: string; count: number; issue: Issue | null };

/** Recurring weaknesses with the same issue (or near-identical wording) merged, counts added; most frequent first. */
export function mergeRecurring(list: { text: string; count: number }[]): Recurring[] {
  const merged: Recurring[] = [];
  for (const w of list) {
    if (!w || typeof w.text !== "string" || !w.text.trim() || !(w.count > 0)) continue;
    const text = w.text.replace(/\s+/g, " ").trim();
    const issue = issueFor(text);
    const same = merged.find((m) => (issue && m.issue?.id === issue.id) || textSimilarity(m.text, text) >= 0.75);
    if (same) {
      same.count += w.count;
      // Keep the more explicit wording.
      if (text.length > same.text.length) same.text = text;
    } else merged.push({ text, count: w.count, issue });
  }
  return merged.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

export function recurringOnlyTip(w: Recurring): string {
  const base = `Recurring weakness (seen ${w.count} time${w.count === 1 ? "" : "s"}): ${stripDot(w.text)}.`;
  const advice = w.issue?.advice ?? (criterionOf(w.text) ? TIPS[criterionOf(w.text) as Criterion][0] : "");
  return advice ? `${base} ${advice}` : base;
}

export function criterionOf(text: string): Criterion | null {
  return issueFor(text)?.criterion ?? criterionForWeakness(text);
}

export function stripDot(text: string): string {
  // regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
  return text.trim().replace(/(?<![.!\s])[.!\s]+$/, "");
}
