"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { JobAnalysisEditor } from "@/components/career/job-analysis-editor";
import { JobInput } from "@/components/career/job-input";
import { LetterEditor } from "@/components/career/letter-editor";
import { MessagesEditor } from "@/components/career/messages-editor";
import { PanelStatus } from "@/components/career/panel-status";
import { TailoredResumeEditor } from "@/components/career/tailored-resume-editor";
import { useWorkspace } from "@/components/career/use-workspace";
import type { ProfileSnapshot } from "@/lib/career/resume-diff";

/** A panel's "Regenerate" button, plus "From edited resume" when there is a tailored resume to write from. */
function RegenerateActions({
  what,
  pending,
  onRegenerate,
  onFromResume,
}: {
  what: string;
  pending: boolean;
  onRegenerate: () => void;
  onFromResume?: () => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" size="sm" onClick={onRegenerate} pending={pending} aria-label={`Regenerate ${what}`}>
        Regenerate
      </Button>
      {onFromResume && (
        <Button variant="ghost" size="sm" onClick={onFromResume} disabled={pending} aria-label={`Regenerate ${what} from edited resume`}>
          From edited resume
        </Button>
      )}
    </div>
  );
}

/** /career/new: the job, then the tailored resume, the cover letter and the messages side by side, then save. */
export function CareerWorkspace({ profile }: { profile: ProfileSnapshot }) {
  const router = useRouter();
  const w = useWorkspace();
  const { input, analysis, resume, letter, messages } = w.state;
  const job = analysis.data;

  async function save() {
    const app = await w.save();
    if (app) router.push(`/career/${app.id}`);
  }

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="1. The job"
          description="Paste the posting's text, or give its link. We read it and list what the job asks for."
          action={
            job ? (
              <Button variant="ghost" size="sm" onClick={w.reset}>
                Start over
              </Button>
            ) : undefined
          }
        />
        <JobInput
          value={input}
          onChange={w.editInput}
          onAnalyze={w.analyze}
          pending={analysis.status === "pending"}
          error={analysis.error}
          focusPaste={w.focusPaste}
        />
      </Card>

      {job && (
        <Card>
          <CardHeader
            title="Job analysis"
            description="Everything here is editable. Your edits are used when you regenerate."
            action={
              <Button
                variant="secondary"
                size="sm"
                onClick={() => w.generateAll(job)}
                disabled={[resume, letter, messages].some((s) => s.status === "pending")}
              >
                Regenerate all from this analysis
              </Button>
            }
          />
          <JobAnalysisEditor job={job} onChange={(next) => w.patch("analysis", { data: next })} />
        </Card>
      )}

      {job && (
        <div className="grid gap-6 xl:grid-cols-2">
          <Card className="xl:col-span-2">
            <CardHeader
              title="2. Tailored resume"
              description="Re-ordered and re-worded from your profile for this job. Nothing is invented."
              action={<RegenerateActions what="resume" pending={resume.status === "pending"} onRegenerate={() => w.tailor(job)} />}
            />
            <PanelStatus status={resume.status} error={resume.error} pendingLabel="Tailoring your resume…" onRetry={() => w.tailor(job)}>
              {resume.data && (
                <TailoredResumeEditor resume={resume.data} profile={profile} onChange={(next) => w.patch("resume", { data: next })} />
              )}
            </PanelStatus>
          </Card>

          <Card>
            <CardHeader
              title="3. Cover letter"
              action={
                <RegenerateActions
                  what="letter"
                  pending={letter.status === "pending"}
                  onRegenerate={() => w.writeLetter(job, letter.tone, null)}
                  onFromResume={resume.data ? () => w.writeLetter(job, letter.tone, resume.data) : undefined}
                />
              }
            />
            <PanelStatus
              status={letter.status}
              error={letter.error}
              pendingLabel="Writing your letter…"
              onRetry={() => w.writeLetter(job, letter.tone, null)}
            >
              {(letter.data !== null || letter.status !== "idle") && (
                <LetterEditor
                  text={letter.data ?? ""}
                  tone={letter.tone}
                  streaming={letter.status === "pending"}
                  warnings={letter.warnings}
                  onText={(text) => w.patch("letter", { data: text })}
                  onTone={(tone) => w.patch("letter", { tone })}
                />
              )}
            </PanelStatus>
          </Card>

          <Card>
            <CardHeader
              title="4. Messages"
              action={
                <RegenerateActions
                  what="messages"
                  pending={messages.status === "pending"}
                  onRegenerate={() => w.writeMessages(job, null)}
                  onFromResume={resume.data ? () => w.writeMessages(job, resume.data) : undefined}
                />
              }
            />
            <PanelStatus
              status={messages.status}
              error={messages.error}
              pendingLabel="Writing your messages…"
              onRetry={() => w.writeMessages(job, null)}
            >
              {messages.data && <MessagesEditor messages={messages.data} onChange={(next) => w.patch("messages", { data: next })} />}
            </PanelStatus>
          </Card>
        </div>
      )}

      {job && (
        <Card>
          <CardHeader
            title="5. Save"
            description="Saves the job, the resume, the letter and the messages as an application you can track."
          />
          {w.saving.error && (
            <Alert tone="error" className="mb-3">
              {w.saving.error}
            </Alert>
          )}
          <Button
            size="lg"
            onClick={save}
            pending={w.saving.pending}
            disabled={[resume, letter, messages].some((s) => s.status === "pending")}
          >
            Save application
          </Button>
        </Card>
      )}
    </div>
  );
}
