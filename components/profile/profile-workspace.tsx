"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { GroundingWarnings } from "@/components/career/grounding-warnings";
import { CompletenessMeter } from "@/components/profile/completeness-meter";
import { CvUploader } from "@/components/profile/cv-uploader";
import { ProfileForm } from "@/components/profile/profile-form";
import type { UploadedProfile } from "@/components/profile/upload-request";
import { MAX_TEXT_CHARS } from "@/lib/documents/limits";
import { emptyProfileFields } from "@/core/schemas/profile-empty";
import type { ProfileFields } from "@/core/schemas/profile";
import { engineLabel, PROFILE_FIELD_LABELS, toProfileView, type ProfileView } from "@/lib/profile/view";

// The profile page's interactive part: the CV uploader above the editable profile. A new upload replaces the
// form's contents (after asking, when fields were edited by hand); saving keeps the view in step.

export function ProfileWorkspace({ initial }: { initial: ProfileView | null }) {
  const [view, setView] = useState<ProfileView | null>(initial);
  const [manual, setManual] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<{ text: string; truncated: boolean; warnings: string[] } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // Leaving the page with unsaved edits asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const onUploaded = useCallback((profile: UploadedProfile) => {
    setView(toProfileView(profile));
    setGeneration((g) => g + 1); // a fresh form with the parsed values
    setDirty(false);
    setNotice({ text: uploadSummary(profile), truncated: profile.upload?.truncated ?? false, warnings: profile.warnings ?? [] });
    requestAnimationFrame(() => noticeRef.current?.focus());
  }, []);

  const editedLabels = (view?.edited_fields ?? []).map((name) => PROFILE_FIELD_LABELS[name as keyof ProfileFields] ?? name);
  const engine = view ? engineLabel(view.engine, view.model) : null;

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={view ? "Upload a new CV" : "Start with your CV"}
          description={
            view
              ? "A new CV replaces the fields read from your old one. Your interview strengths and weaknesses stay."
              : "We read it and fill in your profile. You can check and edit everything afterwards."
          }
        />
        <CvUploader hasProfile={view !== null} editedLabels={editedLabels} unsavedChanges={dirty} onUploaded={onUploaded} />
      </Card>

      {notice && (
        <div ref={noticeRef} tabIndex={-1} className="space-y-3 outline-none">
          <Alert tone="success" title="Your CV was read">
            {notice.text}
          </Alert>
          {notice.truncated && (
            <Alert tone="warning">
              Your CV is longer than {MAX_TEXT_CHARS.toLocaleString("en-US")} characters: only the first{" "}
              {MAX_TEXT_CHARS.toLocaleString("en-US")} were read.
            </Alert>
          )}
          {/* What the AI read but the CV does not support (grounded profiles): shown once, after the upload. */}
          <GroundingWarnings warnings={notice.warnings} what="profile" against="cv" />
        </div>
      )}

      {view || manual ? (
        <Card>
          <CardHeader
            title="Your profile"
            description="Check what was read, fix anything that is wrong, and save."
            action={engine ? <Badge tone="brand">Parsed by {engine}</Badge> : <Badge>Entered by hand</Badge>}
          />
          {view && <CompletenessMeter fields={view.fields} />}
          <ProfileForm key={generation} fields={view?.fields ?? emptyProfileFields} onSaved={setView} onDirtyChange={setDirty} />
        </Card>
      ) : (
        <EmptyState
          title="No profile yet"
          action={
            <Button variant="secondary" onClick={() => setManual(true)}>
              Fill it in by hand
            </Button>
          }
        >
          Upload your CV above and your profile appears here, ready to check and edit. It is what your tailored resumes, cover letters and
          interview questions are built from.
        </EmptyState>
      )}
    </div>
  );
}

function uploadSummary(profile: UploadedProfile): string {
  const upload = profile.upload;
  const engine = engineLabel(profile.engine, profile.model ?? null) ?? "the parser";
  const what =
    !upload || upload.source === "paste"
      ? "The pasted text"
      : `${upload.filename ?? "Your file"}${upload.pages ? ` (${upload.pages} page${upload.pages === 1 ? "" : "s"})` : ""}`;
  return `${what} was parsed by ${engine}. Check the fields below and save any changes.`;
}
