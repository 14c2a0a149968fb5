import type { Criteria } from "@/core/schemas/interview";

// The scoring rubric, in one place for the agents (both engines), the report and the dashboard: the four criteria,
// their labels and weights, what each score band means, and the tones a score is shown in.

export type CriterionName = keyof Criteria;

export const CRITERIA: readonly CriterionName[] = ["clarity", "structure", "depth", "examples"];

export const CRITERION_LABELS: Record<CriterionName, string> = {
  clarity: "Clarity",
  structure: "Structure",
  depth: "Depth",
  examples: "Examples",
};

/** Each criterion's share of an answer's overall score (they sum to 1: today the overall is the plain mean). */
export const CRITERION_WEIGHTS: Record<CriterionName, number> = { clarity: 0.25, structure: 0.25, depth: 0.25, examples: 0.25 };

/** An answer's overall score from its criteria: the weighted mean, one decimal. */
export function weightedOverall(c: Criteria): number {
  const total = CRITERIA.reduce((sum, k) => sum + c[k] * CRITERION_WEIGHTS[k], 0);
  return Math.round(total * 10) / 10;
}

export type ScoreBand = { min: number; max: number; label: string; description: string };

/** What each score means, per criterion and band. Shown in the report and given to the model, so "7" means the same thing every time. */
export const BAND_DESCRIPTORS: Record<CriterionName, ScoreBand[]> = {
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

/** The criteria when every one has a score (averages over no answer are null), else null. */
export function scoredCriteria(values: Record<CriterionName, number | null>): Criteria | null {
  return CRITERIA.every((k) => values[k] !== null) ? (values as Criteria) : null;
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
