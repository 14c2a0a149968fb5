"use client";

import { Spinner } from "@/components/ui/spinner";
import type { SyncStatus } from "@/components/drafts/use-draft-slots";

/** "Saved / Saving… / Offline, kept on this device / Not saved — retry", announced politely to screen readers. */
export function SaveIndicator({ status, errorMessage, onRetry }: { status: SyncStatus; errorMessage: string | null; onRetry: () => void }) {
  return (
    <div className="flex min-h-8 items-center gap-2 text-sm" aria-live="polite" data-save-status={status}>
      {status === "saving" || status === "pending" ? (
        <span className="inline-flex items-center gap-1.5 text-ink-muted dark:text-ink-dark-muted">
          <Spinner className="size-3.5" /> Saving…
        </span>
      ) : status === "saved" ? (
        <span className="inline-flex items-center gap-1.5 text-accent-600 dark:text-accent-400">
          <CheckIcon /> Saved
        </span>
      ) : status === "offline" ? (
        <span className="inline-flex items-center gap-2 text-ink-muted dark:text-ink-dark-muted">
          <span>Offline — kept on this device, saves when you are back online</span>
          <button type="button" onClick={onRetry} className="rounded px-1.5 py-0.5 font-medium underline underline-offset-2">
            Retry now
          </button>
        </span>
      ) : status === "error" ? (
        <span className="inline-flex items-center gap-2 text-danger-600 dark:text-danger-400" role="alert">
          <span title={errorMessage ?? undefined}>Not saved</span>
          <button
            type="button"
            onClick={onRetry}
            className="rounded px-1.5 py-0.5 font-medium underline underline-offset-2 hover:bg-danger-400/10"
          >
            Retry
          </button>
        </span>
      ) : (
        <span className="text-ink-muted dark:text-ink-dark-muted">Answers save automatically</span>
      )}
    </div>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
      <path
        fillRule="evenodd"
        d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0z"
        clipRule="evenodd"
      />
    </svg>
  );
}
