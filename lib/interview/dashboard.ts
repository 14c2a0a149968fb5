import "server-only";
import { listInterviewSummaries } from "@/lib/db/interviews";
import { getTraitSummary, type TraitSummary } from "@/lib/profile/traits";
import type { InterviewSummary } from "@/lib/interview/summary";

export type TrendPoint = { id: string; date: string; score: number; label: string };

// What /dashboard shows: the score trend (oldest → newest), recurring traits, recent interviews. Three small
// reads whatever the history's size: two index-ordered summary pages and the running totals.

const TREND_POINTS = 30;

export type DashboardData = { trend: TrendPoint[]; recent: InterviewSummary[]; traits: TraitSummary; total_recent: number };

export async function getDashboardData({ userId }: { userId: string }): Promise<DashboardData> {
  const [evaluated, recent, traits] = await Promise.all([
    listInterviewSummaries({ userId, limit: TREND_POINTS, status: "evaluated" }),
    listInterviewSummaries({ userId, limit: 5 }),
    getTraitSummary({ userId }),
  ]);
  const trend = evaluated.items
    .filter((i) => i.overall_score !== null)
    .map((i) => ({ id: i.id, date: i.evaluated_at ?? i.created_at, score: i.overall_score as number, label: i.role }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { trend, recent: recent.items, traits, total_recent: recent.items.length };
}
