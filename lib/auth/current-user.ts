import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { AppError } from "@/core/errors";
import { noteRequestUser } from "@/core/request-context";
import { getUserById } from "@/lib/db/users";
import { loginPathFor } from "@/lib/auth/safe-next";
import { parseCookieHeader, readSessionClaims } from "@/lib/auth/session-cookie";
import { verifyAccessToken } from "@/lib/auth/tokens";
import { isSessionRevoked } from "@/lib/auth/revoked-sessions";

// The one place that says who is calling. Every protected route handler (via authedRoute), server action
// (via authedAction) and page (via the (app) layout / requirePageUser) goes through resolveUser().
//
// Credentials, in order: an `Authorization: Bearer <jwt>` header (API clients), else next-auth's session
// cookie. The session cookie is decoded here exactly as next-auth's auth() does (same secret and salt) rather
// than through auth() itself, so that it also works on a plain Request (tests, route handlers) without
// Next's request scope. In both cases the user is loaded from the store and the credential's session_version
// must equal the user's current one: "sign out everywhere", a password change or deletion end older sessions;
// a session cookie must also not have been signed out (revoked-sessions.ts).

export type CurrentUser = { id: string; email: string; username: string; session_version: number };

export async function requireUser(req?: Request): Promise<CurrentUser> {
  const user = await resolveUser(req);
  if (!user) throw new AppError("unauthorized");
  return user;
}

/** The signed-in user for server components and pages, or null. Cached for the duration of one request. */
export const getOptionalUser = cache(async (): Promise<CurrentUser | null> => resolveUser());

/** For pages: the signed-in user, or a redirect to /login?next=<nextPath>. */
export async function requirePageUser(nextPath?: string): Promise<CurrentUser> {
  const user = await getOptionalUser();
  if (!user) redirect(loginPathFor(nextPath));
  return user;
}

async function resolveUser(req?: Request): Promise<CurrentUser | null> {
  const credentials = req
    ? { authorization: req.headers.get("authorization"), cookies: parseCookieHeader(req.headers.get("cookie")) }
    : await requestCredentials();
  if (!credentials) return null;
  if (credentials.authorization) {
    // A bad bearer token is a 401 even when a cookie is also present: never silently switch identities.
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(credentials.authorization);
    if (!match) return null;
    const claims = await verifyAccessToken(match[1]);
    return claims ? loadUser(claims.sub, claims.sv) : null;
  }
  const claims = await readSessionClaims(credentials.cookies);
  if (!claims) return null;
  const [user, revoked] = await Promise.all([loadUser(claims.sub, claims.sv), isSessionRevoked({ userId: claims.sub, sid: claims.sid })]);
  return revoked ? null : user;
}

async function loadUser(id: string, sessionVersion: number): Promise<CurrentUser | null> {
  if (!/^[0-9a-f]{24}$/.test(id)) return null;
  const user = await getUserById({ id });
  if (!user || user.session_version !== sessionVersion) return null;
  noteRequestUser(user.id); // the access log line gets a hashed user id
  return { id: user.id, email: user.email, username: user.username, session_version: user.session_version };
}

// Inside Next's request scope. cookies() rather than the raw Cookie header: after a server action signs in
// again (e.g. a password change), the re-render must see the new session cookie, which only cookies() reflects.
async function requestCredentials(): Promise<{ authorization: string | null; cookies: Map<string, string> } | null> {
  try {
    const [h, jar] = await Promise.all([headers(), cookies()]);
    return { authorization: h.get("authorization"), cookies: new Map(jar.getAll().map((c) => [c.name, c.value])) };
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (e.g. "this page is dynamic") must pass through
    // Outside a request (e.g. a script or a test without a request scope): nobody is signed in.
    return null;
  }
}
