"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";

// Reads questions aloud with the browser's speechSynthesis. Preferences (on/off, voice, rate) are kept in
// localStorage so they follow the user from one session to the next. Browsers refuse speech a page starts before
// the person has interacted with it (a reload, a typed address), so reading on arrival waits for a gesture; and
// when the device has no voices or the browser refuses, `problem` says so in words instead of staying silent.

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
  // False during the server render and hydration, when whether the browser can speak is not known yet.
  const known = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const voices = useSyncExternalStore(subscribeToVoices, readVoices, () => NO_VOICES);
  const [prefs, setPrefsState] = useState<SpeechPrefs>(() => (typeof window === "undefined" ? DEFAULT_PREFS : readPrefs()));
  const [speaking, setSpeaking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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

  /**
   * Speaks `text` (cancelling anything already being read). `force` is a button press: it speaks even when reading
   * aloud is off, and says why when it cannot. Without `force` nothing is spoken before the person's first gesture.
   */
  const speak = useCallback(
    (text: string, { force = false }: { force?: boolean } = {}) => {
      const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
      if (!synth || (!prefs.enabled && !force) || !text.trim()) return;
      if (!force && !hasUserGesture()) return;
      if (synth.getVoices().length === 0) {
        // Chromium loads voices lazily, but by the time a button is pressed an empty list means none are installed.
        if (force) setProblem(NO_VOICES_MESSAGE);
        return;
      }
      setProblem(null);
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
      utterance.onerror = (event) => {
        setSpeaking(false);
        // "interrupted"/"canceled" are our own cancel(); anything else is the browser refusing or failing.
        if (event.error && event.error !== "interrupted" && event.error !== "canceled") setProblem(speechErrorMessage(event.error));
      };
      synth.speak(utterance);
    },
    [prefs],
  );

  return { supported, known, voices, prefs, setPrefs, speak, cancel, speaking, problem, dismissProblem: () => setProblem(null) };
}

const NO_VOICES_MESSAGE =
  "This device has no speech voices installed, so the question can't be read aloud. It is written above; answer by typing.";

function speechErrorMessage(code: string): string {
  if (code === "not-allowed") return "The browser did not allow reading aloud here. The question is written above; answer by typing.";
  return "Reading aloud failed on this device. The question is written above; answer by typing.";
}

/** True once the person has clicked, tapped or pressed a key in this tab (sticky user activation). */
let gestureSeen = false;
if (typeof window !== "undefined") {
  const mark = () => {
    gestureSeen = true;
  };
  for (const type of ["pointerdown", "keydown"]) window.addEventListener(type, mark, { capture: true, once: true });
}
function hasUserGesture(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  return activation ? activation.hasBeenActive : gestureSeen;
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
