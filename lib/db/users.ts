import "server-only";
import { getStore } from "./store";
import type { Store } from "./types";

// Repository for the `users` collection. Duplicate email/username → AppError("conflict") from the unique index.
// Emails are stored lower-cased; usernames keep their spelling but are unique regardless of case.

export const createUser: Store["createUser"] = (args) => getStore().createUser(args);
export const getUserById: Store["getUserById"] = (args) => getStore().getUserById(args);
/** `login` is an e-mail or a username (case-insensitive); null if none. */
export const getUserByLogin: Store["getUserByLogin"] = (args) => getStore().getUserByLogin(args);
/** Sets the hash and bumps session_version (older sessions stop working). */
export const updateUserPassword: Store["updateUserPassword"] = (args) => getStore().updateUserPassword(args);
export const bumpUserSessionVersion: Store["bumpUserSessionVersion"] = (args) => getStore().bumpUserSessionVersion(args);
/** Removes the user, their profile, interviews, applications and every rate-limit counter whose key contains their id. */
export const deleteUserAndData: Store["deleteUserAndData"] = (args) => getStore().deleteUserAndData(args);
/** Everything stored about a user (never the password hash); null if the user does not exist. */
export const exportUserData: Store["exportUserData"] = (args) => getStore().exportUserData(args);
