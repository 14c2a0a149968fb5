// Merging two edits of one text made from a common starting point (two tabs, or this device and another), so that
// neither side's words are lost: the local edits are replayed onto the server's text as patches (diff-match-patch,
// as in differential synchronisation); what cannot be placed is kept beside it rather than dropped.
import { patchApply, patchMake } from "diff-match-patch-es";

const MERGE_SEPARATOR = "\n\n";

/** The text both edits started from, the text edited here, and the text the server has now. */
export function mergeText(base: string, local: string, server: string): string {
  if (local === server || local === base) return server;
  if (server === base) return local;
  // Written from nothing on both sides: two separate answers, so both are kept, the server's first.
  if (base.trim() === "") return joinKept(server, local);
  const [merged, applied] = patchApply(patchMake(base, local), server);
  if (typeof merged === "string" && Array.isArray(applied) && applied.every(Boolean)) return merged;
  return joinKept(server, local);
}

function joinKept(first: string, second: string): string {
  if (first.includes(second)) return first;
  if (second.includes(first)) return second;
  return `${first.trimEnd()}${MERGE_SEPARATOR}${second.trimStart()}`;
}
