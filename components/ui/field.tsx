import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

/**
 * A labelled form field with hint and error text. Give the control `id={id}`,
 * `aria-invalid={!!error}` and `aria-describedby={describedBy(id, hint, error)}`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <Label id={labelId(id)} htmlFor={id}>
        {label}
      </Label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-ink-muted dark:text-ink-dark-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-danger-600 dark:text-danger-400">
          {error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, hint?: unknown, error?: unknown): string | undefined {
  if (error) return `${id}-error`;
  if (hint) return `${id}-hint`;
  return undefined;
}

/** The id Field gives its label, so a control with several parts (TagInput's list) can name itself after it. */
export function labelId(id: string): string {
  return `${id}-label`;
}
