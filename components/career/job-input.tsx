"use client";

import { useId, useRef, useEffect, useState, type FormEvent, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, describedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

export type JobInputState = { mode: "url" | "text"; url: string; text: string };

/** Step 1: a job posting's URL or its pasted text. A page we can't read switches to the paste box and focuses it. */
export function JobInput({
  value,
  onChange,
  onAnalyze,
  pending,
  error,
  focusPaste,
}: {
  value: JobInputState;
  onChange: (next: JobInputState) => void;
  onAnalyze: () => void;
  pending: boolean;
  error: string | null;
  focusPaste: number;
}) {
  const id = useId();
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  // focusPaste counts switches from a link we could not read to the paste box. Until the user types in the box,
  // the error is about the link: one message above the box, and the empty box itself is not marked invalid.
  const [typedAfterSwitch, setTypedAfterSwitch] = useState(0);
  const linkError = value.mode === "text" && focusPaste > 0 && typedAfterSwitch < focusPaste ? error : null;
  const textError = linkError ? null : error;
  useEffect(() => {
    if (focusPaste > 0) pasteRef.current?.focus();
  }, [focusPaste]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAnalyze();
  };
  // WAI-ARIA tabs: one tab stop (the selected tab); arrow keys, Home and End select the other tab and focus it.
  const MODES = ["text", "url"] as const;
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = MODES.indexOf(value.mode);
    const next =
      e.key === "ArrowRight"
        ? (at + 1) % MODES.length
        : e.key === "ArrowLeft"
          ? (at - 1 + MODES.length) % MODES.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? MODES.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    onChange({ ...value, mode: MODES[next] });
    document.getElementById(`${id}-${MODES[next]}-tab`)?.focus();
  };
  const tab = (mode: "url" | "text", label: string) => (
    <button
      type="button"
      role="tab"
      id={`${id}-${mode}-tab`}
      aria-selected={value.mode === mode}
      // Only the shown panel exists, so only the selected tab points at one.
      aria-controls={value.mode === mode ? `${id}-${mode}-panel` : undefined}
      tabIndex={value.mode === mode ? 0 : -1}
      onClick={() => onChange({ ...value, mode })}
      onKeyDown={onTabKey}
      className={cn(
        "rounded-md px-3 py-1.5 text-sm font-medium",
        value.mode === mode ? "bg-brand-600 text-white" : "text-ink-muted hover:bg-ink/5 dark:text-ink-dark-muted dark:hover:bg-white/5",
      )}
    >
      {label}
    </button>
  );
  const canSubmit = value.mode === "url" ? value.url.trim() !== "" : value.text.trim().length >= 30;
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Job posting">
      <div role="tablist" aria-label="How to add the job" className="inline-flex gap-1 rounded-lg bg-ink/5 p-1 dark:bg-white/5">
        {tab("text", "Paste the text")}
        {tab("url", "Use a link")}
      </div>
      {value.mode === "url" ? (
        <div id={`${id}-url-panel`} role="tabpanel" aria-labelledby={`${id}-url-tab`}>
          <Field
            id={`${id}-url`}
            label="Job posting URL"
            hint="A public page (http or https). If it needs a login, paste the text instead."
            error={error ?? undefined}
          >
            <Input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              placeholder="https://careers.example.com/jobs/123"
              value={value.url}
              onChange={(e) => onChange({ ...value, url: e.target.value })}
              aria-invalid={!!error}
              aria-describedby={describedBy(`${id}-url`, true, error)}
            />
          </Field>
        </div>
      ) : (
        <div id={`${id}-text-panel`} role="tabpanel" aria-labelledby={`${id}-text-tab`} className="space-y-3">
          {linkError && (
            <Alert tone="warning" title="We couldn't read that link">
              {linkError} Copy the posting&apos;s text from your browser and paste it below.
            </Alert>
          )}
          <Field
            id={`${id}-text`}
            label="Job posting text"
            hint="Paste the whole posting: title, company, requirements, responsibilities."
            error={textError ?? undefined}
          >
            <Textarea
              id={`${id}-text`}
              ref={pasteRef}
              rows={10}
              value={value.text}
              onChange={(e) => {
                setTypedAfterSwitch(focusPaste);
                onChange({ ...value, text: e.target.value });
              }}
              maxLength={60_000}
              placeholder="Senior Backend Engineer at Example Ltd. Requirements: Python, PostgreSQL…"
              aria-invalid={!!textError}
              aria-describedby={describedBy(`${id}-text`, true, textError)}
            />
          </Field>
        </div>
      )}
      <Button type="submit" pending={pending} disabled={!canSubmit}>
        {pending ? "Analysing…" : "Analyse the job"}
      </Button>
    </form>
  );
}
