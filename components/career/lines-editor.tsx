"use client";

import { useId } from "react";
import { Field, describedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

/** A list of sentences edited as one textarea, one item per line. */
export function LinesEditor({
  label,
  values,
  onChange,
  rows = 4,
}: {
  label: string;
  values: string[];
  onChange: (next: string[]) => void;
  rows?: number;
}) {
  const id = useId();
  const hint = "One per line.";
  return (
    <Field id={id} label={label} hint={hint}>
      <Textarea
        id={id}
        rows={Math.max(rows, Math.min(values.length + 1, 12))}
        value={values.join("\n")}
        onChange={(e) => onChange(e.target.value.split("\n"))}
        onBlur={(e) =>
          onChange(
            e.target.value
              .split("\n")
              .map((l) => l.trim())
              .filter(Boolean),
          )
        }
        aria-describedby={describedBy(id, hint)}
      />
    </Field>
  );
}
