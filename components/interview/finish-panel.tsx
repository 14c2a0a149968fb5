"use client";

import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";

export type FinishPhase = "idle" | "confirm" | "saving" | "evaluating" | "done" | "error";

/** Confirm → save → evaluate, with each step shown as it happens; a failure keeps every answer and offers a retry. */
export function FinishPanel({
  phase,
  error,
  answeredCount,
  total,
  onRetry,
  onBack,
}: {
  phase: FinishPhase;
  error: string | null;
  answeredCount: number;
  total: number;
  onRetry: () => void;
  onBack: () => void;
}) {
  // The panel replaces the question the user was on: move focus to its heading so keyboard and screen-reader
  // users land on it instead of at the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const stage = phase === "confirm" ? "confirm" : phase === "error" ? "error" : "progress";
  useEffect(() => heading.current?.focus(), [stage]);

  if (phase === "confirm" && answeredCount === 0) {
    // Nothing to score: say so plainly and offer the one way forward, not a disabled button.
    return (
      <Card className="mx-auto max-w-xl space-y-4 p-6 text-center">
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          Nothing to evaluate yet
        </h2>
        <Alert tone="warning" className="justify-center text-left">
          Answer at least one question to get an evaluation. Questions you skip are marked as not answered in the report.
        </Alert>
        <div className="flex flex-wrap justify-center gap-3">
          <Button onClick={onBack}>Back to the questions</Button>
        </div>
      </Card>
    );
  }

  if (phase === "confirm") {
    const unanswered = total - answeredCount;
    return (
      <Card className="mx-auto max-w-xl space-y-4 p-6 text-center">
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          Finish and get your feedback?
        </h2>
        <p className="text-ink-muted dark:text-ink-dark-muted">
          You answered {answeredCount} of {total} questions.
          {unanswered > 0 &&
            ` ${unanswered === 1 ? "The unanswered question is" : `The ${unanswered} unanswered questions are`} marked as not answered in the report.`}
        </p>
        <div className="flex flex-wrap justify-center gap-3">
          <Button variant="secondary" onClick={onBack}>
            Keep practising
          </Button>
          <Button onClick={onRetry}>Finish and evaluate</Button>
        </div>
      </Card>
    );
  }

  const steps = [
    { label: "Saving your answers", state: stepState(phase, "saving") },
    {
      label: `Scoring ${answeredCount} ${answeredCount === 1 ? "answer" : "answers"} and writing your coaching`,
      state: stepState(phase, "evaluating"),
    },
    { label: "Opening your report", state: stepState(phase, "done") },
  ];

  return (
    <Card className="mx-auto max-w-xl space-y-5 p-6">
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
        {phase === "error" ? "The evaluation did not finish" : "Evaluating your interview…"}
      </h2>
      <ol className="space-y-3" aria-live="polite">
        {steps.map((step) => (
          <li
            key={step.label}
            className={cn("flex items-center gap-3", step.state === "todo" && "text-ink-muted dark:text-ink-dark-muted")}
          >
            <span className="flex size-6 items-center justify-center" aria-hidden="true">
              {step.state === "active" ? <Spinner className="size-5 text-brand-600" /> : step.state === "done" ? "✓" : "•"}
            </span>
            <span>
              {step.label}
              {step.state === "active" && phase === "evaluating" && <ElapsedSeconds />}
            </span>
          </li>
        ))}
      </ol>
      {phase === "error" && (
        <>
          <Alert tone="error">{error ?? "Something went wrong."} Your answers are kept.</Alert>
          <div className="flex flex-wrap gap-3">
            <Button onClick={onRetry}>Try again</Button>
            <Button variant="secondary" onClick={onBack}>
              Back to my answers
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}

function stepState(phase: FinishPhase, step: "saving" | "evaluating" | "done"): "done" | "active" | "todo" {
  const order = ["saving", "evaluating", "done"];
  if (phase === "error") return "todo";
  const at = order.indexOf(phase);
  const mine = order.indexOf(step);
  if (mine < at) return "done";
  if (mine === at) return "active";
  return "todo";
}

/** Seconds since it mounted, shown after a moment so a long evaluation visibly progresses. */
function ElapsedSeconds() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(t);
  }, []);
  return seconds > 2 ? <span className="text-ink-muted dark:text-ink-dark-muted"> · {seconds}s</span> : null;
}
