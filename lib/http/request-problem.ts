// Requests to /api that the framework cannot route: a method outside HTTP's standard set (TRACE cannot even be
// represented as a fetch Request, so Next answers it with a logged 500) or a path whose %-escapes do not decode
// (Next answers a text 500). Shared by the Node front door (instrumentation) and proxy.ts, so both answer alike.

const STANDARD_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type RequestProblem = { status: 400 | 405; code: "bad_request" | "method_not_allowed"; detail: string };

/** `rawPath` is the request target as sent (path and query, still percent-encoded); only the path must decode. */
export function apiRequestProblem(method: string, rawPath: string): RequestProblem | null {
  const path = rawPath.split("?")[0];
  if (path !== "/api" && !path.startsWith("/api/")) return null;
  if (!(STANDARD_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return { status: 405, code: "method_not_allowed", detail: `The ${method.slice(0, 20)} method is not supported by this API.` };
  }
  if (!decodes(path)) {
    return { status: 400, code: "bad_request", detail: "The request URL contains an invalid percent-encoded sequence." };
  }
  return null;
}

export function problemBody(problem: RequestProblem): string {
  return JSON.stringify({ detail: problem.detail, code: problem.code });
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
