"use client";

import { useId, useRef, useState, type ChangeEvent, type ClipboardEvent, type KeyboardEvent } from "react";
import { BADGE_TONES, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { labelId } from "@/components/ui/field";
import { fieldControlClasses } from "@/components/ui/input";

// A list of short texts (skills, links, technologies) edited as tags. Place it in a <Field id={id}>: the field's
// label names both the text box and the list of tags. Enter or comma adds what was typed, Backspace in the empty
// box removes the last tag, each tag has a "Remove <tag>" button, pasting "a, b, c" (or one per line) adds three.
// Tags are trimmed, cut to maxLength and deduplicated ignoring case; changes are announced to screen readers.

type TagInputProps = {
  /** The text box's id; the same id as the surrounding Field. */
  id: string;
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  placeholder?: string;
  /** Tags beyond this many are refused (and the refusal is announced). */
  maxTags?: number;
  /** Longest tag, in characters; longer input is cut. */
  maxLength?: number;
  invalid?: boolean;
  describedBy?: string;
  /** Colour of one tag (e.g. green when the job asks for that skill); brand when null or absent. */
  tone?: (tag: string) => BadgeTone | null;
};

export function TagInput({
  id,
  value,
  onChange,
  onBlur,
  placeholder,
  maxTags = Infinity,
  maxLength = 100,
  invalid,
  describedBy,
  tone,
}: TagInputProps) {
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const helpId = useId();
  const box = useRef<HTMLInputElement>(null);
  const full = value.length >= maxTags;

  const add = (texts: string[]) => {
    const next = [...value];
    const added: string[] = [];
    const refused: string[] = [];
    const repeated: string[] = [];
    for (const raw of texts) {
      const text = raw.replace(/\s+/g, " ").trim().slice(0, maxLength).trim();
      if (!text) continue;
      if (next.some((t) => t.toLowerCase() === text.toLowerCase())) repeated.push(text);
      else if (next.length >= maxTags) refused.push(text);
      else {
        next.push(text);
        added.push(text);
      }
    }
    if (added.length) onChange(next);
    const messages = [
      added.length ? `Added ${added.join(", ")}.` : "",
      repeated.length ? `Already there: ${repeated.join(", ")}.` : "",
      refused.length ? `At most ${maxTags}.` : "",
    ];
    setAnnouncement(messages.filter(Boolean).join(" "));
    // Refused tags stay in the box so nothing typed is lost.
    setDraft(refused.join(", "));
  };

  const removeAt = (index: number) => {
    const removed = value[index];
    onChange(value.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${removed}.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "Enter" || event.key === ",") && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add([draft]);
    } else if (event.key === "Backspace" && draft === "" && value.length > 0) {
      event.preventDefault();
      removeAt(value.length - 1);
    }
  };

  // Some phone keyboards send no key for ",": a comma arriving in the text itself also adds.
  const onTextChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    if (text.includes(",")) add(text.split(","));
    else setDraft(text);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData("text");
    if (!/[,\n]/.test(pasted)) return;
    event.preventDefault();
    const start = event.currentTarget.selectionStart ?? draft.length;
    const end = event.currentTarget.selectionEnd ?? draft.length;
    add((draft.slice(0, start) + pasted + draft.slice(end)).split(/[,\n]/));
  };

  return (
    <div
      className={cn(
        fieldControlClasses,
        "flex min-h-10 flex-wrap items-center gap-1.5 px-2 py-1.5 focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/30",
        invalid && "border-danger-500",
      )}
    >
      {value.length > 0 && (
        <ul className="contents" aria-labelledby={labelId(id)}>
          {value.map((tag, index) => (
            <li
              key={`${tag}-${index}`}
              className={cn(
                "inline-flex min-w-0 max-w-full items-center gap-1 rounded-full py-0.5 pl-2.5 pr-1 text-xs font-medium",
                BADGE_TONES[tone?.(tag) ?? "brand"],
              )}
            >
              {/* A long link truncates at 12rem: a max width also caps what the text asks of the layout (its
                  min-content width), so no grid or flex parent is pushed wider than a phone screen. */}
              <span className="min-w-0 max-w-48 truncate" title={tag}>
                {tag}
              </span>
              <button
                type="button"
                onClick={() => {
                  removeAt(index);
                  // The button goes away with its tag; keep the keyboard user in the field.
                  box.current?.focus();
                }}
                aria-label={`Remove ${tag}`}
                className="inline-flex size-5 shrink-0 items-center justify-center rounded-full hover:bg-ink/10 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-white/15"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={box}
        id={id}
        value={draft}
        onChange={onTextChange}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          if (draft.trim()) add([draft]);
          onBlur?.();
        }}
        placeholder={full ? `At most ${maxTags}` : value.length === 0 ? placeholder : undefined}
        maxLength={maxLength}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, helpId].filter(Boolean).join(" ")}
        className="min-w-32 flex-1 border-0 bg-transparent px-1 py-0.5 text-sm outline-none placeholder:text-ink-faint focus:ring-0"
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
