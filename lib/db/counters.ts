import "server-only";
import { getStore } from "./store";
import type { Store } from "./types";

// Shared counters for rate limits (table/collection `rate_limits`), so limits hold across app instances.
// Put the user's id in the key for per-user counters: deleteUserAndData removes counters whose key contains it.

/** Atomic increment; the window starts at the first hit and a hit after reset_at starts a new window at 1. */
export const hitCounter: Store["hitCounter"] = (args) => getStore().hitCounter(args);
/** The current window's counter, or null if there is none or it has expired. */
export const getCounter: Store["getCounter"] = (args) => getStore().getCounter(args);
export const resetCounter: Store["resetCounter"] = (args) => getStore().resetCounter(args);
