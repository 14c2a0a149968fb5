import "server-only";
import { AppError, defaultMessage, isAppError } from "@/core/errors";
import { errorFields, log } from "@/core/log";
import { requestScope } from "@/core/request-context";

/** JSON reply with the API's conventions. */
export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * A list as a plain JSON array; the next page, when there is one, in a `Link: <…&cursor=…>; rel="next"` header
 * (GitHub's convention). The link keeps the request's other query parameters and is relative to the host, so it
 * stays right behind a proxy.
 */
export function listReply(req: Request, page: { items: unknown[]; next_cursor: string | null }): Response {
  const headers: Record<string, string> = {};
  if (page.next_cursor) {
    const url = new URL(req.url);
    url.searchParams.set("cursor", page.next_cursor);
    headers.Link = `<${url.pathname}${url.search}>; rel="next"`;
  }
  return json(page.items, 200, headers);
}

/** Maps any thrown value to the API's error body. Unknown errors are logged (without request data) and become 500. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return appErrorResponse(error);
  log().error({ event: "unhandled_error", reqId: requestScope()?.requestId, err: errorFields(error) }, "unhandled error");
  return json({ detail: defaultMessage("internal"), code: "internal" }, 500);
}

function appErrorResponse(error: AppError): Response {
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)));
  const body: Record<string, unknown> = { detail: error.message, code: error.code };
  if (error.errors?.length) body.errors = error.errors;
  return json(body, error.status, headers);
}
