import "server-only";
import { AppError } from "@/core/errors";
import { getCounter, hitCounter, resetCounter } from "@/lib/db/counters";

// Rate limits for sign-in and registration. The counters live in the store (SQLite or MongoDB), so they hold
// across app instances and restarts.

export const LIMITS = {
  /** failed sign-ins for one account */
  accountFailures: { max: 5, windowSeconds: 15 * 60 },
  /** failed sign-ins from one address (any accounts) */
  addressFailures: { max: 50, windowSeconds: 15 * 60 },
  /** registrations from one address */
  addressRegistrations: { max: 100, windowSeconds: 60 * 60 },
} as const;

type Limit = { max: number; windowSeconds: number };

export const keys = {
  accountFailures: (account: string) => `login-fail:account:${account}`,
  addressFailures: (address: string) => `login-fail:address:${address}`,
  addressRegistrations: (address: string) => `register:address:${address}`,
};

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

export async function clear(key: string): Promise<void> {
  await resetCounter({ key });
}

function rateLimited(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const minutes = Math.ceil(seconds / 60);
  const when = seconds < 90 ? `${seconds} seconds` : `${minutes} minutes`;
  return new AppError("rate_limited", `Too many attempts. Please wait ${when} and try again.`, { retryAfterSeconds: seconds });
}

function secondsUntil(iso: string): number {
  return (Date.parse(iso) - Date.now()) / 1000;
}
