"use client";

import { cn } from "@/components/ui/cn";
import { formatClock } from "@/lib/interview/timing";

/** Elapsed time against the suggested time. It only informs: going over never cuts the user off. */
export function QuestionTimer({ elapsed, suggested }: { elapsed: number; suggested: number }) {
  const over = elapsed > suggested;
  const pct = Math.min(100, (elapsed / suggested) * 100);
  return (
    <div
      className="flex items-center gap-3 text-sm"
      title={over ? "Over the suggested time — take the time you need" : "Suggested time for this question"}
    >
      <svg viewBox="0 0 36 36" className="size-8 -rotate-90" aria-hidden="true">
        <circle cx="18" cy="18" r="15" fill="none" strokeWidth="4" className="stroke-ink/10 dark:stroke-white/10" />
        <circle
          cx="18"
          cy="18"
          r="15"
          fill="none"
          strokeWidth="4"
          strokeLinecap="round"
          pathLength={100}
          strokeDasharray={`${pct} 100`}
          className={over ? "stroke-warn-500" : "stroke-brand-500"}
        />
      </svg>
      <div className="leading-tight">
        <p className={cn("font-semibold tabular-nums", over && "text-warn-600 dark:text-warn-400")}>
          <span className="sr-only">Time on this question: </span>
          {formatClock(elapsed)}
          <span className="font-normal text-ink-muted dark:text-ink-dark-muted"> / {formatClock(suggested)} suggested</span>
        </p>
        {over && <p className="text-xs text-ink-muted dark:text-ink-dark-muted">Over time is fine — finish your thought.</p>}
      </div>
    </div>
  );
}
