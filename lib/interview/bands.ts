import { BAND_DESCRIPTORS } from "@/agents/evaluation";
import type { CriterionKey } from "@/lib/interview/scores";

// The written meaning of a score, so "7" reads the same in every report (texts owned by the evaluation agent).

export function bandDescription(criterion: CriterionKey, score: number): string {
  const bands = BAND_DESCRIPTORS[criterion] as unknown as Array<{ min: number; max: number; text?: string; description?: string }>;
  const band = bands.find((b) => score >= b.min && score <= b.max) ?? bands[bands.length - 1];
  return band?.text ?? band?.description ?? "";
}
