import "server-only";
import { decode, encode } from "next-auth/jwt";
import { getConfig } from "@/core/config";
import { isWithinAbsoluteLifetime, SESSION_COOKIE_NAMES, SESSION_IDLE_SECONDS, type SessionClaims } from "@/lib/auth/session-policy";

// Reads next-auth's session cookie (an encrypted JWT) the same way next-auth does: the key is derived from the
// secret with the cookie name as salt; next-auth splits large tokens into "<name>.0", "<name>.1", ... chunks.

export async function readSessionClaims(cookies: Map<string, string>): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = joinChunks(cookies, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret: getConfig().secret, salt: name });
      if (!payload) continue;
      const { sub, sv, auth_time, sid } = payload as Record<string, unknown>;
      if (typeof sub !== "string" || typeof sv !== "number" || typeof sid !== "string") continue;
      if (!isWithinAbsoluteLifetime(auth_time)) continue;
      return payload as unknown as SessionClaims;
    } catch {
      continue;
    }
  }
  return null;
}

/** Builds a session cookie value as next-auth would (tests use it to act as a signed-in browser). */
export async function encodeSessionCookie(claims: SessionClaims, opts: { name?: string; maxAge?: number } = {}): Promise<string> {
  const { name = SESSION_COOKIE_NAMES[1], maxAge = SESSION_IDLE_SECONDS } = opts;
  const { exp: _ignored, ...rest } = claims;
  return encode({ token: { ...rest }, secret: getConfig().secret, salt: name, maxAge });
}

export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!header) return map;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      map.set(name, decodeURIComponent(raw));
    } catch {
      map.set(name, raw);
    }
  }
  return map;
}

function joinChunks(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
  return chunks.length ? chunks.join("") : null;
}
