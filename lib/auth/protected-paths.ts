// Pages that need a signed-in user. proxy.ts redirects anonymous visitors optimistically; the (app) layout and
// requireUser() make the real decision. Client-safe.

const PROTECTED_PREFIXES = ["/dashboard", "/interview", "/career", "/profile", "/account"] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Request header through which proxy.ts tells the (app) layout which path was asked for (for ?next=). */
export const PATH_HEADER = "x-intervu-path";
