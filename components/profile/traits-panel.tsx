import { CriteriaBars } from "@/components/charts/criteria-bars";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { scoredCriteria } from "@/core/rubric";
import type { TraitCount, TraitSummary } from "@/lib/profile/traits";

// Strengths and weaknesses gathered from evaluated interviews, with how many interviews noted each one.

export function TraitsPanel({ summary }: { summary: TraitSummary }) {
  if (summary.interviews_evaluated === 0) {
    return (
      <Card>
        <CardHeader title="From your interviews" />
        <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
          No evaluated interviews yet. Practise one and your recurring strengths and weaknesses will appear here.
        </p>
        <LinkButton href="/interview/new" className="mt-4 w-full">
          Practise an interview
        </LinkButton>
      </Card>
    );
  }
  const n = summary.interviews_evaluated;
  return (
    <Card>
      <CardHeader
        title="From your interviews"
        description={`Gathered from ${n} evaluated interview${n === 1 ? "" : "s"}. A new CV never changes these.`}
      />
      <AverageScores scores={summary.average_scores} />
      <TraitList title="Strengths" traits={summary.strengths} tone="success" empty="No strengths noted yet." interviews={n} />
      <TraitList title="To work on" traits={summary.weaknesses} tone="warning" empty="No weaknesses noted yet." interviews={n} />
      <LinkButton href="/interview/new" variant="secondary" className="mt-5 w-full">
        Practise another interview
      </LinkButton>
    </Card>
  );
}

function AverageScores({ scores }: { scores: TraitSummary["average_scores"] }) {
  // All four are computed from the same answers: either all are numbers or none is.
  const criteria = scoredCriteria(scores);
  if (!criteria) return null;
  return (
    <section aria-labelledby="traits-scores" className="mb-5">
      <h3 id="traits-scores" className="mb-2 text-sm font-semibold">
        Average scores
      </h3>
      <CriteriaBars values={criteria} title="Average scores by criterion, out of 10" />
    </section>
  );
}

function TraitList({
  title,
  traits,
  tone,
  empty,
  interviews,
}: {
  title: string;
  traits: TraitCount[];
  tone: "success" | "warning";
  empty: string;
  interviews: number;
}) {
  const id = `traits-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="mb-4">
      <h3 id={id} className="mb-2 text-sm font-semibold">
        {title}
      </h3>
      {traits.length === 0 ? (
        <p className="text-sm text-ink-muted dark:text-ink-dark-muted">{empty}</p>
      ) : (
        <ul className="space-y-1.5">
          {traits.map((trait) => (
            <li key={trait.text} className="flex items-start justify-between gap-3 text-sm">
              <span>{trait.text}</span>
              <Badge tone={tone} className="shrink-0">
                <span aria-hidden="true">×{trait.count}</span>
                <span className="sr-only">
                  in {trait.count} of {interviews} interviews
                </span>
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
