// Per-request security headers, set by proxy.ts on every page and API response (static files have their own).
// Proxy-safe: no server-only imports, no store.
//
// Content-Security-Policy with a fresh nonce per request: Next.js reads the nonce from the CSP request header and
// puts it on its own scripts; 'strict-dynamic' lets those load the rest of the bundle. No 'unsafe-inline' for
// scripts or styles, so injected markup cannot run code. `next dev` needs 'unsafe-eval' (React's error overlay)
// and inline styles (the dev overlay); production does not.

export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: a nonce that cannot be guessed. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, opts: { devServer: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.devServer ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${opts.devServer ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, subdomains included; sent only over https (browsers ignore it on http anyway). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Was the request made over https? Behind a proxy we trust, its X-Forwarded-Proto says so. */
export function isHttps(url: URL, headers: Headers, trustProxy: boolean): boolean {
  if (url.protocol === "https:") return true;
  return trustProxy && headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
