import "server-only";
import { getStore } from "./store";
import type { Store } from "./types";

// Repository for the `user_profiles` collection (one per user).

export const getProfileByUser: Store["getProfileByUser"] = (args) => getStore().getProfileByUser(args);
/** `{id, updated_at}` of the user's profile (a changed profile has a new updated_at); null if none. */
export const getProfileVersion: Store["getProfileVersion"] = (args) => getStore().getProfileVersion(args);
/** Atomically sets the given top-level fields; creates the profile with empty defaults first if there is none. */
export const upsertProfile: Store["upsertProfile"] = (args) => getStore().upsertProfile(args);
