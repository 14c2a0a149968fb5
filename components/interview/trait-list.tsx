/** Recurring strengths or weaknesses with how many interviews noted each. */
export function TraitList({
  items,
  tone,
  empty,
}: {
  items: Array<{ text: string; count: number }>;
  tone: "strength" | "weakness";
  empty: string;
}) {
  if (!items.length) return <p className="text-sm text-ink-muted dark:text-ink-dark-muted">{empty}</p>;
  const max = Math.max(...items.map((i) => i.count));
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.text} className="flex items-start justify-between gap-3 text-sm">
          <span className="flex items-start gap-2">
            <span
              aria-hidden="true"
              className={tone === "strength" ? "text-accent-600 dark:text-accent-400" : "text-warn-600 dark:text-warn-400"}
            >
              {tone === "strength" ? "▲" : "▼"}
            </span>
            {item.text}
          </span>
          <span
            className="shrink-0 rounded-full bg-ink/5 px-2 py-0.5 text-xs font-medium tabular-nums text-ink-muted dark:bg-white/10 dark:text-ink-dark-muted"
            title={`Noted in ${item.count} of your interviews`}
          >
            {item.count}×
            <span className="sr-only">
              {" "}
              (noted in {item.count} {item.count === 1 ? "interview" : "interviews"}
              {item.count === max ? ", the most" : ""})
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
