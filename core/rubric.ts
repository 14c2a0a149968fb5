import type { Criteria } from "@/core/schemas/interview";

// The scoring rubric, in one place for the agents (both engines), the report and the dashboard: the five criteria,
// their labels and weights, what each score band means, and the tones a score is shown in.

export type CriterionName = keyof Criteria;

/** Content first: whether the answer says the right things. Evaluations made before it existed have no content score. */
export const CRITERIA: readonly CriterionName[] = ["content", "clarity", "structure", "depth", "examples"];

export const CRITERION_LABELS: Record<CriterionName, string> = {
  content: "Content",
  clarity: "Clarity",
  structure: "Structure",
  depth: "Depth",
  examples: "Examples",
};

/** Which weights an answer's overall score uses: a story about the candidate's own past, or anything else. */
export type AnswerKind = "behavioral" | "knowledge";

/**
 * Each criterion's share of an answer's overall score (each row sums to 1). For knowledge questions (technical,
 * role-specific, situational, system design) content dominates: a fluent answer that says the wrong thing cannot
 * outscore a plain correct one. For behavioural questions the story's substance still leads, and a concrete example
 * and a clear shape matter more.
 */
export const CRITERION_WEIGHTS: Record<AnswerKind, Record<CriterionName, number>> = {
  knowledge: { content: 0.5, depth: 0.15, clarity: 0.15, structure: 0.1, examples: 0.1 },
  behavioral: { content: 0.3, depth: 0.1, clarity: 0.15, structure: 0.2, examples: 0.25 },
};

/** Evaluations made before the content criterion: the plain mean of the other four, as they were scored then. */
const LEGACY_WEIGHTS: Record<CriterionName, number> = { content: 0, clarity: 0.25, structure: 0.25, depth: 0.25, examples: 0.25 };

/** An answer's overall score from its criteria: the weighted mean, one decimal. */
export function weightedOverall(c: Criteria, kind: AnswerKind = "knowledge"): number {
  const weights = c.content === undefined ? LEGACY_WEIGHTS : CRITERION_WEIGHTS[kind];
  const total = CRITERIA.reduce((sum, k) => sum + (c[k] ?? 0) * weights[k], 0);
  return Math.round(total * 10) / 10;
}

export type ScoreBand = { min: number; max: number; label: string; description: string };

/** What each score means, per criterion and band. Shown in the report and given to the model, so "7" means the same thing every time. */
export const BAND_DESCRIPTORS: Record<CriterionName, ScoreBand[]> = {
  content: [
    {
      min: 0,
      max: 2,
      label: "Wrong or missing",
      description: "Says none of what a good answer says, contradicts it, or is a list of words rather than an answer.",
    },
    { min: 3, max: 4, label: "Thin", description: "Gets one part right but misses most key points, or mixes right and wrong statements." },
    { min: 5, max: 6, label: "Partly right", description: "Correct on about half of the key points; nothing it says is wrong." },
    { min: 7, max: 8, label: "Right", description: "Says what a good answer says on most key points, correctly, in any words." },
    { min: 9, max: 10, label: "Complete", description: "Correct on every key point, however briefly or in whatever words." },
  ],
  clarity: [
    {
      min: 0,
      max: 2,
      label: "Unclear",
      description:
        "Hard to follow or mostly beside the question: fragments, rambling or heavy filler; the listener cannot tell what the answer is.",
    },
    {
      min: 3,
      max: 4,
      label: "Muddled",
      description: "The main point can be found but is buried in long or run-on sentences, vague wording or frequent filler words.",
    },
    {
      min: 5,
      max: 6,
      label: "Understandable",
      description: "The main point is clear, with some detours, repetition, filler or imprecise terms.",
    },
    {
      min: 7,
      max: 8,
      label: "Clear",
      description: "Answers directly and early, in concise sentences with precise terms and little filler.",
    },
    {
      min: 9,
      max: 10,
      label: "Crisp",
      description: "Immediately clear and easy to remember; every sentence earns its place; precise vocabulary and no filler.",
    },
  ],
  structure: [
    { min: 0, max: 2, label: "No structure", description: "Ideas jump around with no discernible order, beginning or end." },
    {
      min: 3,
      max: 4,
      label: "Loose",
      description: "Some order, but essential parts are missing (for example no context or no result) and the sequence is hard to follow.",
    },
    {
      min: 5,
      max: 6,
      label: "Recognisable",
      description: "A recognisable shape (STAR, or answer → explanation → example) with one part thin or out of order.",
    },
    {
      min: 7,
      max: 8,
      label: "Logical",
      description: "Complete and logical: context, what was done and the outcome (or answer, reasoning, example), with clear transitions.",
    },
    {
      min: 9,
      max: 10,
      label: "Tight",
      description: "A tight, signposted structure suited to the question, well balanced, ending with a clear conclusion or lesson.",
    },
  ],
  depth: [
    { min: 0, max: 2, label: "Missing", description: "Does not address the substance of the question; none of the key points." },
    { min: 3, max: 4, label: "Surface", description: "Surface level: touches one key point, with no reasoning, trade-offs or detail." },
    {
      min: 5,
      max: 6,
      label: "Partial",
      description: "Covers about half of the key points with some explanation, but little on why or on trade-offs.",
    },
    {
      min: 7,
      max: 8,
      label: "Solid",
      description: "Covers most key points accurately, explains the reasoning and at least one trade-off or alternative.",
    },
    {
      min: 9,
      max: 10,
      label: "Expert",
      description: "Covers all key points with insight: trade-offs, edge cases and when the approach would not apply.",
    },
  ],
  examples: [
    { min: 0, max: 2, label: "None", description: "No example at all: generic statements or hypotheticals only." },
    { min: 3, max: 4, label: "Vague", description: 'A vague or hypothetical example without specifics ("we improved things").' },
    {
      min: 5,
      max: 6,
      label: "Specific",
      description: "A real example with some specifics (project, tools, own role) but no measurable outcome.",
    },
    {
      min: 7,
      max: 8,
      label: "Concrete",
      description: "A specific first-person example with concrete details and a measurable or clearly observable outcome.",
    },
    {
      min: 9,
      max: 10,
      label: "Compelling",
      description: "One or more vivid, specific examples with quantified results and reflection on what was learned.",
    },
  ],
};

/** The band a score falls in (scores are rounded to the nearest integer first). */
export function bandFor(criterion: CriterionName, score: number): ScoreBand {
  const s = Math.round(Math.min(10, Math.max(0, score)));
  return BAND_DESCRIPTORS[criterion].find((b) => s >= b.min && s <= b.max) ?? BAND_DESCRIPTORS[criterion][0];
}

/**
 * The criteria when every one has a score (averages over no answer are null), else null. Content may be missing
 * (only evaluations made before it existed): the others are still shown.
 */
export function scoredCriteria(values: Record<CriterionName, number | null>): Criteria | null {
  if (!CRITERIA.every((k) => k === "content" || values[k] !== null)) return null;
  const { content, ...rest } = values;
  return (content === null ? rest : { content, ...rest }) as Criteria;
}

/**
 * Per-criterion means over a list of criteria (unrounded), each over the answers that have it: content only over the
 * answers scored since it existed, and left out when none was. Null for an empty list.
 */
export function meanCriteria(list: Criteria[]): Criteria | null {
  if (!list.length) return null;
  const out: Partial<Criteria> = {};
  for (const k of CRITERIA) {
    const values = list.map((c) => c[k]).filter((v): v is number => typeof v === "number");
    if (values.length) out[k] = values.reduce((a, b) => a + b, 0) / values.length;
  }
  return out as Criteria;
}

/** The criteria an evaluation has a score for, in CRITERIA order (content is absent on older evaluations). */
export function presentCriteria(c: Criteria): CriterionName[] {
  return CRITERIA.filter((k) => typeof c[k] === "number");
}

export type ScoreTone = "success" | "warning" | "danger" | "neutral";

/** Where a score (an answer, an interview or a criterion average) starts to read as good, or as fair. */
export const SCORE_TONE_MIN = { success: 7, warning: 4.5 } as const;

/** The tone a score is shown in: good from 7, fair from 4.5, weak below; neutral when not scored. */
export function scoreTone(score: number | null): ScoreTone {
  if (score === null) return "neutral";
  if (score >= SCORE_TONE_MIN.success) return "success";
  if (score >= SCORE_TONE_MIN.warning) return "warning";
  return "danger";
}
