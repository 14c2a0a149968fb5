"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { apiJson } from "@/components/career/api-client";
import { GroundingWarnings } from "@/components/career/grounding-warnings";
import { JobAnalysisEditor } from "@/components/career/job-analysis-editor";
import { MessagesEditor } from "@/components/career/messages-editor";
import { STATUSES } from "@/lib/career/statuses";
import { TailoredResumeEditor } from "@/components/career/tailored-resume-editor";
import type { ProfileSnapshot } from "@/lib/career/resume-diff";
import type { ApplicationStatus, Messages, TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";

export type EditableApplication = {
  id: string;
  status: ApplicationStatus;
  job_data: JobData;
  tailored_resume: TailoredResume | null;
  cover_letter: string | null;
  cover_letter_warnings?: string[];
  messages: Messages | null;
};

/** Everything saved for an application, editable, saved together with "Save changes". */
export function ApplicationEditor({ initial, profile }: { initial: EditableApplication; profile: ProfileSnapshot | null }) {
  const [app, setApp] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [state, setState] = useState<{ pending: boolean; error: string | null; message: string | null }>({
    pending: false,
    error: null,
    message: null,
  });
  const dirty = JSON.stringify(app) !== JSON.stringify(saved);

  async function save() {
    if (app.messages && app.messages.linkedin_message.length > 300) {
      setState({ pending: false, error: "Shorten the LinkedIn note to 300 characters before saving.", message: null });
      return;
    }
    setState({ pending: true, error: null, message: null });
    const res = await apiJson<EditableApplication>(`/api/career/applications/${app.id}`, {
      method: "PATCH",
      body: {
        status: app.status,
        job_data: app.job_data,
        tailored_resume: app.tailored_resume,
        cover_letter: app.cover_letter,
        messages: app.messages,
      },
    });
    if (!res.ok) return setState({ pending: false, error: res.message, message: null });
    setSaved(app);
    setState({ pending: false, error: null, message: "Changes saved." });
  }

  const saveBar = (
    <div className="sticky bottom-4 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-ink-faint/20 bg-surface/95 p-3 shadow-pop backdrop-blur dark:border-white/10 dark:bg-surface-dark-muted/95">
      <Button onClick={save} pending={state.pending} disabled={!dirty && !state.error}>
        Save changes
      </Button>
      <span aria-live="polite" className="text-sm text-ink-muted dark:text-ink-dark-muted">
        {state.error ? (
          <span className="text-danger-600 dark:text-danger-400">{state.error}</span>
        ) : dirty ? (
          "You have unsaved changes."
        ) : (
          state.message
        )}
      </span>
    </div>
  );

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Status" />
        <div className="w-56">
          <Field id="application-status" label="Application status">
            <Select
              id="application-status"
              value={app.status}
              onChange={(e) => setApp({ ...app, status: e.target.value as ApplicationStatus })}
            >
              {STATUSES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </Card>
      <Card>
        <CardHeader title="Job analysis" />
        <JobAnalysisEditor job={app.job_data} onChange={(job_data) => setApp({ ...app, job_data })} />
      </Card>
      <Card>
        <CardHeader title="Tailored resume" />
        {app.tailored_resume ? (
          <TailoredResumeEditor
            resume={app.tailored_resume}
            profile={profile}
            onChange={(tailored_resume) => setApp({ ...app, tailored_resume })}
          />
        ) : (
          <Alert tone="info">No tailored resume was saved with this application.</Alert>
        )}
      </Card>
      <Card>
        <CardHeader title="Cover letter" />
        <GroundingWarnings warnings={app.cover_letter_warnings} what="cover letter" className="mb-3" />
        <Field id="application-letter" label="Cover letter">
          <Textarea
            id="application-letter"
            rows={14}
            value={app.cover_letter ?? ""}
            onChange={(e) => setApp({ ...app, cover_letter: e.target.value })}
            maxLength={20_000}
            className="font-serif"
          />
        </Field>
      </Card>
      <Card>
        <CardHeader title="Messages" />
        {app.messages ? (
          <MessagesEditor messages={app.messages} onChange={(messages) => setApp({ ...app, messages })} />
        ) : (
          <Alert tone="info">No messages were saved with this application.</Alert>
        )}
      </Card>
      {saveBar}
    </div>
  );
}
