// A line chart of overall scores over time, drawn as plain SVG (no chart library). Server-renderable.

export type TrendPoint = { id: string; date: string; score: number; label: string };

const W = 640;
const H = 220;
const PAD = { top: 16, right: 16, bottom: 32, left: 36 };

export function ScoreTrendChart({ points, title = "Overall score over time" }: { points: TrendPoint[]; title?: string }) {
  if (points.length === 0) return null;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (score: number) => PAD.top + innerH - (score / 10) * innerH;
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const area = `${path} L${x(points.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`;
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  const sameDay = points[0].date.slice(0, 10) === points[points.length - 1].date.slice(0, 10);
  const anchor = (i: number) => (points.length === 1 ? "middle" : i === 0 ? "start" : i === points.length - 1 ? "end" : "middle");
  const summary = points.map((p) => `${p.label}: ${p.score}`).join("; ");

  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={`${title}. ${summary}`}>
        {[0, 2.5, 5, 7.5, 10].map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className="stroke-ink-faint/25 dark:stroke-white/10"
              strokeDasharray={tick === 0 ? undefined : "3 4"}
            />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" className="fill-ink-muted text-[11px] dark:fill-ink-dark-muted">
              {tick}
            </text>
          </g>
        ))}
        <path d={area} className="fill-brand-500/10 dark:fill-brand-400/15" />
        <path
          d={path}
          fill="none"
          className="stroke-brand-600 dark:stroke-brand-300"
          strokeWidth="2.5"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
        {points.map((p, i) => (
          <g key={p.id}>
            <circle
              cx={x(i)}
              cy={y(p.score)}
              r="4.5"
              className="fill-surface stroke-brand-600 dark:fill-surface-dark dark:stroke-brand-300"
              strokeWidth="2.5"
            >
              <title>{`${p.label}: ${p.score}/10`}</title>
            </circle>
            {i % labelEvery === 0 || i === points.length - 1 ? (
              <text x={x(i)} y={H - 10} textAnchor={anchor(i)} className="fill-ink-muted text-[11px] dark:fill-ink-dark-muted">
                {sameDay ? shortTime(p.date) : shortDate(p.date)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}

function shortTime(iso: string): string {
  return new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
}

function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}
