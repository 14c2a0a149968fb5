"use client";

import { useId, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { fieldControlClasses } from "@/components/ui/input";

// A list of short texts (skills, links, technologies) edited as tags. Enter or comma adds what was typed,
// Backspace in the empty box removes the last tag, each tag has a labelled remove button, pasting
// "a, b, c" adds three tags. Changes are announced to screen readers.

type TagInputProps = {
  id: string;
  values: string[];
  onChange: (values: string[]) => void;
  onBlur?: () => void;
  /** Used in the remove buttons' labels: "Remove skill TypeScript". */
  itemLabel: string;
  placeholder?: string;
  maxLength?: number;
  invalid?: boolean;
  describedBy?: string;
};

export function TagInput({ id, values, onChange, onBlur, itemLabel, placeholder, maxLength = 100, invalid, describedBy }: TagInputProps) {
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const helpId = useId();

  const add = (texts: string[]) => {
    const next = [...values];
    const added: string[] = [];
    for (const raw of texts) {
      const text = raw.replace(/\s+/g, " ").trim().slice(0, maxLength);
      if (text && !next.some((v) => v.toLowerCase() === text.toLowerCase())) {
        next.push(text);
        added.push(text);
      }
    }
    if (added.length) {
      onChange(next);
      setAnnouncement(`Added ${added.join(", ")}.`);
    }
  };

  const removeAt = (index: number) => {
    const removed = values[index];
    onChange(values.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${removed}.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "Enter" || event.key === ",") && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add([draft]);
      setDraft("");
    } else if (event.key === "Backspace" && draft === "" && values.length > 0) {
      event.preventDefault();
      removeAt(values.length - 1);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData("text");
    if (!/[,\n]/.test(text)) return;
    event.preventDefault();
    add(text.split(/[,\n]/));
    setDraft("");
  };

  return (
    <div
      className={cn(
        fieldControlClasses,
        "flex min-h-10 flex-wrap items-center gap-1.5 px-2 py-1.5 focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/30",
        invalid && "border-danger-500",
      )}
    >
      {values.length > 0 && (
        <ul className="contents" aria-label={`${itemLabel} list`}>
          {values.map((value, index) => (
            <li
              key={`${value}-${index}`}
              className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-100 py-0.5 pl-2.5 pr-1 text-xs font-medium text-brand-900 dark:bg-brand-900 dark:text-brand-100"
            >
              <span className="truncate">{value}</span>
              <button
                type="button"
                onClick={() => removeAt(index)}
                aria-label={`Remove ${itemLabel} ${value}`}
                className="inline-flex size-5 items-center justify-center rounded-full hover:bg-brand-200 dark:hover:bg-brand-800"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          add([draft]);
          setDraft("");
          onBlur?.();
        }}
        placeholder={values.length === 0 ? placeholder : undefined}
        maxLength={maxLength}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, helpId].filter(Boolean).join(" ")}
        className="min-w-32 flex-1 bg-transparent px-1 py-0.5 text-sm outline-none placeholder:text-ink-faint"
      />
      <span id={helpId} className="sr-only">
        Press Enter or comma to add. Backspace in the empty box removes the last one.
      </span>
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
