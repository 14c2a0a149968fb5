import { CRITERION_LABELS, presentCriteria, scoreTone, type ScoreTone } from "@/core/rubric";
import type { Criteria } from "@/core/schemas/interview";

// The criteria (0–10) as horizontal bars (content only when scored: older evaluations have none). Labels and values are HTML (they keep their size in narrow
// cards); each bar is a small SVG sized in percentages (no chart library, no inline styles). Server-renderable.

export function CriteriaBars({ values, title = "Scores by criterion, out of 10" }: { values: Criteria; title?: string }) {
  const ROWS = presentCriteria(values).map((key) => ({ key, label: CRITERION_LABELS[key], value: values[key] ?? 0 }));
  const summary = ROWS.map(({ label, value }) => `${label} ${value.toFixed(1)}`).join(", ");
  return (
    <figure role="img" aria-label={`${title}: ${summary}`} className="w-full">
      <div className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-3.5 text-sm" aria-hidden="true">
        {ROWS.map(({ key, label, value }) => {
          const v = Math.max(0, Math.min(10, value));
          return [
            <span key={`${key}-label`} className="font-medium">
              {label}
            </span>,
            <svg key={`${key}-bar`} className="h-3 w-full overflow-visible" preserveAspectRatio="none">
              {[25, 50, 75].map((t) => (
                <line
                  key={t}
                  x1={`${t}%`}
                  x2={`${t}%`}
                  y1="-4"
                  y2="16"
                  className="stroke-ink-faint/30 dark:stroke-white/10"
                  strokeDasharray="2 3"
                />
              ))}
              <rect x="0" y="0" width="100%" height="12" rx="6" className="fill-ink/5 dark:fill-white/10" />
              <rect x="0" y="0" width={`${Math.max(3, v * 10)}%`} height="12" rx="6" className={barColor(v)} />
            </svg>,
            <span key={`${key}-value`} className="w-8 text-right font-semibold tabular-nums">
              {v.toFixed(1)}
            </span>,
          ];
        })}
      </div>
    </figure>
  );
}

const BAR_FILL: Record<ScoreTone, string> = {
  success: "fill-accent-500",
  warning: "fill-warn-400",
  danger: "fill-danger-400",
  neutral: "fill-danger-400",
};

function barColor(v: number): string {
  return BAR_FILL[scoreTone(v)];
}
