import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { MatchKeyword, TailoredResume } from "@/core/schemas/career";

const WHY: Record<MatchKeyword["importance"], string> = {
  required: "required",
  duty: "a duty",
  mentioned: "named in the posting",
  nice_to_have: "nice to have",
  area: "broad area",
};

/**
 * The match score with each of the job's keywords found and missing in the profile and, when the resume has them,
 * their weights and the sum behind the score (resumes saved before weights existed show the plain lists).
 */
export function MatchSummary({ match }: { match: TailoredResume["match"] }) {
  const score = Math.round(match.score);
  const tone =
    score >= 70
      ? "text-accent-600 dark:text-accent-400"
      : score >= 40
        ? "text-warn-600 dark:text-warn-400"
        : "text-danger-600 dark:text-danger-400";
  const keywords = match.keywords;
  const weigh = (matched: boolean) => keywords?.filter((k) => k.matched === matched) ?? null;
  const total = keywords?.reduce((n, k) => n + k.weight, 0) ?? 0;
  const got = keywords?.reduce((n, k) => n + (k.matched ? k.weight : 0), 0) ?? 0;
  return (
    <div className="grid gap-4 sm:grid-cols-[auto_1fr]">
      <div className="flex flex-col items-center justify-center rounded-lg border border-ink-faint/20 px-6 py-4 dark:border-white/10">
        <span className={cn("text-4xl font-bold tabular-nums", tone)} aria-label={`Match score ${score} out of 100`}>
          {score}
        </span>
        <span className="text-xs text-ink-muted dark:text-ink-dark-muted">match score / 100</span>
      </div>
      <div className="space-y-3">
        <KeywordList
          title="Matched keywords"
          names={match.matched}
          weighted={weigh(true)}
          tone="success"
          empty="No keywords matched yet."
        />
        <KeywordList title="Missing keywords" names={match.missing} weighted={weigh(false)} tone="warning" empty="Nothing missing." />
        {keywords && total > 0 && (
          <p className="text-xs text-ink-muted dark:text-ink-dark-muted">
            How the score is counted: each keyword weighs 3 when the posting requires it, 2 when it is a duty or named elsewhere, 1 when it
            is a nice-to-have or a broad area. Matched weight {got} of {total} = {score}.
          </p>
        )}
      </div>
    </div>
  );
}

function KeywordList({
  title,
  names,
  weighted,
  tone,
  empty,
}: {
  title: string;
  names: string[];
  weighted: MatchKeyword[] | null;
  tone: "success" | "warning";
  empty: string;
}) {
  const count = weighted?.length ?? names.length;
  const weight = weighted?.reduce((n, k) => n + k.weight, 0);
  return (
    <section aria-label={title}>
      <h3 className="mb-1.5 text-sm font-semibold">
        {title}{" "}
        <span className="font-normal text-ink-muted dark:text-ink-dark-muted">
          ({count}
          {weight !== undefined ? `, weight ${weight}` : ""})
        </span>
      </h3>
      {count ? (
        <ul className="flex flex-wrap gap-1.5">
          {weighted
            ? weighted.map((k) => (
                <li key={k.skill}>
                  <Badge tone={tone}>
                    {k.term}
                    <span aria-hidden="true" className="ml-1.5 tabular-nums" title={`weight ${k.weight}: ${WHY[k.importance]}`}>
                      ×{k.weight}
                    </span>
                    <span className="sr-only">
                      , weight {k.weight}, {WHY[k.importance]}
                    </span>
                  </Badge>
                </li>
              ))
            : names.map((k) => (
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
