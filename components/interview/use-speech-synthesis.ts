"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";

// Reads questions aloud with the browser's speechSynthesis. Preferences (on/off, voice, rate) are kept in
// localStorage so they follow the user from one session to the next.

export type SpeechPrefs = { enabled: boolean; voiceURI: string | null; rate: number };
export type VoiceOption = { voiceURI: string; name: string; lang: string };

const PREFS_KEY = "intervu-speech-prefs";
const DEFAULT_PREFS: SpeechPrefs = { enabled: true, voiceURI: null, rate: 1 };
const NO_VOICES: VoiceOption[] = [];

export function useSpeechSynthesis() {
  const supported = useSyncExternalStore(
    noSubscription,
    () => typeof window !== "undefined" && "speechSynthesis" in window,
    () => false,
  );
  const voices = useSyncExternalStore(subscribeToVoices, readVoices, () => NO_VOICES);
  const [prefs, setPrefsState] = useState<SpeechPrefs>(() => (typeof window === "undefined" ? DEFAULT_PREFS : readPrefs()));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => () => window.speechSynthesis?.cancel(), []);

  const setPrefs = useCallback((patch: Partial<SpeechPrefs>) => {
    setPrefsState((prev) => {
      const next = { ...prev, ...patch };
      try {
        localStorage.setItem(PREFS_KEY, JSON.stringify(next));
      } catch {
        // Storage may be blocked; the choice still holds for this page.
      }
      if (!next.enabled) window.speechSynthesis?.cancel();
      return next;
    });
  }, []);

  const cancel = useCallback(() => {
    window.speechSynthesis?.cancel();
    setSpeaking(false);
  }, []);

  /** Speaks `text` (cancelling anything already being read). `force` speaks even when reading aloud is off. */
  const speak = useCallback(
    (text: string, { force = false }: { force?: boolean } = {}) => {
      const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
      if (!synth || (!prefs.enabled && !force) || !text.trim()) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      const voice = synth.getVoices().find((v) => v.voiceURI === prefs.voiceURI);
      if (voice) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      }
      utterance.rate = prefs.rate;
      utterance.onstart = () => setSpeaking(true);
      utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      synth.speak(utterance);
    },
    [prefs],
  );

  return { supported, voices, prefs, setPrefs, speak, cancel, speaking };
}

const noSubscription = () => () => {};

function subscribeToVoices(onChange: () => void): () => void {
  const synth = window.speechSynthesis;
  if (!synth?.addEventListener) return () => {};
  synth.addEventListener("voiceschanged", onChange);
  return () => synth.removeEventListener("voiceschanged", onChange);
}

// getSnapshot must return the same array while the voices are unchanged.
let cachedKey = "";
let cachedVoices: VoiceOption[] = NO_VOICES;
function readVoices(): VoiceOption[] {
  const list = window.speechSynthesis?.getVoices() ?? [];
  const key = list.map((v) => v.voiceURI).join("|");
  if (key !== cachedKey) {
    cachedKey = key;
    cachedVoices = list.map((v) => ({ voiceURI: v.voiceURI, name: v.name, lang: v.lang }));
  }
  return cachedVoices;
}

function readPrefs(): SpeechPrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(PREFS_KEY) ?? "null") as Partial<SpeechPrefs> | null;
    if (!raw || typeof raw !== "object") return DEFAULT_PREFS;
    return {
      enabled: typeof raw.enabled === "boolean" ? raw.enabled : DEFAULT_PREFS.enabled,
      voiceURI: typeof raw.voiceURI === "string" ? raw.voiceURI : null,
      rate: typeof raw.rate === "number" && raw.rate >= 0.5 && raw.rate <= 2 ? raw.rate : DEFAULT_PREFS.rate,
    };
  } catch {
    return DEFAULT_PREFS;
  }
}
