"use client";

import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { Field, describedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { CopyButton } from "@/components/career/copy-button";
import { GroundingWarnings } from "@/components/career/grounding-warnings";
import type { Messages } from "@/core/schemas/career";

const LINKEDIN_LIMIT = 300;

/** Recruiter e-mail, LinkedIn note (live count, at most 300) and follow-up, each editable with a copy button. */
export function MessagesEditor({ messages, onChange }: { messages: Messages; onChange: (next: Messages) => void }) {
  const id = useId();
  const count = messages.linkedin_message.length;
  const over = count > LINKEDIN_LIMIT;
  const set = (key: "email_subject" | "recruiter_email" | "linkedin_message" | "linkedin_followup", value: string) =>
    onChange({ ...messages, [key]: value });
  const emailText = `Subject: ${messages.email_subject}\n\n${messages.recruiter_email}`;
  const countId = `${id}-linkedin-count`;
  return (
    <div className="space-y-6">
      <GroundingWarnings warnings={messages.warnings} what="messages" />
      <section aria-label="Recruiter e-mail" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-sm font-semibold">Recruiter e-mail</h3>
          <CopyButton text={emailText} label="Copy e-mail" />
        </div>
        <Field id={`${id}-subject`} label="Subject">
          <Input
            id={`${id}-subject`}
            value={messages.email_subject}
            onChange={(e) => set("email_subject", e.target.value)}
            maxLength={300}
          />
        </Field>
        <Field id={`${id}-email`} label="E-mail body">
          <Textarea
            id={`${id}-email`}
            rows={8}
            value={messages.recruiter_email}
            onChange={(e) => set("recruiter_email", e.target.value)}
            maxLength={5000}
          />
        </Field>
      </section>

      <section aria-label="LinkedIn connection note" className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-sm font-semibold">LinkedIn connection note</h3>
          <CopyButton text={messages.linkedin_message} label="Copy note" />
        </div>
        <Field
          id={`${id}-linkedin`}
          label="Note"
          error={over ? `LinkedIn allows ${LINKEDIN_LIMIT} characters: shorten it by ${count - LINKEDIN_LIMIT}.` : undefined}
        >
          <Textarea
            id={`${id}-linkedin`}
            rows={4}
            value={messages.linkedin_message}
            onChange={(e) => set("linkedin_message", e.target.value)}
            aria-invalid={over}
            aria-describedby={[countId, describedBy(`${id}-linkedin`, undefined, over)].filter(Boolean).join(" ")}
          />
        </Field>
        <p
          id={countId}
          aria-live="polite"
          className={cn(
            "text-right text-xs tabular-nums",
            over ? "font-semibold text-danger-600 dark:text-danger-400" : "text-ink-muted dark:text-ink-dark-muted",
          )}
          data-testid="linkedin-count"
        >
          {count} / {LINKEDIN_LIMIT} characters
        </p>
      </section>

      <section aria-label="Follow-up message" className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-sm font-semibold">Follow-up</h3>
          <CopyButton text={messages.linkedin_followup} label="Copy follow-up" />
        </div>
        <Field id={`${id}-followup`} label="Follow-up message">
          <Textarea
            id={`${id}-followup`}
            rows={4}
            value={messages.linkedin_followup}
            onChange={(e) => set("linkedin_followup", e.target.value)}
            maxLength={2000}
          />
        </Field>
      </section>
    </div>
  );
}
