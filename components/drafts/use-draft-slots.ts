"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "@/lib/api-client/errors";
import { draftKey, pruneDrafts, readDraft, writeDraft } from "@/lib/drafts/local-drafts";
import { reconcile, type DraftSlot, type ServerCopy } from "@/lib/drafts/reconcile";

// Drafts that cannot go backwards, for any page that edits values the server keeps with a revision (practice
// answers; one slot per answer). Every change is written to this device at once (lib/drafts/local-drafts) and
// saved to the server shortly after with the revision it was typed on; the server refuses a stale one (409) and
// the page merges. On load, Back (router cache or bfcache) and reload the page shows the newest copy of the two
// (lib/drafts/reconcile), so it never shows, and never autosaves, an older or empty state over a newer one.

export type SyncStatus = "idle" | "pending" | "saving" | "saved" | "offline" | "error";
export type DraftNotice = { kind: "restored" | "merged"; slots: number[] };

export type DraftSlotsOptions<T> = {
  /** Names this set of drafts on the device, e.g. ["interview", id]; slot numbers are appended. */
  scope: (string | number)[];
  /** The server copies the page was rendered with (possibly stale: Back restores cached pages). */
  server: ServerCopy<T>[];
  isValue: (v: unknown) => v is T;
  equal: (a: T, b: T) => boolean;
  merge: (base: T, local: T, server: T) => T;
  /** Saves one slot typed on `baseRevision`; resolves to the new revision, rejects with an ApiError (409 when stale). */
  save: (slot: number, value: T, baseRevision: number, opts: { keepalive?: boolean }) => Promise<number>;
  /** Reads the server's current copies. */
  fetchServer: () => Promise<ServerCopy<T>[]>;
  debounceMs?: number;
};

export function useDraftSlots<T>(options: DraftSlotsOptions<T>) {
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const fromServer = (copy: ServerCopy<T>): DraftSlot<T> => ({
    value: copy.value,
    base: copy.revision,
    baseValue: copy.value,
    saved: true,
  });
  const slots = useRef<DraftSlot<T>[]>(options.server.map(fromServer));
  const [values, setValues] = useState<T[]>(() => options.server.map((s) => s.value));
  const [status, setStatus] = useState<SyncStatus>("idle");
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<DraftNotice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const storageOk = useRef(true);

  const keyFor = useCallback((slot: number) => draftKey(...opts.current.scope, slot), []);
  const put = useCallback(
    (slot: number, next: DraftSlot<T>) => {
      slots.current[slot] = next;
      storageOk.current = writeDraft(keyFor(slot), next);
    },
    [keyFor],
  );
  const publish = useCallback(() => setValues(slots.current.map((s) => s.value)), []);
  const dirty = useCallback(() => slots.current.flatMap((s, i) => (s.saved ? [] : [i])), []);

  /** Brings every slot up to date with the given server copies; reports the slots where the draft won or merged. */
  const adopt = useCallback(
    (copies: ServerCopy<T>[], local: (slot: number) => DraftSlot<T> | null, kindOfWin: DraftNotice["kind"] | null) => {
      const { equal, merge } = opts.current;
      const won: number[] = [];
      let merged = false;
      copies.forEach((copy, i) => {
        const r = reconcile(local(i), copy, { equal, merge });
        const { source, ...slot } = r;
        put(i, slot);
        if (source !== "server") won.push(i);
        if (source === "merged") merged = true;
      });
      publish();
      const kind = merged ? "merged" : kindOfWin;
      if (won.length && kind) setNotice({ kind, slots: won });
    },
    [publish, put],
  );

  const refresh = useCallback(async () => {
    const copies = await opts.current.fetchServer();
    adopt(copies, (i) => slots.current[i] ?? null, null);
  }, [adopt]);

  const runSave = useCallback(async (): Promise<boolean> => {
    // Loop until nothing is unsaved: text typed while a request was in flight is picked up by the next round.
    for (let round = 0; round < 5; round++) {
      const pending = dirty();
      if (!pending.length) break;
      setStatus("saving");
      for (const i of pending) {
        const sent = slots.current[i];
        try {
          const revision = await opts.current.save(i, sent.value, sent.base, {});
          const now = slots.current[i];
          put(i, { value: now.value, base: revision, baseValue: sent.value, saved: opts.current.equal(now.value, sent.value) });
        } catch (error) {
          if (isApiError(error) && error.status === 409) {
            await refresh().catch(() => undefined); // merged into the slot; the next round saves the merge
            setNotice((n) => (n?.kind === "merged" ? n : { kind: "merged", slots: [i] }));
            continue;
          }
          const offline = isApiError(error) && error.isOffline;
          setStatus(offline ? "offline" : "error");
          setErrorMessage(error instanceof Error ? error.message : "The answer could not be saved.");
          return false;
        }
      }
    }
    const left = dirty().length > 0;
    setErrorMessage(null);
    setStatus(left ? "pending" : "saved");
    return !left;
  }, [dirty, put, refresh]);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    const run = runSave();
    running.current = run;
    try {
      return await run;
    } finally {
      running.current = null;
    }
  }, [runSave]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), opts.current.debounceMs ?? 1500);
  }, [saveNow]);

  /** Records a new value of one slot (kept on the device at once) and schedules a save. */
  const setValue = useCallback(
    (slot: number, next: T | ((prev: T) => T)) => {
      const cur = slots.current[slot];
      const value = typeof next === "function" ? (next as (prev: T) => T)(cur.value) : next;
      if (opts.current.equal(value, cur.value)) return;
      put(slot, { ...cur, value, saved: false });
      publish();
      setStatus((s) => (s === "saving" ? s : "pending"));
      schedule();
    },
    [publish, put, schedule],
  );

  // On mount (also after Back re-renders a cached page): this device's drafts against the copy the page was given,
  // then against the server's current copy.
  useEffect(() => {
    pruneDrafts();
    const { server, isValue } = opts.current;
    adopt(server, (i) => readDraft(keyFor(i), isValue), "restored");
    refresh()
      .catch(() => undefined) // offline: the drafts shown are the newest this device has; saving waits for online
      .finally(() => {
        if (dirty().length) void saveNow();
      });
  }, [adopt, dirty, keyFor, refresh, saveNow]);

  useEffect(() => {
    // Leaving or hiding the page: send what is unsaved with keepalive (the drafts are on the device anyway).
    const flush = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      for (const i of dirty()) {
        const sent = slots.current[i];
        opts.current
          .save(i, sent.value, sent.base, { keepalive: true })
          .then((revision) => {
            const now = slots.current[i];
            if (opts.current.equal(now.value, sent.value) && now.base === sent.base)
              put(i, { ...now, base: revision, baseValue: sent.value, saved: true });
            if (!dirty().length) setStatus("saved");
          })
          .catch(() => undefined); // a refused or lost flush is retried by the next save or load
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    // Restored from the back/forward cache: another tab may have saved meanwhile.
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted)
        void refresh().then(
          () => (dirty().length ? saveNow() : undefined),
          () => undefined,
        );
    };
    const onOnline = () => {
      if (dirty().length) void saveNow();
    };
    // Only when the device could not keep the draft is leaving worth a warning.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!storageOk.current && dirty().length) e.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    window.addEventListener("pageshow", onPageShow);
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("pageshow", onPageShow);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [dirty, put, refresh, saveNow]);

  return {
    values,
    setValue,
    status,
    errorMessage,
    notice,
    dismissNotice: () => setNotice(null),
    saveNow,
    hasUnsaved: () => dirty().length > 0,
  };
}
