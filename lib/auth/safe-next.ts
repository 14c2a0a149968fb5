// The return address after sign-in. Only a same-origin relative path is accepted; anything else (absolute
// URLs, protocol-relative "//host", "/\host" which browsers treat like "//", "javascript:", control characters)
// falls back to the default. Client-safe: used by the login form, the login action and the protected layout.

export const DEFAULT_AFTER_LOGIN = "/dashboard";

export function safeNextPath(value: unknown, fallback: string = DEFAULT_AFTER_LOGIN): string {
  if (typeof value !== "string") return fallback;
  const next = value.trim();
  if (next.length === 0 || next.length > 2048) return fallback;
  if (!next.startsWith("/")) return fallback;
  if (next.startsWith("//") || next.startsWith("/\\")) return fallback;
  // Browsers strip tabs/newlines from URLs and treat "\" like "/", so "/\t/evil.com" would become "//evil.com".
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  // Resolve against a dummy origin: whatever the browser would make of it must stay on that origin.
  try {
    const base = "http://same-origin.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** `/login?next=<path>` for a protected page the visitor tried to open. */
export function loginPathFor(nextPath: string | null | undefined): string {
  const next = safeNextPath(nextPath, "");
  return next && next !== "/login" ? `/login?next=${encodeURIComponent(next)}` : "/login";
}
