import "server-only";
import { getInterviewAggregates } from "@/lib/db/interviews";
import { getProfileByUser, upsertProfile } from "@/lib/db/profiles";
import { CRITERIA, type CriterionName } from "@/core/rubric";
import { COUNTERS } from "@/lib/db/interview-derived";
import type { ProfileDoc } from "@/core/schemas/profile";
import type { AverageScores, TraitSummary } from "@/core/schemas/traits";

// Strengths and weaknesses gathered from the user's evaluated interviews, read from the running totals the store
// keeps up to date in the same write as every evaluation, edit and deletion (lib/db/interview-derived.ts): the cost
// does not grow with the history, and the counts are exact at any size.
// A trait's `count` is the number of evaluated interviews in which it was noted (in the interview's summary or in
// any answer's evaluation), so one interview never counts a trait twice and re-evaluating an interview replaces
// its contribution instead of adding to it. Texts are matched ignoring case, spacing and trailing punctuation; the
// wording shown is the most recently written one. Traits noted equally often: the more recent interviews first.

export { traitKey } from "@/lib/db/interview-derived";

export type { AverageScores, TraitCount, TraitSummary } from "@/core/schemas/traits";

/** How many traits the summary lists, and how many are copied onto the profile. */
export const SUMMARY_TRAITS = 20;
export const PROFILE_TRAITS = 10;

export async function getTraitSummary({ userId, limit = SUMMARY_TRAITS }: { userId: string; limit?: number }): Promise<TraitSummary> {
  const { counters, tallies } = await getInterviewAggregates({ userId, limit });
  // Sums are kept in thousandths (exact integers); the mean is rounded to one decimal. Content is averaged over the
  // answers that have a content score (evaluations made before it existed have none).
  const average = (c: CriterionName) => {
    const scored = counters[c === "content" ? COUNTERS.contentScored : COUNTERS.scored] ?? 0;
    return scored ? Math.round(((counters[COUNTERS.criterionMilli(c)] ?? 0) / 1000 / scored) * 10) / 10 : null;
  };
  return {
    strengths: tallies.strength.map(({ text, count }) => ({ text, count })),
    weaknesses: tallies.weakness.map(({ text, count }) => ({ text, count })),
    average_scores: Object.fromEntries(CRITERIA.map((c) => [c, average(c)])) as AverageScores,
    interviews_evaluated: counters[COUNTERS.evaluated] ?? 0,
  };
}

/** The texts to store on the profile: the most frequent strengths and weaknesses. */
export async function topTraits({ userId }: { userId: string }): Promise<{ strengths: string[]; weaknesses: string[] }> {
  const summary = await getTraitSummary({ userId, limit: PROFILE_TRAITS });
  return { strengths: summary.strengths.map((t) => t.text), weaknesses: summary.weaknesses.map((t) => t.text) };
}

/**
 * Copies the top traits onto profile.strengths / profile.weaknesses (call after each evaluation or deletion;
 * idempotent, and no write when they did not change). A user without a profile gets none created: uploading a CV
 * later fills them in.
 */
export async function syncProfileTraits({ userId }: { userId: string }): Promise<ProfileDoc | null> {
  const [existing, top] = await Promise.all([getProfileByUser({ userId }), topTraits({ userId })]);
  if (!existing) return null;
  if (sameList(existing.strengths, top.strengths) && sameList(existing.weaknesses, top.weaknesses)) return existing;
  return upsertProfile({ userId, set: top });
}

function sameList(a: string[] | undefined, b: string[]): boolean {
  return (a ?? []).length === b.length && b.every((t, i) => a![i] === t);
}
