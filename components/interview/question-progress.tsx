"use client";

import { cn } from "@/components/ui/cn";

/** "Question n of N", a progress bar, and one dot per question to jump to it. */
export function QuestionProgress({ index, answered, onJump }: { index: number; answered: boolean[]; onJump: (i: number) => void }) {
  const total = answered.length;
  const done = answered.filter(Boolean).length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p className="font-semibold">
          Question {index + 1} of {total}
        </p>
        <p className="text-ink-muted dark:text-ink-dark-muted">
          {done} of {total} answered
        </p>
      </div>
      <div
        className="h-1.5 overflow-hidden rounded-full bg-ink/5 dark:bg-white/10"
        role="progressbar"
        aria-label="Questions answered"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <svg viewBox="0 0 100 1" preserveAspectRatio="none" className="block h-full w-full" aria-hidden="true">
          <rect x="0" y="0" height="1" width={total ? (done / total) * 100 : 0} className="fill-brand-500" />
        </svg>
      </div>
      <nav aria-label="Questions" className="flex flex-wrap gap-1.5">
        {answered.map((isAnswered, i) => (
          <button
            key={i}
            type="button"
            onClick={() => onJump(i)}
            aria-current={i === index ? "step" : undefined}
            aria-label={`Question ${i + 1}${isAnswered ? ", answered" : ", not answered yet"}`}
            className={cn(
              "size-8 rounded-full text-xs font-semibold transition-colors",
              i === index
                ? "bg-brand-600 text-white ring-2 ring-brand-300 ring-offset-2 ring-offset-surface dark:ring-offset-surface-dark-muted"
                : isAnswered
                  ? "bg-brand-100 text-brand-800 hover:bg-brand-200 dark:bg-brand-900 dark:text-brand-100"
                  : "bg-ink/5 text-ink-muted hover:bg-ink/10 dark:bg-white/10 dark:text-ink-dark-muted",
            )}
          >
            {i + 1}
          </button>
        ))}
      </nav>
    </div>
  );
}
