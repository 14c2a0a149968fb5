import "server-only";
import { listInterviews } from "@/lib/db/interviews";
import { getProfileByUser, upsertProfile } from "@/lib/db/profiles";
import { CRITERIA } from "@/core/rubric";
import type { Criteria, InterviewDoc } from "@/core/schemas/interview";
import type { ProfileDoc } from "@/core/schemas/profile";

// Strengths and weaknesses gathered from the user's evaluated interviews.
// A trait's `count` is the number of evaluated interviews in which it was noted (in the interview's summary or in
// any answer's evaluation), so one interview never counts a trait twice and re-evaluating an interview replaces
// its contribution instead of adding to it. Texts are matched ignoring case, spacing and trailing punctuation;
// the wording shown is the one from the newest interview.

export type TraitCount = { text: string; count: number };
export type AverageScores = { [K in keyof Criteria]: number | null };
export type TraitSummary = {
  strengths: TraitCount[];
  weaknesses: TraitCount[];
  /** Mean of each criterion over every answer evaluated "ok", one decimal; null when there is none. */
  average_scores: AverageScores;
  interviews_evaluated: number;
};

/** How many traits the summary lists, and how many are copied onto the profile. */
export const SUMMARY_TRAITS = 20;
export const PROFILE_TRAITS = 10;
/** Interviews read at most (newest first), so a long history stays a bounded amount of work. */
export const MAX_INTERVIEWS_READ = 1000;

const PAGE = 100;

export async function getTraitSummary({ userId }: { userId: string }): Promise<TraitSummary> {
  const interviews = await evaluatedInterviews(userId);
  const strengths = new Counter();
  const weaknesses = new Counter();
  const sums: Criteria = { clarity: 0, structure: 0, depth: 0, examples: 0 };
  let scored = 0;

  for (const interview of interviews) {
    const evaluations = interview.evaluations ?? [];
    strengths.addOnce([...(interview.strengths ?? []), ...evaluations.flatMap((e) => e.strengths ?? [])]);
    weaknesses.addOnce([...(interview.weaknesses ?? []), ...evaluations.flatMap((e) => e.weaknesses ?? [])]);
    for (const evaluation of evaluations) {
      if (evaluation.status !== "ok" || !evaluation.criteria) continue;
      scored++;
      for (const c of CRITERIA) sums[c] += evaluation.criteria[c];
    }
  }

  const average = (c: keyof Criteria) => (scored ? Math.round((sums[c] / scored) * 10) / 10 : null);
  return {
    strengths: strengths.top(SUMMARY_TRAITS),
    weaknesses: weaknesses.top(SUMMARY_TRAITS),
    average_scores: {
      clarity: average("clarity"),
      structure: average("structure"),
      depth: average("depth"),
      examples: average("examples"),
    },
    interviews_evaluated: interviews.length,
  };
}

/** The texts to store on the profile: the most frequent strengths and weaknesses. */
export async function topTraits({ userId }: { userId: string }): Promise<{ strengths: string[]; weaknesses: string[] }> {
  const summary = await getTraitSummary({ userId });
  return {
    strengths: summary.strengths.slice(0, PROFILE_TRAITS).map((t) => t.text),
    weaknesses: summary.weaknesses.slice(0, PROFILE_TRAITS).map((t) => t.text),
  };
}

/**
 * Recomputes profile.strengths / profile.weaknesses from every evaluated interview and writes them (call after each
 * evaluation; idempotent). A user without a profile gets none created: uploading a CV later fills them in.
 */
export async function syncProfileTraits({ userId }: { userId: string }): Promise<ProfileDoc | null> {
  const existing = await getProfileByUser({ userId });
  if (!existing) return null;
  return upsertProfile({ userId, set: await topTraits({ userId }) });
}

async function evaluatedInterviews(userId: string): Promise<InterviewDoc[]> {
  const out: InterviewDoc[] = [];
  let cursor: string | null = null;
  do {
    const page = await listInterviews({ userId, limit: PAGE, cursor, status: "evaluated" });
    out.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && out.length < MAX_INTERVIEWS_READ);
  return out.slice(0, MAX_INTERVIEWS_READ);
}

/** Counts each normalised text at most once per call to addOnce; remembers the first wording seen. */
class Counter {
  private readonly entries = new Map<string, TraitCount & { order: number }>();

  addOnce(texts: string[]): void {
    const seen = new Set<string>();
    for (const raw of texts) {
      if (typeof raw !== "string") continue;
      const text = raw.replace(/\s+/g, " ").trim();
      const key = traitKey(text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = this.entries.get(key);
      if (entry) entry.count++;
      else this.entries.set(key, { text, count: 1, order: this.entries.size });
    }
  }

  top(n: number): TraitCount[] {
    return [...this.entries.values()]
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .slice(0, n)
      .map(({ text, count }) => ({ text, count }));
  }
}

/** "Clear structure." and "clear  structure" are the same trait. */
export function traitKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.!;:,]+$/u, "")
    .trim();
}
