"use client";

import { useRef, useState, type DragEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import { ReplaceDialog } from "@/components/profile/replace-dialog";
import { sendCv, type UploadedProfile, type UploadPayload } from "@/components/profile/upload-request";
import { ACCEPTED_EXTENSIONS, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES } from "@/lib/documents/limits";

// Drop or pick a CV file, or paste its text. Shows upload progress, then a pending state while the server reads
// and parses it. On failure the file and the pasted text stay, with the reason and a Retry button.

type Phase = { name: "idle" } | { name: "uploading"; fraction: number | null } | { name: "parsing" } | { name: "error"; message: string };

type CvUploaderProps = {
  /** With a profile already there, the paste box starts folded away. */
  hasProfile: boolean;
  editedLabels: string[];
  unsavedChanges: boolean;
  onUploaded: (profile: UploadedProfile) => void;
};

export function CvUploader({ hasProfile, editedLabels, unsavedChanges, onUploaded }: CvUploaderProps) {
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [pasteOpen, setPasteOpen] = useState(!hasProfile);
  const [dragging, setDragging] = useState(false);
  const [asking, setAsking] = useState<UploadPayload | null>(null);
  const [last, setLast] = useState<{ payload: UploadPayload; keepEdited: boolean } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = phase.name === "uploading" || phase.name === "parsing";

  const send = async (payload: UploadPayload, keepEdited: boolean) => {
    setAsking(null);
    setLast({ payload, keepEdited });
    setPhase({ name: "uploading", fraction: 0 });
    const outcome = await sendCv(payload, keepEdited, (fraction) =>
      setPhase(fraction === 1 ? { name: "parsing" } : { name: "uploading", fraction }),
    );
    if (!outcome.ok) return setPhase({ name: "error", message: outcome.message });
    setPhase({ name: "idle" });
    setFile(null);
    onUploaded(outcome.profile);
  };

  const start = (payload: UploadPayload) => {
    if (editedLabels.length > 0 || unsavedChanges) setAsking(payload);
    else void send(payload, false);
  };

  const chooseFile = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    const problem = checkFile(chosen);
    if (problem) {
      setLast(null); // Retry would send the previous CV again, not this file: only "Choose another file" helps
      return setPhase({ name: "error", message: problem });
    }
    start({ file: chosen });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) chooseFile(event.dataTransfer.files[0]);
  };

  return (
    <>
      <div className="space-y-5">
        <div
          onDragOver={(e) => {
            e.preventDefault();
            if (!busy) setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={cn(
            "flex flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors",
            dragging ? "border-brand-500 bg-brand-50 dark:bg-brand-950" : "border-ink-faint/40 dark:border-white/15",
          )}
        >
          <p className="text-sm font-medium">Drag your CV here, or</p>
          <input
            ref={inputRef}
            id="cv-file"
            type="file"
            accept={[...ACCEPTED_EXTENSIONS, "application/pdf", "text/plain", "text/markdown"].join(",")}
            className="sr-only"
            tabIndex={-1} // keyboard users reach it through the "Choose a file" button
            aria-describedby="cv-file-hint"
            disabled={busy}
            onChange={(e) => {
              chooseFile(e.target.files?.[0]);
              e.target.value = ""; // picking the same file again must trigger a new upload
            }}
          />
          <Label htmlFor="cv-file" className="sr-only">
            CV file
          </Label>
          <Button variant="secondary" onClick={() => inputRef.current?.click()} disabled={busy}>
            Choose a file
          </Button>
          <p id="cv-file-hint" className="text-xs text-ink-muted dark:text-ink-dark-muted">
            PDF, DOCX, TXT or MD, at most {MAX_UPLOAD_BYTES / (1024 * 1024)} MB.
            {file && <span className="block font-medium text-ink dark:text-ink-dark">Selected: {file.name}</span>}
          </p>
        </div>

        <Progress phase={phase} />
        {phase.name === "error" && (
          <Alert
            tone="error"
            title="Your CV could not be read"
            action={
              // Retry helps when the server or the model failed; a file it cannot read needs another file.
              <div className="flex flex-wrap gap-2">
                {last && (
                  <Button size="sm" variant="secondary" onClick={() => void send(last.payload, last.keepEdited)}>
                    Retry
                  </Button>
                )}
                <Button size="sm" variant="secondary" onClick={() => inputRef.current?.click()}>
                  Choose another file
                </Button>
              </div>
            }
          >
            {phase.message}
          </Alert>
        )}

        <details open={pasteOpen} onToggle={(e) => setPasteOpen(e.currentTarget.open)}>
          <summary id="cv-text-summary" className="cursor-pointer text-sm font-medium text-ink marker:text-ink-muted dark:text-ink-dark">
            Or paste the text of your CV
          </summary>
          <div className="mt-2 space-y-2">
            <Textarea
              id="cv-text"
              aria-labelledby="cv-text-summary"
              rows={6}
              value={text}
              maxLength={MAX_TEXT_CHARS}
              onChange={(e) => setText(e.target.value)}
              placeholder="Jane Doe — Software Engineer — jane@example.com …"
              disabled={busy}
            />
            <div className="flex items-center justify-between gap-3">
              <span className="text-xs text-ink-muted dark:text-ink-dark-muted">
                {text.length.toLocaleString("en-US")} / {MAX_TEXT_CHARS.toLocaleString("en-US")} characters
              </span>
              <Button variant="secondary" disabled={busy || text.trim() === ""} onClick={() => start({ text })}>
                Read pasted text
              </Button>
            </div>
          </div>
        </details>
      </div>

      <ReplaceDialog
        open={asking !== null}
        editedLabels={editedLabels}
        unsavedChanges={unsavedChanges}
        onCancel={() => setAsking(null)}
        onKeep={() => asking && void send(asking, true)}
        onReplace={() => asking && void send(asking, false)}
      />
    </>
  );
}

function Progress({ phase }: { phase: Phase }) {
  if (phase.name === "uploading") {
    const percent = phase.fraction === null ? null : Math.round(phase.fraction * 100);
    return (
      <div className="space-y-1.5" role="status">
        <p className="text-sm font-medium">{percent === null ? "Uploading…" : `Uploading… ${percent}%`}</p>
        <progress className="h-2 w-full accent-brand-600" max={100} value={percent ?? undefined} aria-label="Upload progress" />
      </div>
    );
  }
  if (phase.name === "parsing") return <Spinner className="size-4" label="Reading and parsing your CV…" />;
  return null;
}

function checkFile(file: File): string | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return "Choose a PDF, DOCX, TXT or MD file, or paste the text below.";
  if (file.size > MAX_UPLOAD_BYTES)
    return `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB. Choose a smaller file, or paste the text below.`;
  if (file.size === 0) return "The file is empty.";
  return null;
}
