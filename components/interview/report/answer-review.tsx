import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ScoreRing } from "@/components/charts/score-ring";
import { EvaluateButton } from "@/components/interview/evaluate-button";
import { HighlightedAnswer } from "@/components/interview/report/highlighted-answer";
import { DeliveryFigures } from "@/components/interview/report/delivery-figures";
import { bandFor, CRITERION_LABELS, presentCriteria } from "@/core/rubric";
import type { AnswerEvaluation } from "@/core/schemas/interview";

/** One question of the report: the answer with its evidence highlighted, scores with band texts, feedback, a stronger answer. */
export function AnswerReview({
  interviewId,
  number,
  question,
  category,
  answer,
  evaluation,
}: {
  interviewId: string;
  number: number;
  question: string;
  category: string;
  answer: string;
  evaluation: AnswerEvaluation | null;
}) {
  const status = evaluation?.status ?? "unanswered";
  return (
    <Card className="print-break space-y-5" aria-labelledby={`q${number}-title`}>
      <div className="flex items-start gap-4">
        <div className="min-w-0 flex-1 space-y-2">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold text-ink-muted dark:text-ink-dark-muted">Question {number}</span>
            {category && <Badge tone="brand">{category}</Badge>}
            {status === "failed" && <Badge tone="danger">Not evaluated</Badge>}
            {status === "unanswered" && <Badge>Not answered</Badge>}
          </div>
          <h3 id={`q${number}-title`} className="text-lg font-semibold leading-snug">
            {question}
          </h3>
        </div>
        {status === "ok" && evaluation && <ScoreRing score={evaluation.overall_score} size="sm" label={`Question ${number} score`} />}
      </div>

      {answer.trim() ? (
        <div>
          <h4 className="mb-1.5 text-sm font-semibold">Your answer</h4>
          <HighlightedAnswer answer={answer} evidence={evaluation?.evidence ?? []} />
          {(evaluation?.evidence.length ?? 0) > 0 && (
            <p className="mt-1.5 text-xs text-ink-muted dark:text-ink-dark-muted">
              Highlighted: the passages the evaluation quotes as evidence.
            </p>
          )}
        </div>
      ) : (
        <p className="text-sm text-ink-muted dark:text-ink-dark-muted">You didn&apos;t answer this question, so it isn&apos;t scored.</p>
      )}

      {status === "failed" && (
        <Alert
          tone="error"
          title="This answer could not be evaluated"
          action={<EvaluateButton interviewId={interviewId} label="Retry evaluation" />}
        >
          {evaluation?.error ?? "The model failed."} Nothing was made up in its place. Retrying evaluates the whole interview again.
        </Alert>
      )}

      {status === "ok" && evaluation && (
        <>
          {evaluation.criteria && (
            <dl className="grid gap-3 sm:grid-cols-2">
              {presentCriteria(evaluation.criteria).map((key) => {
                const score = evaluation.criteria![key] ?? 0;
                const band = bandFor(key, score);
                return (
                  <div key={key} className="rounded-md bg-surface-muted p-3 dark:bg-surface-dark">
                    <dt className="flex items-baseline justify-between text-sm font-semibold">
                      <span>
                        {CRITERION_LABELS[key]} <span className="font-normal text-ink-muted dark:text-ink-dark-muted">· {band.label}</span>
                      </span>
                      <span className="tabular-nums">{score}/10</span>
                    </dt>
                    <dd className="mt-1 text-sm text-ink-muted dark:text-ink-dark-muted">{band.description}</dd>
                  </div>
                );
              })}
            </dl>
          )}
          <TraitLists strengths={evaluation.strengths} weaknesses={evaluation.weaknesses} />
          {evaluation.feedback && (
            <div>
              <h4 className="mb-1 text-sm font-semibold">Feedback</h4>
              <p className="whitespace-pre-line text-sm leading-relaxed">{evaluation.feedback}</p>
            </div>
          )}
          {evaluation.improved_answer && (
            <div className="rounded-md border-l-4 border-accent-500 bg-accent-400/10 p-4">
              <h4 className="mb-1 text-sm font-semibold">A stronger answer</h4>
              <AnswerOutline text={withoutLeadIn(evaluation.improved_answer)} />
            </div>
          )}
        </>
      )}

      {status === "unanswered" && evaluation?.improved_answer && (
        <div className="rounded-md border-l-4 border-brand-400 bg-brand-50 p-4 dark:bg-brand-950">
          <h4 className="mb-1 text-sm font-semibold">What a strong answer covers</h4>
          <AnswerOutline text={withoutLeadIn(evaluation.improved_answer)} />
        </div>
      )}

      {answer.trim() && evaluation && <DeliveryFigures delivery={evaluation.delivery} />}
    </Card>
  );
}

// A model answer often comes as "- point" or "1. step" lines: show those as a real list (screen readers count
// the items; wrapped lines indent under their marker), anything else as the text it is.
function AnswerOutline({ text }: { text: string }) {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const bullet = /^[-•*]\s+/;
  const numbered = /^\d+[.)]\s+/;
  const kind =
    lines.length > 1 && lines.every((l) => bullet.test(l)) ? "ul" : lines.length > 1 && lines.every((l) => numbered.test(l)) ? "ol" : null;
  if (!kind) return <p className="whitespace-pre-line text-sm leading-relaxed">{text}</p>;
  const items = lines.map((l) => l.replace(kind === "ul" ? bullet : numbered, ""));
  const List = kind;
  return (
    <List className={`space-y-1 pl-5 text-sm leading-relaxed ${kind === "ul" ? "list-disc" : "list-decimal"}`}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </List>
  );
}

// The heading already says "A stronger answer"; drop a first line that only repeats it.
function withoutLeadIn(text: string): string {
  // regex-scan: runs in the user's own browser on one stored feedback text (at most 5,000 characters)
  return text.replace(/^\s*(a stronger answer|a strong answer would cover|stronger answer)\s*:?\s*\n/i, "");
}

function TraitLists({ strengths, weaknesses }: { strengths: string[]; weaknesses: string[] }) {
  if (!strengths.length && !weaknesses.length) return null;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {strengths.length > 0 && (
        <div>
          <h4 className="mb-1 text-sm font-semibold text-accent-600 dark:text-accent-400">What worked</h4>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {strengths.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      {weaknesses.length > 0 && (
        <div>
          <h4 className="mb-1 text-sm font-semibold text-warn-600 dark:text-warn-400">To improve</h4>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {weaknesses.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
