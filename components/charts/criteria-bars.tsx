// The four criteria (0–10) as horizontal bars, plain SVG (no chart library, no inline styles). Server-renderable.

export type CriteriaValues = { clarity: number; structure: number; depth: number; examples: number };

const ROWS: Array<{ key: keyof CriteriaValues; label: string }> = [
  { key: "clarity", label: "Clarity" },
  { key: "structure", label: "Structure" },
  { key: "depth", label: "Depth" },
  { key: "examples", label: "Examples" },
];

const W = 480;
const ROW_H = 36;
const LABEL_W = 92;
const VALUE_W = 44;
const BAR_H = 12;

export function CriteriaBars({ values, title = "Scores by criterion, out of 10" }: { values: CriteriaValues; title?: string }) {
  const barW = W - LABEL_W - VALUE_W;
  const H = ROWS.length * ROW_H;
  const summary = ROWS.map(({ key, label }) => `${label} ${values[key].toFixed(1)}`).join(", ");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="img" aria-label={`${title}: ${summary}`}>
      {[2.5, 5, 7.5].map((tick) => (
        <line key={tick} x1={LABEL_W + (tick / 10) * barW} x2={LABEL_W + (tick / 10) * barW} y1={4} y2={H - 4} className="stroke-ink-faint/25 dark:stroke-white/10" strokeDasharray="3 4" />
      ))}
      {ROWS.map(({ key, label }, i) => {
        const v = Math.max(0, Math.min(10, values[key]));
        const cy = i * ROW_H + ROW_H / 2;
        return (
          <g key={key}>
            <text x={0} y={cy + 5} className="fill-ink text-[14px] font-medium dark:fill-ink-dark">
              {label}
            </text>
            <rect x={LABEL_W} y={cy - BAR_H / 2} width={barW} height={BAR_H} rx={BAR_H / 2} className="fill-ink/5 dark:fill-white/10" />
            <rect x={LABEL_W} y={cy - BAR_H / 2} width={Math.max(BAR_H, (v / 10) * barW)} height={BAR_H} rx={BAR_H / 2} className={barColor(v)} />
            <text x={W} y={cy + 5} textAnchor="end" className="fill-ink text-[14px] font-semibold tabular-nums dark:fill-ink-dark">
              {v.toFixed(1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function barColor(v: number): string {
  if (v >= 7) return "fill-accent-500";
  if (v >= 4.5) return "fill-warn-400";
  return "fill-danger-400";
}
