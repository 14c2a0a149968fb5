import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { TailoredResume } from "@/core/schemas/career";

/** The match score with the job's keywords found and missing in the profile. */
export function MatchSummary({ match }: { match: TailoredResume["match"] }) {
  const score = Math.round(match.score);
  const tone =
    score >= 70
      ? "text-accent-600 dark:text-accent-400"
      : score >= 40
        ? "text-warn-600 dark:text-warn-400"
        : "text-danger-600 dark:text-danger-400";
  return (
    <div className="grid gap-4 sm:grid-cols-[auto_1fr]">
      <div className="flex flex-col items-center justify-center rounded-lg border border-ink-faint/20 px-6 py-4 dark:border-white/10">
        <span className={cn("text-4xl font-bold tabular-nums", tone)} aria-label={`Match score ${score} out of 100`}>
          {score}
        </span>
        <span className="text-xs text-ink-muted dark:text-ink-dark-muted">match score / 100</span>
      </div>
      <div className="space-y-3">
        <KeywordList title="Matched keywords" items={match.matched} tone="success" empty="No keywords matched yet." />
        <KeywordList title="Missing keywords" items={match.missing} tone="warning" empty="Nothing missing." />
      </div>
    </div>
  );
}

function KeywordList({ title, items, tone, empty }: { title: string; items: string[]; tone: "success" | "warning"; empty: string }) {
  return (
    <section aria-label={title}>
      <h4 className="mb-1.5 text-sm font-semibold">
        {title} <span className="font-normal text-ink-muted dark:text-ink-dark-muted">({items.length})</span>
      </h4>
      {items.length ? (
        <ul className="flex flex-wrap gap-1.5">
          {items.map((k) => (
            <li key={k}>
              <Badge tone={tone}>{k}</Badge>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-ink-muted dark:text-ink-dark-muted">{empty}</p>
      )}
    </section>
  );
}
