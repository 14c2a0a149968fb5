import "server-only";
import { AppError } from "@/core/errors";
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
import { assertBelowLimit, clear, consume, keys, LIMITS, record } from "@/lib/auth/throttle";
import type { RegisterRequest } from "@/lib/auth/auth.validation";
import { randomBytes } from "node:crypto";

// Account rules. Inputs arrive already parsed by the schemas in auth.validation.ts (strings only, e-mail
// trimmed and lower-cased). Entry points (API routes, server actions, next-auth's authorize) stay thin.

const INVALID_LOGIN = "Incorrect username or password.";
const WRONG_PASSWORD = "That password is not correct.";
const COMMON_PASSWORD = "This password is too common. Choose one that is harder to guess.";

export type ThrottleContext = { address?: string };

export async function registerUser(input: RegisterRequest, ctx: ThrottleContext = {}): Promise<PublicUser> {
  if (ctx.address) await consume(keys.addressRegistrations(ctx.address), LIMITS.addressRegistrations);
  assertNotCommon(input.password, "password");
  const username = input.username ?? (await freeUsername(input.email));
  const [byEmail, byUsername] = await Promise.all([getUserByLogin({ login: input.email }), getUserByLogin({ login: username })]);
  const errors = [
    ...(byEmail ? [{ path: "email", message: "This e-mail address is already registered." }] : []),
    ...(byUsername ? [{ path: "username", message: "This username is taken." }] : []),
  ];
  if (errors.length) throw new AppError("conflict", errors.map((e) => e.message).join(" "), { errors });
  const password_hash = await hashPassword(input.password);
  // The unique indexes still decide under a race: the store throws AppError("conflict") then.
  const user = await createUser({ email: input.email, username, password_hash, name: input.name || undefined });
  return toPublicUser(user);
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
 * comparison against a dummy hash). Failures are counted per account and per address; once an account has five
 * failures in 15 minutes every attempt gets 429 until the window ends, even with the right password.
 */
export async function authenticate(input: { login: string; password: string }, ctx: ThrottleContext = {}): Promise<UserDoc> {
  const login = input.login.trim().toLowerCase();
  if (ctx.address) await assertBelowLimit(keys.addressFailures(ctx.address), LIMITS.addressFailures);
  const user = login ? await getUserByLogin({ login }) : null;
  // Key unknown logins by the login text so that they behave exactly like real accounts.
  const accountKey = keys.accountFailures(user ? user.id : `login:${login}`);
  await assertBelowLimit(accountKey, LIMITS.accountFailures);
  const ok = user ? await verifyPassword(input.password, user.password_hash) : await verifyAgainstDummyHash(input.password);
  if (!user || !ok) {
    await Promise.all([
      record(accountKey, LIMITS.accountFailures),
      ctx.address ? record(keys.addressFailures(ctx.address), LIMITS.addressFailures) : undefined,
    ]);
    throw new AppError("unauthorized", INVALID_LOGIN);
  }
  await clear(accountKey);
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

async function confirmPassword(userId: string, password: string, field: string): Promise<UserDoc> {
  const user = await getUserById({ id: userId });
  if (!user) throw new AppError("unauthorized");
  const key = keys.accountFailures(user.id);
  await assertBelowLimit(key, LIMITS.accountFailures);
  if (!(await verifyPassword(password, user.password_hash))) {
    await record(key, LIMITS.accountFailures);
    throw new AppError("validation_failed", WRONG_PASSWORD, { errors: [{ path: field, message: WRONG_PASSWORD }] });
  }
  return user;
}

function assertNotCommon(password: string, field: string): void {
  if (isCommonPassword(password)) {
    throw new AppError("validation_failed", COMMON_PASSWORD, { errors: [{ path: field, message: COMMON_PASSWORD }] });
  }
}
