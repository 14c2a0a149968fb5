import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/core/config";
import { authConfig } from "@/lib/auth/auth.config";
import { isProtectedPath, PATH_HEADER } from "@/lib/auth/protected-paths";
import { loginPathFor } from "@/lib/auth/safe-next";
import { readSessionClaims } from "@/lib/auth/session-cookie";
import { corsHeaders, preflightResponse } from "@/lib/http/cors";
import { apiRequestProblem, problemBody } from "@/lib/http/request-problem";
import { hasSessionCookie, SESSION_IDLE_SECONDS, SESSION_REFRESH_AFTER_SECONDS } from "@/lib/auth/session-policy";
import { storageUnavailableReply } from "@/lib/http/storage-unavailable";
import { contentSecurityPolicy, isHttps, newNonce, NONCE_HEADER, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

// Runs before every page and API request (see the matcher). Three jobs, all cheap (no database):
// 1. Optimistic redirect: a protected page without any session cookie goes to /login?next=<path>.
//    The real check (signature, expiry, session_version against the store) is in the (app) layout and requireUser().
// 2. Idle timeout: on GET requests that carry a session cookie older than SESSION_REFRESH_AFTER_SECONDS (or one
//    that is no longer valid), next-auth re-issues it with a fresh 30-minute expiry (or clears it when it has
//    expired or passed the 12-hour limit). Never on POSTs (sign-in and sign-out set the cookie themselves) nor on
//    prefetches (not user activity, and fired in bursts): a refresh racing a sign-out could bring the cookie back.
// 3. Security headers (lib/http/security-headers.ts): a Content-Security-Policy with a fresh nonce (Next.js reads
//    it from the request header and puts it on its scripts), and HSTS over https.

const { auth } = NextAuth(() => ({ ...authConfig, secret: getConfig().secret }));

type Middleware = (req: NextRequest, ctx: unknown) => Promise<Response>;

// With a lazily built config, next-auth's auth(handler) returns a promise of the wrapped middleware
// (its types say otherwise); Promise.resolve() handles both shapes.
let refresher: Promise<Middleware> | null = null;
function refreshSession(req: NextRequest, ctx: unknown): Promise<Response> {
  refresher ??= Promise.resolve(
    auth((authed) =>
      !authed.auth && isProtectedPath(authed.nextUrl.pathname) ? redirectToLogin(authed) : forward(authed),
    ) as unknown as Middleware,
  );
  return refresher.then((middleware) => middleware(req, ctx));
}

export default async function proxy(req: NextRequest, ctx: unknown): Promise<Response> {
  const { pathname } = req.nextUrl;
  const unavailable = storageUnavailableReply(pathname); // no writable DATA_DIR and no MONGO_URI: 503 for everything
  if (unavailable) return unavailable;
  if (pathname.startsWith("/api/")) return withCors(req, await apiProxy(req, ctx));
  return pageProxy(req, ctx);
}

/** /api requests: JSON for what the router cannot serve, CORS preflights, then the same session handling as pages. */
async function apiProxy(req: NextRequest, ctx: unknown): Promise<Response> {
  const problem = apiRequestProblem(req.method, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  if (problem) return new Response(problemBody(problem), { status: problem.status, headers: { "Content-Type": "application/json" } });
  return preflightResponse(req, getConfig().corsOrigins) ?? pageProxy(req, ctx);
}

function withCors(req: NextRequest, res: Response): Response {
  const headers = corsHeaders(req.headers.get("origin"), getConfig().corsOrigins);
  if (headers) for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}

async function pageProxy(req: NextRequest, ctx: unknown): Promise<Response> {
  const { pathname } = req.nextUrl;
  const signedInMaybe = hasSessionCookie(req.cookies.getAll().map((c) => c.name));
  if (!signedInMaybe) return isProtectedPath(pathname) ? redirectToLogin(req) : forward(req);
  if (req.method !== "GET" || pathname.startsWith("/api/auth/") || req.headers.has("next-action") || isPrefetch(req)) return forward(req);
  const claims = await readSessionClaims(new Map(req.cookies.getAll().map((c) => [c.name, c.value])));
  const now = Math.floor(Date.now() / 1000);
  if (claims?.exp && claims.exp - now > SESSION_IDLE_SECONDS - SESSION_REFRESH_AFTER_SECONDS) return forward(req);
  return refreshSession(req, ctx);
}

function isPrefetch(req: NextRequest): boolean {
  return req.headers.has("next-router-prefetch") || /prefetch/i.test(req.headers.get("sec-purpose") ?? req.headers.get("purpose") ?? "");
}

function redirectToLogin(req: NextRequest): Response {
  const { pathname, search } = req.nextUrl;
  if (pathname.startsWith("/api/")) return forward(req); // APIs answer 401 themselves
  return withTransportSecurity(req, NextResponse.redirect(new URL(loginPathFor(`${pathname}${search}`), req.url)));
}

function forward(req: NextRequest): NextResponse {
  const headers = new Headers(req.headers);
  headers.set(PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  const nonce = newNonce();
  const { devServer, trustProxy } = getConfig();
  const csp = contentSecurityPolicy(nonce, { devServer, https: isHttps(req.nextUrl, req.headers, trustProxy) });
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return withTransportSecurity(req, res);
}

function withTransportSecurity<R extends Response>(req: NextRequest, res: R): R {
  if (isHttps(req.nextUrl, req.headers, getConfig().trustProxy)) res.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return res;
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|css|js|map|txt|woff2?)$).*)",
  ],
};
