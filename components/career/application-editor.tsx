"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { GroundingWarnings } from "@/components/career/grounding-warnings";
import { JobAnalysisEditor } from "@/components/career/job-analysis-editor";
import { MessagesEditor } from "@/components/career/messages-editor";
import { StatusSelect } from "@/components/career/status-select";
import { TailoredResumeEditor } from "@/components/career/tailored-resume-editor";
import type { ProfileSnapshot } from "@/lib/career/resume-diff";
import { errorMessage } from "@/lib/api-client/errors";
import { apiSend } from "@/lib/api-client/request";
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

/** Everything saved for an application, editable: the status saves on change, the rest with "Save changes". */
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
    try {
      await apiSend(`/api/career/applications/${app.id}`, {
        method: "PATCH",
        // The status is not sent: StatusSelect saves it on change, and an older copy here must not undo that.
        body: {
          job_data: app.job_data,
          tailored_resume: app.tailored_resume,
          cover_letter: app.cover_letter,
          messages: app.messages,
        },
      });
    } catch (error) {
      return setState({ pending: false, error: errorMessage(error), message: null });
    }
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

  // Documents first (what the person works on and sends), then the status and the posting; the page's side column
  // (exports, practice) stays beside them.
  return (
    <div className="space-y-6">
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
      <Card>
        <CardHeader title="Status" />
        {/* Saved as soon as it changes, as in the list of applications. */}
        <StatusSelect id={app.id} status={app.status} label="Application status" />
      </Card>
      <Card>
        <CardHeader title="Job posting" />
        <JobAnalysisEditor job={app.job_data} onChange={(job_data) => setApp({ ...app, job_data })} />
      </Card>
      {saveBar}
    </div>
  );
}
