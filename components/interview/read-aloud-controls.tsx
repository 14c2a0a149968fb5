"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SpeakerIcon } from "@/components/interview/icons";
import { VoiceSettings } from "@/components/interview/voice-settings";
import type { useSpeechSynthesis } from "@/components/interview/use-speech-synthesis";

type Speech = ReturnType<typeof useSpeechSynthesis>;

/**
 * "Read aloud", its settings, and plain words when reading aloud cannot work (no speech API, no voices, refused).
 * The row keeps its height from the first server render on, so nothing below it moves as the browser's
 * capabilities become known after hydration (the server cannot know them).
 */
export function ReadAloudControls({ speech, text, settingsId }: { speech: Speech; text: string; settingsId: string }) {
  const [showSettings, setShowSettings] = useState(false);
  return (
    <div className="space-y-3">
      <div className="flex min-h-8 flex-wrap items-center gap-2" data-testid="read-aloud">
        {speech.supported ? (
          <>
            <Button variant="secondary" size="sm" onClick={() => speech.speak(text, { force: true })}>
              <SpeakerIcon /> Read aloud
            </Button>
            {speech.speaking && (
              <span className="inline-flex items-center gap-1.5 text-xs text-brand-700 dark:text-brand-300" role="status">
                <span className="size-2 animate-pulse rounded-full bg-brand-500 motion-reduce:animate-none" aria-hidden="true" />
                Reading aloud…
              </span>
            )}
            <Button
              variant="ghost"
              size="sm"
              aria-expanded={showSettings}
              aria-controls={settingsId}
              onClick={() => setShowSettings((s) => !s)}
            >
              Voice settings
            </Button>
          </>
        ) : speech.known ? (
          <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
            Reading aloud is not available in this browser. The question is written above.
          </p>
        ) : null}
      </div>
      {speech.problem && (
        <Alert
          tone="warning"
          action={
            <button type="button" onClick={speech.dismissProblem} className="text-sm font-medium underline underline-offset-2">
              Dismiss
            </button>
          }
        >
          {speech.problem}
        </Alert>
      )}
      {showSettings && speech.supported && (
        <div id={settingsId}>
          <VoiceSettings
            prefs={speech.prefs}
            voices={speech.voices}
            onChange={speech.setPrefs}
            onPreview={() => speech.speak(text, { force: true })}
          />
        </div>
      )}
    </div>
  );
}
