import "server-only";
import { NextRequest } from "next/server";
import { AppError } from "@/core/errors";
import { errorResponse } from "@/lib/http/respond";

// next-auth's own endpoints answer client mistakes their own way: an invalid `callbackUrl` (query or cookie) is a
// logged 500 (JSON or an HTML page), an unknown action a 400 with a bare string, /api/auth/error an HTML page.
// This wrapper gives them the API's JSON errors: the callback URL is checked before next-auth sees it (with
// next-auth's own rule), a stale or forged callback-url cookie is dropped, and any error reply becomes {detail, code}.

type Handler = (req: NextRequest) => Promise<Response>;

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

export function withJsonErrors(handler: Handler): (req: Request) => Promise<Response> {
  return async (req) => {
    const url = new URL(req.url);
    const callbackUrl = url.searchParams.get("callbackUrl");
    if (callbackUrl && !isHttpUrl(callbackUrl, url.origin)) {
      return errorResponse(new AppError("bad_request", "The callback URL must be an http(s) address."));
    }
    if (url.pathname.endsWith("/error")) {
      const reason = (url.searchParams.get("error") ?? "").replace(/[^A-Za-z]/g, "").slice(0, 40) || "Default";
      return errorResponse(new AppError("bad_request", `Sign-in did not succeed (${reason}).`));
    }
    const res = await handler(withoutBadCallbackCookie(req, url.origin));
    if (res.status < 400) return res;
    if (res.status === 400 && (await isUnknownAction(res))) return errorResponse(new AppError("not_found"));
    const code =
      res.status >= 500 ? "internal" : res.status === 404 ? "not_found" : res.status === 405 ? "method_not_allowed" : "bad_request";
    return errorResponse(new AppError(code));
  };
}

/** next-auth's rule (assertConfig): an absolute http(s) URL, or a path on this origin. */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

function withoutBadCallbackCookie(req: Request, origin: string): NextRequest {
  const header = req.headers.get("cookie");
  if (!header) return req instanceof NextRequest ? req : new NextRequest(req);
  const kept = header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => {
      const eq = part.indexOf("=");
      if (eq < 0 || !CALLBACK_COOKIES.includes(part.slice(0, eq))) return true;
      return isHttpUrl(safeDecode(part.slice(eq + 1)), origin);
    });
  if (kept.length === header.split(";").length) return req instanceof NextRequest ? req : new NextRequest(req);
  const headers = new Headers(req.headers);
  headers.set("cookie", kept.join("; "));
  return new NextRequest(req, { headers });
}

async function isUnknownAction(res: Response): Promise<boolean> {
  return (await res.clone().text()).includes("Bad request");
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
