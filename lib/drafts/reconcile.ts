// Which copy of an edited value a page shows: the server's, or the draft this device kept. The rule is the whole
// guarantee that nothing goes backwards — a page never shows (and so never autosaves) an older or emptier copy
// than one this device has already seen or typed.

/** A value as this device knows it: `base` is the server revision it was typed on (or saved as), `baseValue`
 *  that revision's value (for merging), `saved` whether the server has acknowledged exactly `value`. */
export type DraftSlot<T> = { value: T; base: number; baseValue: T; saved: boolean };

export type ServerCopy<T> = { value: T; revision: number };

export type Reconciled<T> = DraftSlot<T> & {
  /** server: the server copy is current; local: the draft is newer; merged: both moved on and were merged. */
  source: "server" | "local" | "merged";
};

export function reconcile<T>(
  local: DraftSlot<T> | null,
  server: ServerCopy<T>,
  { equal, merge }: { equal: (a: T, b: T) => boolean; merge: (base: T, local: T, server: T) => T },
): Reconciled<T> {
  const fromServer: Reconciled<T> = { value: server.value, base: server.revision, baseValue: server.value, saved: true, source: "server" };
  if (!local || equal(local.value, server.value)) return fromServer;
  // The page was given an older copy than one this device already saw saved or typed on (Back restoring a cached
  // page, a render that ran before the last save arrived): the draft is newer.
  if (local.base > server.revision) return { ...local, source: "local" };
  if (local.saved) return fromServer; // nothing unsaved here, and the server is as new or newer
  // Unsaved edits typed on the server's current revision (F5 while typing): the draft wins and is saved next.
  if (local.base === server.revision) return { ...local, source: "local" };
  // Unsaved edits typed on an older revision while the server moved on (another tab): keep both sides' edits.
  const merged = merge(local.baseValue, local.value, server.value);
  if (equal(merged, server.value)) return fromServer;
  return { value: merged, base: server.revision, baseValue: server.value, saved: false, source: "merged" };
}
