import { bandFor } from "@/agents/evaluation";
import type { CriterionKey } from "@/lib/interview/scores";

// The written meaning of a score, so "7" reads the same in every report (texts owned by the evaluation agent).

export function bandDescription(criterion: CriterionKey, score: number): { label: string; description: string } {
  const band = bandFor(criterion, score);
  return { label: band.label, description: band.description };
}
