import "server-only";
import { createHmac } from "node:crypto";
import bcrypt from "bcryptjs";
import { getConfig } from "@/core/config";
import { COMMON_PASSWORDS_TEXT } from "@/lib/auth/common-passwords";

// bcrypt reads only the first 72 bytes of its input, so a long password would be silently truncated.
// We bcrypt base64(HMAC-SHA-256(pepper, password)) instead: 44 ASCII bytes, the whole password counts,
// and a stolen database alone is not enough to run a dictionary attack (the pepper lives in the config).

export const BCRYPT_COST = 12;

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(prehash(password), BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await bcrypt.compare(prehash(password), hash);
  } catch {
    return false;
  }
}

/**
 * Burns the same time as a real comparison, for sign-ins whose user does not exist, so that response time
 * does not tell whether an account exists. Always false.
 */
export async function verifyAgainstDummyHash(password: string): Promise<false> {
  await bcrypt.compare(prehash(password), await dummyHash());
  return false;
}

/** True when the password is one of the 10,000 most common passwords (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

function prehash(password: string): string {
  return createHmac("sha256", getConfig().passwordPepper).update(password, "utf8").digest("base64");
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= bcrypt.hash(prehash("dummy password that nobody has"), BCRYPT_COST);
  return dummy;
}

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  if (!common) {
    // Built on first use (server only: this module is never imported by client code).
    common = new Set(COMMON_PASSWORDS_TEXT.split("\n").map((l) => l.toLowerCase()));
  }
  return common;
}
