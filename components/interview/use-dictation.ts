"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";

// Dictation with the Web Speech API (SpeechRecognition / webkitSpeechRecognition).
// - continuous + interimResults: interim words are shown live, final words are handed to `onFinal`;
// - the browser ends a recognition session after a pause or ~60 s; while the user has not pressed stop we
//   start a new session at once, so a long answer is never cut at the first pause;
// - errors (blocked microphone, no speech, no network) stop dictation with a message: the user keeps typing.

export type DictationState = "idle" | "starting" | "listening" | "error";

type RecognitionAlternative = { transcript: string };
type RecognitionResult = { isFinal: boolean; length: number; [index: number]: RecognitionAlternative };
type RecognitionEvent = { resultIndex: number; results: { length: number; [index: number]: RecognitionResult } };
type RecognitionErrorEvent = { error: string; message?: string };
type Recognition = {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onstart: (() => void) | null;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: RecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
};
type RecognitionCtor = new () => Recognition;

const MAX_RESTARTS_PER_10S = 6;

export function useDictation({ onFinal, lang }: { onFinal: (text: string) => void; lang?: string }) {
  const supported = useSyncExternalStore(
    noSubscription,
    () => getCtor() !== null,
    () => false,
  );
  const [state, setState] = useState<DictationState>("idle");
  const [interim, setInterim] = useState("");
  const [error, setError] = useState<string | null>(null);
  const recRef = useRef<Recognition | null>(null);
  const wantRef = useRef(false);
  const pendingRef = useRef("");
  const restartsRef = useRef<number[]>([]);
  const onFinalRef = useRef(onFinal);
  useEffect(() => {
    onFinalRef.current = onFinal;
  }, [onFinal]);

  useEffect(() => {
    return () => {
      wantRef.current = false;
      recRef.current?.abort();
    };
  }, []);

  const commitPending = useCallback(() => {
    const text = pendingRef.current.trim();
    pendingRef.current = "";
    setInterim("");
    if (text) onFinalRef.current(text);
  }, []);

  const fail = useCallback(
    (message: string) => {
      wantRef.current = false;
      commitPending();
      setError(message);
      setState("error");
      try {
        recRef.current?.abort();
      } catch {
        // already stopped
      }
    },
    [commitPending],
  );

  const start = useCallback(() => {
    const Ctor = getCtor();
    if (!Ctor) return;
    recRef.current?.abort();
    const rec = new Ctor();
    rec.continuous = true;
    rec.interimResults = true;
    rec.lang = lang || (typeof navigator !== "undefined" ? navigator.language : "en-US") || "en-US";
    rec.onstart = () => setState("listening");
    rec.onresult = (event) => {
      let finals = "";
      let pending = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        const transcript = result[0]?.transcript ?? "";
        if (result.isFinal) finals += transcript;
        else pending += transcript;
      }
      pendingRef.current = pending;
      setInterim(pending.trim());
      if (finals.trim()) onFinalRef.current(finals.trim());
    };
    rec.onerror = (event) => {
      if (event.error === "aborted") return; // our own stop/abort
      fail(errorMessage(event.error));
    };
    rec.onend = () => {
      if (recRef.current !== rec) return;
      if (!wantRef.current) {
        commitPending();
        setState((s) => (s === "error" ? s : "idle"));
        return;
      }
      // The browser ended the session (a pause, a time limit): keep listening until the user presses stop.
      commitPending();
      const now = Date.now();
      restartsRef.current = restartsRef.current.filter((t) => now - t < 10_000).concat(now);
      if (restartsRef.current.length > MAX_RESTARTS_PER_10S) {
        fail("Dictation keeps stopping on its own. You can type your answer instead.");
        return;
      }
      try {
        rec.start();
      } catch {
        fail("Dictation stopped unexpectedly. You can type your answer, or press Dictate to try again.");
      }
    };
    recRef.current = rec;
    wantRef.current = true;
    restartsRef.current = [];
    setError(null);
    setState("starting");
    try {
      rec.start();
    } catch {
      fail("Dictation could not start. You can type your answer instead.");
    }
  }, [lang, fail, commitPending]);

  const stop = useCallback(() => {
    wantRef.current = false;
    const rec = recRef.current;
    if (!rec) return;
    try {
      rec.stop(); // delivers the last final result, then `end`
    } catch {
      setState("idle");
    }
  }, []);

  const dismissError = useCallback(() => {
    setError(null);
    setState("idle");
  }, []);

  return { supported, state, interim, error, start, stop, dismissError, listening: state === "listening" || state === "starting" };
}

const noSubscription = () => () => {};

function getCtor(): RecognitionCtor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

function errorMessage(code: string): string {
  switch (code) {
    case "not-allowed":
    case "service-not-allowed":
      return "Microphone access is blocked. Allow it in your browser's site settings, or type your answer.";
    case "no-speech":
      return "We didn't hear anything. Check your microphone, or type your answer.";
    case "audio-capture":
      return "No microphone was found. Plug one in, or type your answer.";
    case "network":
      return "Speech recognition needs a network connection and couldn't reach it. Type your answer instead.";
    case "language-not-supported":
      return "Dictation doesn't support your browser's language. Type your answer instead.";
    default:
      return "Dictation stopped because of an error. You can type your answer instead.";
  }
}
