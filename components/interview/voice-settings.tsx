"use client";

import { useId } from "react";
import { Select } from "@/components/ui/select";
import type { SpeechPrefs, VoiceOption } from "@/components/interview/use-speech-synthesis";

/** Read-aloud preferences: on/off, voice and rate (kept in localStorage by useSpeechSynthesis). */
export function VoiceSettings({
  prefs,
  voices,
  onChange,
  onPreview,
}: {
  prefs: SpeechPrefs;
  voices: VoiceOption[];
  onChange: (patch: Partial<SpeechPrefs>) => void;
  onPreview: () => void;
}) {
  const id = useId();
  return (
    <div className="grid gap-4 rounded-md border border-ink-faint/20 bg-surface-muted p-4 text-sm sm:grid-cols-3 dark:border-white/10 dark:bg-surface-dark">
      <label className="flex items-center gap-2 font-medium">
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={prefs.enabled}
          onChange={(e) => onChange({ enabled: e.target.checked })}
        />
        Read questions aloud
      </label>
      <div className="space-y-1">
        <label htmlFor={`${id}-voice`} className="block font-medium">
          Voice
        </label>
        <Select
          id={`${id}-voice`}
          value={prefs.voiceURI ?? ""}
          onChange={(e) => onChange({ voiceURI: e.target.value || null })}
          disabled={!voices.length}
        >
          <option value="">{voices.length ? "Browser default" : "Default voice"}</option>
          {voices.map((v) => (
            <option key={v.voiceURI} value={v.voiceURI}>
              {v.name} ({v.lang})
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-rate`} className="block font-medium">
          Speed: {prefs.rate.toFixed(1)}×
        </label>
        <div className="flex items-center gap-2">
          <input
            id={`${id}-rate`}
            type="range"
            min={0.5}
            max={2}
            step={0.1}
            value={prefs.rate}
            onChange={(e) => onChange({ rate: Number(e.target.value) })}
            className="w-full accent-brand-600"
          />
          <button
            type="button"
            onClick={onPreview}
            className="shrink-0 rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-200 dark:hover:bg-brand-950"
          >
            Test
          </button>
        </div>
      </div>
    </div>
  );
}
