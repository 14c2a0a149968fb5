"use client";

import { useState } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/interview/confirm-dialog";
import { LEVEL_LABELS, STATUS_LABELS, TYPE_LABELS, formatDate } from "@/lib/interview/labels";
import { scoreTone } from "@/core/rubric";
import type { InterviewSummary } from "@/lib/interview/summary";

const PAGE_SIZE = 10;

/**
 * The interview history: newest first, "Load more" paging, delete with confirmation. Pages come from the API as a
 * plain array with the next page's URL in the `Link` header.
 */
export function HistoryList({ initial, initialCursor }: { initial: InterviewSummary[]; initialCursor: string | null }) {
  const [items, setItems] = useState(initial);
  const [next, setNext] = useState<string | null>(
    initialCursor && `/api/interview/history?limit=${PAGE_SIZE}&cursor=${encodeURIComponent(initialCursor)}`,
  );
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<InterviewSummary | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function loadMore() {
    if (!next) return;
    setLoading(true);
    setError(null);
    try {
      const res = await fetch(next);
      if (!res.ok) throw new Error(`Couldn't load more interviews (${res.status}).`);
      const page = (await res.json()) as InterviewSummary[];
      setItems((prev) => [...prev, ...page.filter((i) => !prev.some((p) => p.id === i.id))]);
      setNext(nextPageUrl(res.headers.get("link")));
    } catch (e) {
      setError(e instanceof Error ? e.message : "Couldn't load more interviews.");
    } finally {
      setLoading(false);
    }
  }

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleting(true);
    setError(null);
    try {
      const res = await fetch(`/api/interview/${toDelete.id}`, { method: "DELETE" });
      if (!res.ok && res.status !== 404) throw new Error(`The interview could not be deleted (${res.status}).`);
      setItems((prev) => prev.filter((i) => i.id !== toDelete.id));
      setToDelete(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The interview could not be deleted.");
      setToDelete(null);
    } finally {
      setDeleting(false);
    }
  }

  return (
    <div className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <ul
        className="divide-y divide-ink-faint/15 overflow-hidden rounded-lg border border-ink-faint/20 bg-surface dark:divide-white/10 dark:border-white/10 dark:bg-surface-dark-muted"
        aria-label="Interviews"
      >
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-4 px-4 py-4 sm:px-5">
            <ScoreCell score={item.overall_score} />
            {/* A 14rem basis: on a phone the actions wrap below instead of squeezing the title to one word a line. */}
            <div className="min-w-0 grow basis-56 [overflow-wrap:anywhere]">
              <Link
                href={item.status === "evaluated" ? `/interview/${item.id}/report` : `/interview/${item.id}`}
                className="font-semibold hover:underline"
              >
                {item.role}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted dark:text-ink-dark-muted">
                <span>{formatDate(item.created_at)}</span>
                <span aria-hidden="true">·</span>
                <span>{TYPE_LABELS[item.type]}</span>
                <span aria-hidden="true">·</span>
                <span>{LEVEL_LABELS[item.level]}</span>
                <span aria-hidden="true">·</span>
                <span>
                  {item.answered_count}/{item.question_count} answered
                </span>
                <Badge tone={item.status === "evaluated" ? "success" : item.status === "completed" ? "warning" : "neutral"}>
                  {STATUS_LABELS[item.status]}
                </Badge>
              </div>
            </div>
            <div className="ml-auto flex gap-2">
              {item.status === "evaluated" ? (
                <Link
                  href={`/interview/${item.id}/report`}
                  className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-200 dark:hover:bg-brand-950"
                >
                  Report
                </Link>
              ) : (
                <Link
                  href={`/interview/${item.id}`}
                  className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-200 dark:hover:bg-brand-950"
                >
                  Continue
                </Link>
              )}
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setToDelete(item)}
                aria-label={`Delete interview ${item.role} from ${formatDate(item.created_at)}`}
              >
                Delete
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {items.length === 0 && <p className="text-sm text-ink-muted dark:text-ink-dark-muted">No interviews left. Start a new one above.</p>}
      {next && (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={loadMore} pending={loading}>
            Load more
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this interview?"
        confirmLabel="Delete interview"
        pending={deleting}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        {toDelete && (
          <>
            “{toDelete.role}” from {formatDate(toDelete.created_at)} — its answers, scores and coaching are removed for good, and it no
            longer counts towards the strengths and weaknesses on your profile.
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}

/** The `rel="next"` target of a `Link` header, or null. */
function nextPageUrl(link: string | null): string | null {
  // [^<>]: a run starts only at its own "<" (with [^>] a header of many "<" was rescanned from each: quadratic).
  return /<([^<>]+)>;\s*rel="next"/.exec(link ?? "")?.[1] ?? null;
}

function ScoreCell({ score }: { score: number | null }) {
  const tone = scoreTone(score);
  const classes = {
    success: "bg-accent-400/15 text-accent-600 dark:text-accent-400",
    warning: "bg-warn-400/20 text-warn-600 dark:text-warn-400",
    danger: "bg-danger-400/15 text-danger-600 dark:text-danger-400",
    neutral: "bg-ink/5 text-ink-muted dark:bg-white/10 dark:text-ink-dark-muted",
  }[tone];
  return (
    <div className={`flex size-12 shrink-0 flex-col items-center justify-center rounded-md ${classes}`}>
      <span className="text-lg font-bold leading-none tabular-nums">{score === null ? "–" : score.toFixed(1)}</span>
      <span className="sr-only">{score === null ? "not scored" : "out of 10"}</span>
    </div>
  );
}
