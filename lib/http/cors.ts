// CORS for separately hosted clients (CORS_ORIGINS): they may call the API with a bearer token. Credentials are
// never allowed cross-origin (no Access-Control-Allow-Credentials), so a browser never sends or exposes the
// session cookie to another origin's script. Pure functions; proxy.ts applies them to /api requests.

const ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
const ALLOWED_HEADERS = "Authorization, Content-Type";
const EXPOSED_HEADERS = "Link, Retry-After, Content-Disposition, X-Request-Id";

/** Headers for a response to `origin`, or null when it is not an allowed other origin. */
export function corsHeaders(origin: string | null, allowed: readonly string[]): Record<string, string> | null {
  if (!origin || !allowed.includes(origin.toLowerCase())) return null;
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED_HEADERS, Vary: "Origin" };
}

/** The answer to a preflight (OPTIONS with Access-Control-Request-Method), or null when it is not one we allow. */
export function preflightResponse(req: Request, allowed: readonly string[]): Response | null {
  if (req.method !== "OPTIONS" || !req.headers.has("access-control-request-method")) return null;
  const headers = corsHeaders(req.headers.get("origin"), allowed);
  if (!headers) return null;
  return new Response(null, {
    status: 204,
    headers: {
      ...headers,
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": ALLOWED_HEADERS,
      "Access-Control-Max-Age": "600",
    },
  });
}
