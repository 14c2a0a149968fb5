// Drafts kept on this device (localStorage: written synchronously on every keystroke, so even F5 or a crash right
// after typing keeps the text). One record per edited value, with the server revision it was typed on and when.
import type { DraftSlot } from "./reconcile";

export type StoredDraft<T> = DraftSlot<T> & { at: number };

const PREFIX = "intervu-draft:";
/** Saved drafts only guard against stale pages; after this long nobody will go Back to one. */
const SAVED_DRAFT_TTL_MS = 14 * 24 * 3600 * 1000;

export function draftKey(...parts: (string | number)[]): string {
  return PREFIX + parts.join(":");
}

export function readDraft<T>(key: string, isValue: (v: unknown) => v is T): StoredDraft<T> | null {
  const raw = safely(() => localStorage.getItem(key));
  if (!raw) return null;
  const data: unknown = safely(() => JSON.parse(raw));
  if (!data || typeof data !== "object") return null;
  const { value, base, baseValue, saved, at } = data as Record<string, unknown>;
  if (!isValue(value) || !isValue(baseValue) || typeof saved !== "boolean") return null;
  if (!Number.isInteger(base) || typeof at !== "number") return null;
  return { value, baseValue, saved, base: Number(base), at };
}

/** False when the draft could not be kept (storage blocked or full even after pruning). */
export function writeDraft<T>(key: string, slot: DraftSlot<T>, now = Date.now()): boolean {
  const record = JSON.stringify({ ...slot, at: now });
  if (safely(() => (localStorage.setItem(key, record), true))) return true;
  pruneDrafts(now, 0); // full: drop every saved draft (the server has those) and try once more
  return Boolean(safely(() => (localStorage.setItem(key, record), true)));
}

/** Removes saved drafts older than `ttlMs`; unsaved ones are kept until they are saved. */
export function pruneDrafts(now = Date.now(), ttlMs = SAVED_DRAFT_TTL_MS): void {
  safely(() => {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(PREFIX)) continue;
      const data: unknown = safely(() => JSON.parse(localStorage.getItem(key) ?? "null"));
      if (data && typeof data === "object" && (data as { saved?: unknown }).saved === true) {
        const at = (data as { at?: unknown }).at;
        if (typeof at !== "number" || now - at >= ttlMs) localStorage.removeItem(key);
      }
    }
    return true;
  });
}

function safely<R>(read: () => R): R | null {
  try {
    return read();
  } catch {
    return null; // storage blocked (private mode, disabled cookies) or corrupt: behave as if there is no draft
  }
}
