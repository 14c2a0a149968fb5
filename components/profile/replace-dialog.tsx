"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

// Asked before a new CV replaces fields the user edited by hand (or unsaved changes in the form).
// Built on the shared <Dialog>: focus moves into it, Escape cancels, the page behind is inert.

type ReplaceDialogProps = {
  open: boolean;
  editedLabels: string[];
  unsavedChanges: boolean;
  onKeep: () => void;
  onReplace: () => void;
  onCancel: () => void;
};

export function ReplaceDialog({ open, editedLabels, unsavedChanges, onKeep, onReplace, onCancel }: ReplaceDialogProps) {
  return (
    <Dialog
      open={open}
      title="Replace your edits?"
      size="md"
      bodyClassName="mt-3 space-y-3"
      onCancel={onCancel}
      actions={
        <>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          {editedLabels.length > 0 && (
            <Button variant="secondary" onClick={onKeep}>
              Keep my edits
            </Button>
          )}
          <Button onClick={onReplace}>Replace with the new CV</Button>
        </>
      }
    >
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
    </Dialog>
  );
}
