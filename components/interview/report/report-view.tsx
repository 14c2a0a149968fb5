import Link from "next/link";
import "./report-print.css";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CriteriaBars } from "@/components/charts/criteria-bars";
import { ScoreRing } from "@/components/charts/score-ring";
import { EvaluateButton } from "@/components/interview/evaluate-button";
import { PrintButton } from "@/components/interview/print-button";
import { AnswerReview } from "@/components/interview/report/answer-review";
import { CoachingSection } from "@/components/interview/report/coaching-section";
import { averageCriteria } from "@/lib/interview/scores";
import { LEVEL_LABELS, TYPE_LABELS, categoryLabel, formatDate } from "@/lib/interview/labels";
import type { Interview } from "@/lib/interview/interviews";

/** The evaluated interview as a report: overall score, criteria chart, coaching, then every question. */
export function ReportView({ interview }: { interview: Interview }) {
  const evaluations = new Map(interview.evaluations.map((e) => [e.question_index, e]));
  const criteria = averageCriteria(interview.evaluations);
  const failed = interview.evaluations.filter((e) => e.status === "failed").length;
  const ok = interview.evaluations.filter((e) => e.status === "ok").length;

  return (
    <article className="report-print space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-brand-700 dark:text-brand-300">Interview report</p>
          <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] sm:text-3xl">{interview.role}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-muted dark:text-ink-dark-muted">
            <Badge>{LEVEL_LABELS[interview.level]}</Badge>
            <Badge>{TYPE_LABELS[interview.type]}</Badge>
            {interview.techstack.slice(0, 6).map((t) => (
              <Badge key={t} tone="brand">
                {t}
              </Badge>
            ))}
            <span>· {formatDate(interview.evaluated_at ?? interview.created_at)}</span>
          </div>
        </div>
        <div className="no-print flex flex-wrap items-start gap-2">
          <PrintButton />
          <LinkButton href={`/interview/new?from=${interview.id}`} variant="secondary">
            Practise again
          </LinkButton>
          <EvaluateButton interviewId={interview.id} />
        </div>
      </header>

      {failed > 0 && (
        <p
          role="alert"
          className="rounded-md border border-danger-400/50 bg-danger-400/10 px-4 py-3 text-sm text-danger-600 dark:text-danger-400"
        >
          {failed} {failed === 1 ? "answer" : "answers"} could not be evaluated (the model failed). The score below uses the {ok} that were.
          Use “Evaluate again” to retry.
        </p>
      )}

      <div className="grid gap-6 md:grid-cols-[auto_1fr]">
        <Card className="print-break flex flex-col items-center justify-center gap-2 px-8 text-center">
          <ScoreRing score={interview.overall_score} />
          <p className="text-sm font-medium">Overall score</p>
          <p className="text-xs text-ink-muted dark:text-ink-dark-muted">
            {ok} of {interview.questions.length} answers scored
          </p>
        </Card>
        <Card className="print-break">
          <CardHeader title="By criterion" description="Average over the answers that were scored." />
          {criteria ? (
            <CriteriaBars values={criteria} />
          ) : (
            <p className="text-sm text-ink-muted dark:text-ink-dark-muted">No answer was scored.</p>
          )}
        </Card>
      </div>

      <CoachingSection
        feedback={interview.feedback}
        tips={interview.coaching_tips}
        focusAreas={interview.focus_areas ?? []}
        practicePlan={interview.practice_plan ?? []}
        coachingError={interview.coaching_error ?? null}
      />

      <section className="space-y-4" aria-label="Questions">
        <h2 className="text-xl font-semibold">Question by question</h2>
        {interview.questions.map((question, i) => (
          <AnswerReview
            key={i}
            interviewId={interview.id}
            number={i + 1}
            question={question}
            category={categoryLabel(interview.question_notes[i]?.category ?? "")}
            answer={interview.answers[i] ?? ""}
            evaluation={evaluations.get(i) ?? null}
          />
        ))}
      </section>

      <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-ink-faint/20 pt-4 text-xs text-ink-muted dark:border-white/10 dark:text-ink-dark-muted">
        <p>
          Evaluated by the{" "}
          {interview.engine === "offline" ? "offline engine (rubric scoring, no model)" : `${interview.engine ?? "unknown"} engine`}
          {interview.model ? ` · model ${interview.model}` : ""}
          {interview.evaluated_at ? ` · ${formatDate(interview.evaluated_at, true)}` : ""}
        </p>
        <p className="no-print flex gap-4">
          <Link href={`/interview/${interview.id}`} className="underline underline-offset-2">
            Back to the answers
          </Link>
          <Link href="/interview" className="underline underline-offset-2">
            All interviews
          </Link>
        </p>
      </footer>
    </article>
  );
}
