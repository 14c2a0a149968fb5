// The return address after sign-in. Only a same-origin relative path is accepted; anything else (absolute
// URLs, protocol-relative "//host", "/\host" which browsers treat like "//", "javascript:", control characters)
// falls back to the default. Client-safe: used by the login form, the login action and the protected layout.

export const DEFAULT_AFTER_LOGIN = "/dashboard";

export function safeNextPath(value: unknown, fallback: string = DEFAULT_AFTER_LOGIN): string {
  if (typeof value !== "string") return fallback;
  const next = value.trim();
  if (next.length === 0 || next.length > 2048 || !isPlainPath(next)) return fallback;
  // Normalise first, as the browser would ("/a/../b" → "/b"), then check what came out: dot segments can turn a
  // harmless-looking path into a protocol-relative one ("/.//evil.example" and "/%2e//evil.example" → "//evil.example").
  try {
    const base = "http://same-origin.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    const normalised = `${url.pathname}${url.search}${url.hash}`;
    return isPlainPath(normalised) ? normalised : fallback;
  } catch {
    return fallback;
  }
}

// One path on this origin: starts with a single "/", not "//" or "/\" (both mean another host to a browser), and no
// control characters or backslashes (browsers strip tabs/newlines and read "\" as "/", so "/\t/evil.com" is "//evil.com").
function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !/[\u0000-\u001f\u007f\\]/.test(path);
}

/** `/login?next=<path>` for a protected page the visitor tried to open. */
export function loginPathFor(nextPath: string | null | undefined): string {
  const next = safeNextPath(nextPath, "");
  return next && next !== "/login" ? `/login?next=${encodeURIComponent(next)}` : "/login";
}
