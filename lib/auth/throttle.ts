import "server-only";
import { AppError } from "@/core/errors";
import { getCounter, hitCounter, resetCounter } from "@/lib/db/counters";

// Rate limits for sign-in and registration. The counters live in the store (SQLite or MongoDB), so they hold
// across app instances and restarts.
//
// Sign-in failures slow an account down rather than lock it: the first FREE_FAILURES cost nothing, then each
// attempt opens a gate that stays shut for a growing delay (30 s, 1, 2, 4, 8 minutes, then 15 minutes at most),
// so a guesser gets about a hundred tries a day. The gate is per "subject": an account (or an unknown login
// text, which behaves exactly like one), or a browser that signed in to the account before (a device, see
// device-cookie.ts) — so other people's failures never slow down the owner's known browsers.

const DAY_SECONDS = 24 * 60 * 60;

export const LIMITS = {
  /** failed sign-ins per subject that cost nothing; failures are remembered for a day after the first */
  freeFailures: 5,
  failureWindowSeconds: DAY_SECONDS,
  /** the longest wait between two attempts of one subject */
  maxDelaySeconds: 15 * 60,
  /** failed sign-ins from one address (any accounts); only behind a trusted proxy */
  addressFailures: { max: 50, windowSeconds: 15 * 60 },
  /** registrations from one address; only behind a trusted proxy */
  addressRegistrations: { max: 100, windowSeconds: 60 * 60 },
  /** wrong current passwords from a signed-in session (change password, delete account) */
  passwordConfirmations: { max: 5, windowSeconds: 15 * 60 },
} as const;

type Limit = { max: number; windowSeconds: number };

export const subjects = {
  account: (userId: string) => `account:${userId}`,
  unknownLogin: (login: string) => `account:login:${login}`,
  // The user's id is in the key so that deleting the account removes it (lib/db/counters.ts).
  device: (userId: string, deviceId: string) => `device:${userId}:${deviceId}`,
};

export const keys = {
  signInFailures: (subject: string) => `login-fail:${subject}`,
  signInGate: (subject: string) => `login-gate:${subject}`,
  addressFailures: (address: string) => `login-fail:address:${address}`,
  addressRegistrations: (address: string) => `register:address:${address}`,
  passwordConfirmations: (userId: string) => `password-confirm-fail:${userId}`,
};

/** How long the gate stays shut after the n-th attempt (counted from 1) if it fails. */
export function delayAfterAttempt(n: number): number {
  if (n <= LIMITS.freeFailures) return 0;
  return Math.min(30 * 2 ** (n - LIMITS.freeFailures - 1), LIMITS.maxDelaySeconds);
}

/**
 * Lets one sign-in attempt of `subject` through, or throws 429 with Retry-After while its gate is shut. The
 * attempt is counted as a failure up front (so a burst of parallel guesses cannot all slip through before any
 * is recorded); passSignInGate() forgets it and the earlier ones when the password was right.
 */
export async function enterSignInGate(subject: string): Promise<void> {
  const gateKey = keys.signInGate(subject);
  const shut = await getCounter({ key: gateKey });
  if (shut && secondsUntil(shut.reset_at) > 0) throw signInDelayed(secondsUntil(shut.reset_at));
  const attempt = await hitCounter({ key: keys.signInFailures(subject), windowSeconds: LIMITS.failureWindowSeconds });
  const delay = delayAfterAttempt(attempt.count);
  if (delay === 0) return;
  // Atomic: of several attempts racing for an open gate, only the one that opens a new window goes on.
  const gate = await hitCounter({ key: gateKey, windowSeconds: delay });
  if (gate.count > 1) throw signInDelayed(secondsUntil(gate.reset_at));
}

/** A right password: the subject starts afresh. */
export async function passSignInGate(subject: string): Promise<void> {
  await Promise.all([resetCounter({ key: keys.signInFailures(subject) }), resetCounter({ key: keys.signInGate(subject) })]);
}

/** Throws 429 (with Retry-After) when the counter has already reached its limit; does not count anything. */
export async function assertBelowLimit(key: string, limit: Limit): Promise<void> {
  const counter = await getCounter({ key });
  if (!counter) return;
  const retryAfter = secondsUntil(counter.reset_at);
  if (retryAfter > 0 && counter.count >= limit.max) throw rateLimited(retryAfter);
}

/** Counts one event; throws 429 if this event goes over the limit (for limits that count every attempt). */
export async function consume(key: string, limit: Limit): Promise<void> {
  const counter = await hitCounter({ key, windowSeconds: limit.windowSeconds });
  if (counter.count > limit.max) throw rateLimited(secondsUntil(counter.reset_at));
}

/** Counts one event without throwing (failures are counted after the fact). */
export async function record(key: string, limit: Limit): Promise<void> {
  await hitCounter({ key, windowSeconds: limit.windowSeconds });
}

function signInDelayed(retryAfterSeconds: number): AppError {
  return rateLimited(retryAfterSeconds, "Too many failed sign-ins for this account");
}

function rateLimited(retryAfterSeconds: number, what = "Too many attempts"): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const minutes = Math.ceil(seconds / 60);
  const when = seconds < 90 ? `${seconds} seconds` : `${minutes} minutes`;
  return new AppError("rate_limited", `${what}. Please wait ${when} and try again.`, { retryAfterSeconds: seconds });
}

function secondsUntil(iso: string): number {
  return (Date.parse(iso) - Date.now()) / 1000;
}
