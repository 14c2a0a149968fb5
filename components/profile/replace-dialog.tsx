"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

// Asked before a new CV replaces fields the user edited by hand (or unsaved changes in the form).
// A native <dialog> opened with showModal(): focus moves into it, Escape cancels, the page behind is inert.

type ReplaceDialogProps = {
  open: boolean;
  editedLabels: string[];
  unsavedChanges: boolean;
  onKeep: () => void;
  onReplace: () => void;
  onCancel: () => void;
};

export function ReplaceDialog({ open, editedLabels, unsavedChanges, onKeep, onReplace, onCancel }: ReplaceDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="replace-dialog-title"
      aria-describedby="replace-dialog-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-ink-faint/20 bg-surface p-6 text-ink shadow-pop backdrop:bg-ink/40 dark:border-white/10 dark:bg-surface-dark-muted dark:text-ink-dark"
    >
      <h2 id="replace-dialog-title" className="text-lg font-semibold">
        Replace your edits?
      </h2>
      <div id="replace-dialog-body" className="mt-3 space-y-3 text-sm text-ink-muted dark:text-ink-dark-muted">
        {editedLabels.length > 0 && (
          <>
            <p>You changed these fields by hand. The new CV would replace them:</p>
            <ul className="list-inside list-disc font-medium text-ink dark:text-ink-dark">
              {editedLabels.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </>
        )}
        {unsavedChanges && <p>The form also has changes you have not saved; they will be lost.</p>}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        {editedLabels.length > 0 && (
          <Button variant="secondary" onClick={onKeep}>
            Keep my edits
          </Button>
        )}
        <Button onClick={onReplace}>Replace with the new CV</Button>
      </div>
    </dialog>
  );
}
