import "server-only";
import { randomBytes } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getConfig } from "@/core/config";
import { parseCookieHeader } from "@/lib/auth/session-cookie";

// "This browser has signed in to this account before" (OWASP's device cookies). After a successful sign-in the
// browser (or a cookie-keeping API client) gets a long-lived signed cookie naming the account and a random device
// id. A sign-in that presents it for the same account is throttled on that device's own failures, not the
// account's, so nobody can slow down or lock the owner's known browsers by failing sign-ins on purpose
// (throttle.ts). It grants nothing by itself: the password is still checked, and it is useless for any other
// account. Signed with the app secret under its own audience, so it can never pass as a session or API token.

export const DEVICE_COOKIE = "intervu-device";
const AUDIENCE = "intervu-device";
const ISSUER = "intervu";
const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

export async function issueDeviceToken(userId: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setJti(randomBytes(12).toString("hex"))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${DEVICE_COOKIE_MAX_AGE_SECONDS}s`)
    .sign(key());
}

/** The device id when `token` is a valid device token for this user; null otherwise (forged, expired, another account). */
export async function knownDevice(token: string | null | undefined, userId: string): Promise<string | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE, subject: userId });
    return typeof payload.jti === "string" && /^[0-9a-f]{24}$/.test(payload.jti) ? payload.jti : null;
  } catch {
    return null;
  }
}

export function deviceTokenFrom(headers: Headers): string | null {
  return parseCookieHeader(headers.get("cookie")).get(DEVICE_COOKIE) ?? null;
}

/** A Set-Cookie value for a route handler's response (e.g. POST /api/auth/login). */
export function deviceCookieHeader(token: string, secure: boolean): string {
  return `${DEVICE_COOKIE}=${token}; Path=/; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** Sets the cookie through Next's cookie store (server actions, next-auth's handler); a no-op outside a request. */
export async function rememberDevice(userId: string, secure: boolean): Promise<void> {
  const token = await issueDeviceToken(userId);
  try {
    (await cookies()).set(DEVICE_COOKIE, token, {
      path: "/",
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
      httpOnly: true,
      sameSite: "lax",
      secure,
    });
  } catch (error) {
    unstable_rethrow(error);
  }
}

function key(): Uint8Array {
  return new TextEncoder().encode(`device:${getConfig().secret}`);
}
