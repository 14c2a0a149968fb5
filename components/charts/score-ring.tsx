import { cn } from "@/components/ui/cn";
import { scoreTone, type ScoreTone } from "@/core/rubric";

// A score out of 10 as a ring (plain SVG).

export function ScoreRing({ score, size = "lg", label = "Overall score" }: { score: number | null; size?: "sm" | "lg"; label?: string }) {
  const pct = score === null ? 0 : Math.max(0, Math.min(100, score * 10));
  const tone = RING_STROKE[scoreTone(score)];
  return (
    <div className={cn("relative inline-flex shrink-0 items-center justify-center", size === "lg" ? "size-28" : "size-14")}>
      <svg
        viewBox="0 0 40 40"
        className="absolute inset-0 -rotate-90"
        role="img"
        aria-label={score === null ? `${label}: not scored` : `${label}: ${score} out of 10`}
      >
        <circle cx="20" cy="20" r="17" fill="none" strokeWidth="4" className="stroke-ink/10 dark:stroke-white/10" />
        <circle
          cx="20"
          cy="20"
          r="17"
          fill="none"
          strokeWidth="4"
          strokeLinecap="round"
          pathLength={100}
          strokeDasharray={`${pct} 100`}
          className={tone}
        />
      </svg>
      <span className={cn("font-bold tabular-nums", size === "lg" ? "text-3xl" : "text-base")} aria-hidden="true">
        {score === null ? "–" : score.toFixed(1)}
        {size === "lg" && <span className="block text-center text-xs font-medium text-ink-muted dark:text-ink-dark-muted">/ 10</span>}
      </span>
    </div>
  );
}

const RING_STROKE: Record<ScoreTone, string> = {
  success: "stroke-accent-500",
  warning: "stroke-warn-400",
  danger: "stroke-danger-400",
  neutral: "stroke-ink-faint",
};
