"use client";

import { useCallback, useEffect, useRef, useState } from "react";

// Autosave for answers while practising. Each change is sent as PATCH {answer: {index, text}} (an atomic
// update of that one answer on the server) ~1.5 s after the last keystroke, and at once — with
// `keepalive`, so the request outlives the page — when the page is hidden or unloaded. Saves run one at a
// time, so an older text can never overwrite a newer one.

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "error";

const DEBOUNCE_MS = 1500;

export function useAutosave({ interviewId, initialAnswers }: { interviewId: string; initialAnswers: string[] }) {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const statusRef = useRef<SaveStatus>("idle");
  useEffect(() => {
    statusRef.current = status;
  }, [status]);
  const latest = useRef(new Map<number, string>());
  const saved = useRef(new Map<number, string>(initialAnswers.map((text, i) => [i, text])));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const url = `/api/interview/${interviewId}`;

  const dirtyEntries = useCallback(() => [...latest.current.entries()].filter(([index, text]) => saved.current.get(index) !== text), []);

  const runSave = useCallback(async (): Promise<boolean> => {
    let ok = true;
    // Loop until nothing is dirty: text typed while a request was in flight is picked up by the next round.
    for (let round = 0; round < 5; round++) {
      const dirty = dirtyEntries();
      if (dirty.length === 0) break;
      setStatus("saving");
      for (const [index, text] of dirty) {
        try {
          const res = await fetch(url, {
            method: "PATCH",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ answer: { index, text } }),
          });
          if (!res.ok) throw new Error(await errorDetail(res));
          saved.current.set(index, text);
        } catch (error) {
          ok = false;
          setErrorMessage(error instanceof Error && error.message ? error.message : "Network error");
          break;
        }
      }
      if (!ok) break;
    }
    if (ok) setErrorMessage(null);
    setStatus(ok ? (dirtyEntries().length ? "pending" : "saved") : "error");
    return ok;
  }, [dirtyEntries, url]);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    const run = runSave();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [runSave]);

  /** Records the current text of one answer and schedules a save. */
  const update = useCallback(
    (index: number, text: string) => {
      latest.current.set(index, text);
      if (saved.current.get(index) === text && !dirtyEntries().length) return;
      setStatus((s) => (s === "saving" ? s : "pending"));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS);
    },
    [dirtyEntries, saveNow],
  );

  // Page hidden (tab switched, phone locked) or being unloaded: send what is unsaved now, with keepalive.
  useEffect(() => {
    const flushWithKeepalive = () => {
      const dirty = dirtyEntries();
      if (!dirty.length) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      for (const [index, text] of dirty) {
        fetch(url, {
          method: "PATCH",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ answer: { index, text } }),
          keepalive: true,
        })
          .then((res) => {
            if (res.ok && latest.current.get(index) === text) {
              saved.current.set(index, text);
              if (!dirtyEntries().length) setStatus("saved");
            }
          })
          .catch(() => setStatus("error"));
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flushWithKeepalive();
    };
    // A save the server refused (e.g. signed out) cannot be rescued by keepalive: ask before leaving.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (statusRef.current === "error" && dirtyEntries().length) e.preventDefault();
    };
    const onOnline = () => {
      if (dirtyEntries().length) void saveNow();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flushWithKeepalive);
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flushWithKeepalive);
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
    };
  }, [dirtyEntries, saveNow, url]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { status, errorMessage, update, saveNow, hasUnsaved: () => dirtyEntries().length > 0 };
}

async function errorDetail(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { detail?: string };
    if (res.status === 401) return "You were signed out. Sign in again in another tab, then retry.";
    return body.detail ?? `Error ${res.status}`;
  } catch {
    return `Error ${res.status}`;
  }
}
