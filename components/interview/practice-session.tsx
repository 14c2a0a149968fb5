"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Textarea } from "@/components/ui/textarea";
import { DictationControls } from "@/components/interview/dictation-controls";
import { FinishPanel, type FinishPhase } from "@/components/interview/finish-panel";
import { QuestionProgress } from "@/components/interview/question-progress";
import { QuestionTimer } from "@/components/interview/question-timer";
import { SaveIndicator } from "@/components/interview/save-indicator";
import { ReadAloudControls } from "@/components/interview/read-aloud-controls";
import { useAnswerDrafts } from "@/components/interview/use-answer-drafts";
import { useDictation } from "@/components/interview/use-dictation";
import { useSpeechSynthesis } from "@/components/interview/use-speech-synthesis";
import { readStorage, writeStorage } from "@/components/interview/browser";
import { DraftNoticeAlert } from "@/components/drafts/draft-notice";
import { apiSend } from "@/lib/api-client/request";
import { firstUnanswered, joinDictated, wordCount } from "@/lib/interview/practice";

export type PracticeQuestion = { text: string; category: string; suggested_seconds: number };

type Props = { id: string; questions: PracticeQuestion[]; answers: string[]; revisions: number[]; evaluated: boolean };

/** The practice screen: one question at a time, typed or dictated answers, autosaved, then finish → evaluate. */
export function PracticeSession({ id, questions, answers: initialAnswers, revisions, evaluated }: Props) {
  const router = useRouter();
  const answerId = useId();
  const positionKey = `intervu-practice-${id}`;
  const [index, setIndex] = useState(() => firstUnanswered(initialAnswers, questions.length));
  const [elapsed, setElapsed] = useState<number[]>(() => questions.map(() => 0));
  const [phase, setPhase] = useState<FinishPhase>("idle");
  const [finishError, setFinishError] = useState<string | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const indexRef = useRef(index);
  const dictatingIndexRef = useRef(index);
  useEffect(() => {
    indexRef.current = index;
  }, [index]);

  const autosave = useAnswerDrafts({ interviewId: id, answers: questions.map((_, i) => initialAnswers[i] ?? ""), revisions });
  const answers = autosave.values;
  const setAnswer = autosave.setValue;
  const speech = useSpeechSynthesis();

  const dictation = useDictation({
    onFinal: (text) => {
      // The question that was on screen when dictation started: a last result delivered after the user moved on
      // still belongs to it.
      setAnswer(dictatingIndexRef.current, (prev) => joinDictated(prev, text));
    },
  });

  // Resume where the user left off: the last question viewed on this device, else the first unanswered one.
  useEffect(() => {
    const stored = Number(readStorage(positionKey));
    // localStorage exists only in the browser, so the stored position is applied after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (Number.isInteger(stored) && stored >= 0 && stored < questions.length) setIndex(stored);
  }, [positionKey, questions.length]);

  useEffect(() => {
    writeStorage(positionKey, String(index));
  }, [index, positionKey]);

  // Read each new question aloud (when enabled, and only once the person has interacted with the page).
  const { speak, cancel } = speech;
  const question = questions[index];
  useEffect(() => {
    if (phase === "idle") speak(question.text);
  }, [question.text, speak, phase]);

  // The timer counts while the question is on screen and the tab is visible.
  useEffect(() => {
    if (phase !== "idle") return;
    const t = setInterval(() => {
      if (document.visibilityState === "visible") setElapsed((prev) => prev.map((s, i) => (i === indexRef.current ? s + 1 : s)));
    }, 1000);
    return () => clearInterval(t);
  }, [phase]);

  const goTo = useCallback(
    (i: number) => {
      if (i < 0 || i >= questions.length) return;
      dictation.stop();
      void autosave.saveNow();
      setIndex(i);
      requestAnimationFrame(() => textareaRef.current?.focus());
    },
    [questions.length, dictation, autosave],
  );

  async function finish() {
    dictation.stop();
    cancel();
    setFinishError(null);
    setPhase("saving");
    const ok = await autosave.saveNow();
    if (!ok) {
      setPhase("error");
      setFinishError("Your latest answers could not be saved, so the evaluation has not started. Check your connection and try again.");
      return;
    }
    try {
      await apiSend(`/api/interview/${id}`, { method: "PATCH", body: { status: "completed" } });
      setPhase("evaluating");
      // Evaluating ten answers with a slow model can take a while; the server has its own per-call timeouts.
      await apiSend(`/api/interview/${id}/evaluate`, { method: "POST", timeoutMs: 180_000 });
      setPhase("done");
      writeStorage(positionKey, null);
      router.push(`/interview/${id}/report`);
      router.refresh();
    } catch (error) {
      setPhase("error");
      setFinishError(error instanceof Error ? error.message : "The evaluation failed. Please try again.");
    }
  }

  const answered = answers.map((a) => a.trim() !== "");
  const current = answers[index];
  const words = wordCount(current);
  const isLast = index === questions.length - 1;

  if (phase !== "idle") {
    return (
      <FinishPanel
        phase={phase}
        error={finishError}
        answeredCount={answered.filter(Boolean).length}
        total={questions.length}
        onRetry={finish}
        onBack={() => {
          setPhase("idle");
          requestAnimationFrame(() => textareaRef.current?.focus());
        }}
      />
    );
  }

  return (
    <div className="space-y-5">
      {evaluated && (
        <Alert
          tone="info"
          title="This interview has been evaluated"
          action={
            <a href={`/interview/${id}/report`} className="text-sm font-medium underline underline-offset-2">
              View the report
            </a>
          }
        >
          You can still change your answers; finish again to get a fresh evaluation.
        </Alert>
      )}

      <DraftNoticeAlert notice={autosave.notice} label={(slot) => `answer ${slot + 1}`} onDismiss={autosave.dismissNotice} />

      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1">
          <QuestionProgress index={index} answered={answered} onJump={goTo} />
        </div>
        <SaveIndicator status={autosave.status} errorMessage={autosave.errorMessage} onRetry={() => void autosave.saveNow()} />
      </div>

      <Card className="space-y-5 p-5 sm:p-7">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex flex-wrap items-center gap-2">
            {question.category && <Badge tone="brand">{question.category}</Badge>}
            {answered[index] ? <Badge tone="success">Answered</Badge> : null}
          </div>
          <QuestionTimer elapsed={elapsed[index]} suggested={question.suggested_seconds} />
        </div>

        <h2 className="text-xl font-semibold leading-snug sm:text-2xl" aria-live="polite">
          {question.text}
        </h2>

        <ReadAloudControls speech={speech} text={question.text} settingsId={`${answerId}-voice`} />

        <div className="space-y-2">
          <div className="flex items-baseline justify-between gap-2">
            <label htmlFor={answerId} className="text-sm font-medium">
              Your answer
            </label>
            <span className="text-xs tabular-nums text-ink-muted dark:text-ink-dark-muted">{words} words</span>
          </div>
          <Textarea
            id={answerId}
            ref={textareaRef}
            rows={10}
            value={current}
            onChange={(e) => setAnswer(index, e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
                e.preventDefault();
                if (!isLast) goTo(index + 1);
              }
            }}
            placeholder={
              dictation.supported
                ? "Type your answer, or press Dictate and speak. You can edit the transcript at any time."
                : "Type your answer here."
            }
            aria-describedby={`${answerId}-hint`}
            className="min-h-56 text-base"
          />
          {dictation.interim && (
            <p
              className="rounded-md bg-brand-50 px-3 py-2 text-sm italic text-brand-900 dark:bg-brand-950 dark:text-brand-100"
              aria-live="polite"
            >
              <span className="sr-only">Hearing: </span>
              {dictation.interim}…
            </p>
          )}
          <p id={`${answerId}-hint`} className="text-xs text-ink-muted dark:text-ink-dark-muted">
            Tip: describe the situation, what you did and the result — numbers help. Ctrl+Enter goes to the next question.
          </p>
        </div>

        {/* Same height before and after hydration: the server cannot know whether the browser can dictate. */}
        <div className="min-h-10">
          {dictation.supported ? (
            <DictationControls
              state={dictation.state}
              error={dictation.error}
              onStart={() => {
                cancel();
                dictatingIndexRef.current = index;
                dictation.start();
              }}
              onStop={dictation.stop}
              onDismissError={() => {
                dictation.dismissError();
                textareaRef.current?.focus();
              }}
            />
          ) : speech.known ? (
            <p className="py-2 text-sm text-ink-muted dark:text-ink-dark-muted">
              Dictation is not available in this browser (it needs speech recognition, as in Chrome, Edge or Safari). Type your answer in
              the box above.
            </p>
          ) : null}
        </div>
      </Card>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button variant="secondary" onClick={() => goTo(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">←</span> Previous question
        </Button>
        <div className="flex flex-wrap gap-2">
          {!isLast && (
            <>
              {!answered[index] && (
                <Button variant="ghost" onClick={() => goTo(index + 1)}>
                  Skip
                </Button>
              )}
              <Button variant={answered[index] ? "primary" : "secondary"} onClick={() => goTo(index + 1)}>
                Next question <span aria-hidden="true">→</span>
              </Button>
            </>
          )}
          <Button variant={isLast ? "primary" : "secondary"} onClick={() => setPhase("confirm")}>
            Finish interview
          </Button>
        </div>
      </div>
    </div>
  );
}
