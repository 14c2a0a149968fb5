// Session lifetimes, shared by auth.ts, the session-cookie reader and the tests. No server imports (proxy-safe).

/** A session that is not used for this long ends (the cookie and its JWT are re-issued on use). */
export const SESSION_IDLE_SECONDS = 30 * 60;
/**
 * A still-valid session cookie is re-issued only once it is this old, not on every request: fewer Set-Cookie
 * headers, and far less chance that a refresh in flight lands after a sign-out and brings the cookie back.
 * The idle timeout is therefore between 25 and 30 minutes.
 */
export const SESSION_REFRESH_AFTER_SECONDS = 5 * 60;
/** No session lives longer than this after sign-in, however active. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** next-auth's cookie names (the __Secure- one is used on https). */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** Claims we add to next-auth's session JWT. */
export type SessionClaims = {
  sub: string;
  /** the user's session_version when the session was created */
  sv: number;
  /** sign-in time, seconds since the epoch */
  auth_time: number;
  /** this session's id, so that signing out can revoke it (revoked-sessions.ts) */
  sid: string;
  username?: string;
  email?: string;
  /** expiry set by next-auth (seconds since the epoch) */
  exp?: number;
};

export function isWithinAbsoluteLifetime(authTime: unknown, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return typeof authTime === "number" && authTime <= nowSeconds + 60 && nowSeconds - authTime < SESSION_ABSOLUTE_SECONDS;
}

/** Quick check used by proxy.ts: is there any session cookie at all (not whether it is valid)? */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (SESSION_COOKIE_NAMES.some((base) => name === base || name.startsWith(`${base}.`))) return true;
  }
  return false;
}
