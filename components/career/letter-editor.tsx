"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { CopyButton } from "@/components/career/copy-button";
import { GroundingWarnings } from "@/components/career/grounding-warnings";

export type Tone = "professional" | "friendly";

/** The cover letter text (streams in while `streaming`), its tone, editable. */
export function LetterEditor({
  text,
  tone,
  streaming,
  warnings,
  onText,
  onTone,
}: {
  text: string;
  tone: Tone;
  streaming: boolean;
  warnings?: string[];
  onText: (text: string) => void;
  onTone: (tone: Tone) => void;
}) {
  const id = useId();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="w-60">
          <Field id={`${id}-tone`} label="Tone" hint="Regenerate to write it in this tone.">
            <Select id={`${id}-tone`} value={tone} onChange={(e) => onTone(e.target.value as Tone)} aria-describedby={`${id}-tone-hint`}>
              <option value="professional">Professional</option>
              <option value="friendly">Friendly</option>
            </Select>
          </Field>
        </div>
        <CopyButton text={text} label="Copy letter" />
      </div>
      <GroundingWarnings warnings={warnings} what="cover letter" />
      <Field id={`${id}-letter`} label="Cover letter">
        <Textarea
          id={`${id}-letter`}
          rows={22}
          value={text}
          onChange={(e) => onText(e.target.value)}
          readOnly={streaming}
          aria-busy={streaming}
          maxLength={20_000}
          className="font-serif text-[0.95rem]"
        />
      </Field>
    </div>
  );
}
