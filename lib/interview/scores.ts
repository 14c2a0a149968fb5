import { meanCriteria, presentCriteria } from "@/core/rubric";
import type { AnswerEvaluation, Criteria } from "@/core/schemas/interview";

// Scores computed in code from the per-answer evaluations (never asked of the model).

/** Mean of the ok answers' overall scores, one decimal; null when no answer was scored. */
export function overallScore(evaluations: AnswerEvaluation[]): number | null {
  const scores = evaluations.filter((e) => e.status === "ok" && e.overall_score !== null).map((e) => e.overall_score as number);
  return scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
}

/** Per-criterion mean over the ok answers, or null when none was scored. */
export function averageCriteria(evaluations: AnswerEvaluation[]): Criteria | null {
  const means = meanCriteria(evaluations.filter((e) => e.status === "ok" && e.criteria).map((e) => e.criteria as Criteria));
  if (!means) return null;
  return Object.fromEntries(presentCriteria(means).map((key) => [key, round1(means[key] ?? 0)])) as Criteria;
}

/** The most frequent items across answers (case-insensitive), most frequent first. */
export function topItems(lists: string[][], limit = 5): string[] {
  const counts = new Map<string, { text: string; count: number; first: number }>();
  let order = 0;
  for (const list of lists) {
    for (const raw of list) {
      const text = raw.trim();
      const key = text.toLowerCase();
      if (!key) continue;
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { text, count: 1, first: order++ });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map((e) => e.text);
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
