"use client";

import { Alert } from "@/components/ui/alert";
import type { DraftNotice } from "@/components/drafts/use-draft-slots";

/** Says when the page shows this device's draft instead of the copy it loaded, or merged two edits. */
export function DraftNoticeAlert({
  notice,
  label,
  onDismiss,
}: {
  notice: DraftNotice | null;
  label: (slot: number) => string;
  onDismiss: () => void;
}) {
  if (!notice) return null;
  const which = notice.slots.map(label).join(", ");
  return (
    <Alert
      tone={notice.kind === "merged" ? "warning" : "info"}
      title={notice.kind === "merged" ? "Changed in two places — both kept" : "Restored your draft"}
      action={
        <button type="button" onClick={onDismiss} className="text-sm font-medium underline underline-offset-2">
          Dismiss
        </button>
      }
    >
      {notice.kind === "merged"
        ? `${capitalise(which)} was also changed in another tab or device. Both versions are kept here; check that it reads as you want.`
        : `${capitalise(which)}: this device had a newer draft than the copy this page loaded, so the draft is shown and saved.`}
    </Alert>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
