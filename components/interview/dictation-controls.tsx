"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DictationState } from "@/components/interview/use-dictation";

/** Start/stop dictation with a visible microphone state and the recognition error, if any. */
export function DictationControls({
  state,
  error,
  onStart,
  onStop,
  onDismissError,
}: {
  state: DictationState;
  error: string | null;
  onStart: () => void;
  onStop: () => void;
  onDismissError: () => void;
}) {
  const active = state === "listening" || state === "starting";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        {active ? (
          <Button variant="danger" onClick={onStop} aria-label="Stop dictation">
            <MicIcon /> Stop dictation
          </Button>
        ) : (
          <Button variant="secondary" onClick={onStart}>
            <MicIcon /> Dictate
          </Button>
        )}
        <span className="inline-flex items-center gap-2 text-sm" role="status" data-mic-state={state}>
          {state === "listening" ? (
            <>
              <span className="relative flex size-3" aria-hidden="true">
                <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-danger-400 opacity-75 motion-reduce:animate-none" />
                <span className="relative inline-flex size-3 rounded-full bg-danger-500" />
              </span>
              <span className="font-medium text-danger-600 dark:text-danger-400">Listening — pauses are fine, press stop when done</span>
            </>
          ) : state === "starting" ? (
            <span className="text-ink-muted dark:text-ink-dark-muted">Starting the microphone…</span>
          ) : (
            <span className="text-ink-muted dark:text-ink-dark-muted">Microphone off</span>
          )}
        </span>
      </div>
      {error && (
        <Alert
          tone="warning"
          title="Dictation stopped"
          action={
            <button type="button" onClick={onDismissError} className="text-sm font-medium underline underline-offset-2">
              Dismiss
            </button>
          }
        >
          {error}
        </Alert>
      )}
    </div>
  );
}

function MicIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0M12 18v3" />
    </svg>
  );
}
