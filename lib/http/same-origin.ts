import "server-only";
import { getConfig } from "@/core/config";
import { AppError } from "@/core/errors";

// Cross-site request forgery guard for everything the session cookie authenticates (route handlers called with
// the cookie, server actions). SameSite=Lax is not enough: a sibling subdomain is "same-site", so its pages can
// post forms that carry our cookie. The browser tells us where a request comes from:
// - `Sec-Fetch-Site` (every current browser): only "same-origin" (or "none", a user-typed navigation) passes;
// - otherwise `Origin`: its host must be the host the request was sent to (`X-Forwarded-Host` behind a trusted
//   proxy); "null" (sandboxed frames, privacy redirects) never passes;
// - neither header: not a browser (curl, scripts, server-to-server), which no other site can drive, so it passes.
// Bearer-token calls never reach this check: no other site can make a browser attach our Authorization header.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

function isCrossSite(headers: Headers, requestUrl?: string): boolean {
  const fetchSite = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = headers.get("origin")?.trim();
  if (!origin) return false;
  const originHost = hostOf(origin);
  return originHost === null || !ownHosts(headers, requestUrl).includes(originHost);
}

export function assertSameOrigin(headers: Headers, requestUrl?: string): void {
  if (isCrossSite(headers, requestUrl)) {
    throw new AppError("cross_site_request");
  }
}

function ownHosts(headers: Headers, requestUrl?: string): string[] {
  const hosts: string[] = [];
  const host = headers.get("host")?.trim().toLowerCase();
  if (host) hosts.push(host);
  if (getConfig().trustProxy) {
    const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim().toLowerCase();
    if (forwarded) hosts.push(forwarded);
  }
  if (!host && requestUrl) {
    const fromUrl = hostOf(requestUrl);
    if (fromUrl) hosts.push(fromUrl);
  }
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}
