import "server-only";
import { AppError, isAppError } from "@/core/errors";
import { toPublicUser, type PublicUser, type UserDoc } from "@/core/schemas/user";
import {
  bumpUserSessionVersion,
  createUser,
  deleteUserAndData,
  exportUserData,
  getUserById,
  getUserByLogin,
  updateUserPassword,
} from "@/lib/db/users";
import { hashPassword, isCommonPassword, verifyAgainstDummyHash, verifyPassword } from "@/lib/auth/passwords";
import { knownDevice } from "@/lib/auth/device-cookie";
import { assertBelowLimit, consume, enterSignInGate, keys, LIMITS, passSignInGate, record, subjects } from "@/lib/auth/throttle";
import { EMAIL_TAKEN, newId } from "@/lib/db/shared";
import type { RegisterRequest } from "@/lib/auth/auth.validation";
import { randomBytes } from "node:crypto";

// Account rules. Inputs arrive already parsed by the schemas in auth.validation.ts (strings only, e-mail
// trimmed and lower-cased). Entry points (API routes, server actions, next-auth's authorize) stay thin.

const INVALID_LOGIN = "Incorrect username or password.";
const WRONG_PASSWORD = "That password is not correct.";
const COMMON_PASSWORD = "This password is too common. Choose one that is harder to guess.";

/** Who is asking, as far as throttling cares: the client's address (only behind a trusted proxy) and its device cookie. */
export type SignInContext = { address?: string | null; deviceToken?: string | null };

/**
 * Creates an account. A taken username is a 409 on that field (usernames are public handles that must differ).
 * A taken e-mail address is not revealed: the reply is the same 201 with the same fields after the same work
 * (a bcrypt hash), no account is made and the address's owner is sent nothing (InterVu sends no mail); signing in
 * with the new credentials then fails like any wrong password. See lib/auth/README.md.
 */
export async function registerUser(request: RegisterRequest, ctx: SignInContext = {}): Promise<PublicUser> {
  if (ctx.address) await consume(keys.addressRegistrations(ctx.address), LIMITS.addressRegistrations);
  const input = { ...request, username: request.username ?? (await freeUsername(request.email)) };
  assertNotCommon(input.password, "password");
  const [byEmail, byUsername] = await Promise.all([getUserByLogin({ login: input.email }), getUserByLogin({ login: input.username })]);
  if (byUsername) throw usernameTaken();
  const password_hash = await hashPassword(input.password);
  if (byEmail) return unsavedLookalike(input);
  try {
    return toPublicUser(await createUser({ email: input.email, username: input.username, password_hash, name: input.name || undefined }));
  } catch (error) {
    // The unique indexes decide under a race (AppError "conflict" from the store, naming the field).
    if (isAppError(error) && error.code === "conflict" && error.message === EMAIL_TAKEN) return unsavedLookalike(input);
    if (isAppError(error) && error.code === "conflict") throw usernameTaken();
    throw error;
  }
}

/** A username for a sign-up that gave none (the original API had no usernames): from the e-mail's local part. */
async function freeUsername(email: string): Promise<string> {
  const base = (
    email
      .split("@")[0]
      .toLowerCase()
      .replace(/[^a-z0-9_.-]/g, "") || "user"
  )
    .slice(0, 24)
    .padEnd(3, "0");
  if (!(await getUserByLogin({ login: base }))) return base;
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = `${base}-${randomBytes(3).toString("hex")}`;
    if (!(await getUserByLogin({ login: candidate }))) return candidate;
  }
  throw new AppError("conflict", "Choose a username.", { errors: [{ path: "username", message: "Choose a username." }] });
}

/**
 * Checks a sign-in. Unknown users and wrong passwords get the same error after about the same work (a bcrypt
 * comparison against a dummy hash), and unknown logins are throttled exactly like accounts. Failures slow the
 * account down (throttle.ts: growing delays, never a lock); a browser that signed in to this account before
 * (a valid device cookie) is throttled on its own failures only, so others' failures never keep the owner out.
 * Behind a trusted proxy, an address with too many failures is refused too (except for a known device).
 */
export async function authenticate(input: { login: string; password: string }, ctx: SignInContext = {}): Promise<UserDoc> {
  const login = input.login.trim().toLowerCase();
  const user = login ? await getUserByLogin({ login }) : null;
  const device = user ? await knownDevice(ctx.deviceToken, user.id) : null;
  const subject = device && user ? subjects.device(user.id, device) : user ? subjects.account(user.id) : subjects.unknownLogin(login);
  const address = device ? null : (ctx.address ?? null);
  if (address) await assertBelowLimit(keys.addressFailures(address), LIMITS.addressFailures);
  await enterSignInGate(subject);
  const ok = user ? await verifyPassword(input.password, user.password_hash) : await verifyAgainstDummyHash(input.password);
  if (!user || !ok) {
    if (address) await record(keys.addressFailures(address), LIMITS.addressFailures);
    throw new AppError("unauthorized", INVALID_LOGIN);
  }
  await passSignInGate(subject);
  return user;
}

/** Changes the password (the current one is required) and ends every other session. Returns the updated user. */
export async function changePassword(input: { userId: string; current_password: string; new_password: string }): Promise<UserDoc> {
  await confirmPassword(input.userId, input.current_password, "current_password");
  assertNotCommon(input.new_password, "new_password");
  const updated = await updateUserPassword({ id: input.userId, password_hash: await hashPassword(input.new_password) });
  if (!updated) throw new AppError("unauthorized");
  return updated;
}

/** Ends every session and API token of the user (including the caller's). */
export async function signOutEverywhere(input: { userId: string }): Promise<void> {
  const version = await bumpUserSessionVersion({ id: input.userId });
  if (version === null) throw new AppError("unauthorized");
}

/** Deletes the user and every document they own in every collection (the password is required). */
export async function deleteAccount(input: { userId: string; password: string }): Promise<void> {
  await confirmPassword(input.userId, input.password, "password");
  // Bump first: even if deletion failed half-way, no old session would keep working.
  await bumpUserSessionVersion({ id: input.userId });
  await deleteUserAndData({ id: input.userId });
}

/** The public view of the signed-in user (GET /api/auth/me). */
export async function getAccount(input: { userId: string }): Promise<PublicUser> {
  const user = await getUserById({ id: input.userId });
  if (!user) throw new AppError("unauthorized");
  return toPublicUser(user);
}

/** Everything stored about the user, without the password hash. */
export async function exportAccountData(input: { userId: string }) {
  const data = await exportUserData({ userId: input.userId });
  if (!data) throw new AppError("unauthorized");
  return { exported_at: new Date().toISOString(), ...data };
}

// Only a signed-in session can get here, so this has its own counter: failed sign-ins by others must not stop the
// owner from changing the password.
async function confirmPassword(userId: string, password: string, field: string): Promise<UserDoc> {
  const user = await getUserById({ id: userId });
  if (!user) throw new AppError("unauthorized");
  const key = keys.passwordConfirmations(user.id);
  await assertBelowLimit(key, LIMITS.passwordConfirmations);
  if (!(await verifyPassword(password, user.password_hash))) {
    await record(key, LIMITS.passwordConfirmations);
    throw new AppError("validation_failed", WRONG_PASSWORD, { errors: [{ path: field, message: WRONG_PASSWORD }] });
  }
  return user;
}

function usernameTaken(): AppError {
  const message = "This username is taken.";
  return new AppError("conflict", message, { errors: [{ path: "username", message }] });
}

// What a new account's reply would be, for an e-mail address that already has one: nothing is stored.
function unsavedLookalike(input: { email: string; username: string; name?: string }): PublicUser {
  const created_at = new Date().toISOString();
  return { id: newId(), email: input.email, username: input.username, created_at, name: input.name || input.username, role: "candidate" };
}

function assertNotCommon(password: string, field: string): void {
  if (isCommonPassword(password)) {
    throw new AppError("validation_failed", COMMON_PASSWORD, { errors: [{ path: field, message: COMMON_PASSWORD }] });
  }
}
