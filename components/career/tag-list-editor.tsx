"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** An editable list of short tags (skills): type and press Enter or comma to add, × to remove. */
export function TagListEditor({
  label,
  values,
  onChange,
  highlight,
  placeholder = "Add and press Enter",
}: {
  label: string;
  values: string[];
  onChange: (next: string[]) => void;
  highlight?: (value: string) => "success" | "warning" | "brand" | null;
  placeholder?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState("");
  function add() {
    const parts = draft
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const next = [...values];
    for (const p of parts) if (!next.some((v) => v.toLowerCase() === p.toLowerCase())) next.push(p.slice(0, 100));
    onChange(next);
    setDraft("");
  }
  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      add();
    } else if (e.key === "Backspace" && draft === "" && values.length) {
      onChange(values.slice(0, -1));
    }
  }
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <ul className="flex flex-wrap gap-1.5" aria-label={label}>
        {values.map((v) => (
          <li key={v}>
            <Badge tone={highlight?.(v) ?? "neutral"} className="gap-1 py-1">
              {v}
              <button
                type="button"
                className="ml-0.5 rounded-full px-1 leading-none hover:bg-ink/10"
                aria-label={`Remove ${v}`}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ×
              </button>
            </Badge>
          </li>
        ))}
        {values.length === 0 && <li className="text-xs text-ink-muted dark:text-ink-dark-muted">None yet.</li>}
      </ul>
      <Input
        id={id}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKey}
        onBlur={() => draft.trim() && add()}
        placeholder={placeholder}
        className="h-9"
      />
    </div>
  );
}
