import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/core/log";
import { metrics } from "@/core/metrics";
import { enterRequestScope, requestScope, runInRequestScope, type RequestScope } from "@/core/request-context";
import { routeLabel } from "./route-label";

// One access line and one set of request metrics per HTTP request, pages, server actions and API routes alike.
//
// Under `next start` and the standalone server.js, installHttpObserver() (called once from instrumentation.ts)
// watches Node's own "http.server.request.start" diagnostics channel: it gives each request an id (a well-formed
// incoming X-Request-Id is kept, e.g. from a load balancer), puts it on the request headers (so route handlers and
// server components can read it) and on the reply, makes it the current request scope, and logs when the reply ends.
// Where no Node HTTP server runs in the process (Vercel's functions, tests calling a handler directly), the route
// wrapper's observeRoute() does the same for API routes.

const REQUEST_ID_HEADER = "x-request-id";
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const CHANNEL = "http.server.request.start";

const g = globalThis as typeof globalThis & { __intervuHttpObserver?: boolean };

export function installHttpObserver(): void {
  if (g.__intervuHttpObserver) return;
  g.__intervuHttpObserver = true;
  subscribe(CHANNEL, (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const scope = openScope(request.method ?? "GET", request.url ?? "/", headerValue(request.headers[REQUEST_ID_HEADER]));
    request.headers[REQUEST_ID_HEADER] = scope.requestId;
    response.setHeader("X-Request-Id", scope.requestId);
    // The Node server calls its request handler right after publishing, in this same synchronous call: the scope
    // becomes the async context of everything Next does for this request.
    enterRequestScope(scope);
    response.once("close", () => {
      // A reply that never finished means the client went away first: 499, as nginx logs it.
      finishRequest(scope, response.writableFinished ? response.statusCode : 499);
    });
  });
}

/** For route handlers: a request scope and an access line when no HTTP observer already provides them. */
export function observeRoute<A extends unknown[]>(
  handler: (req: Request, ...rest: A) => Promise<Response>,
): (req: Request, ...rest: A) => Promise<Response> {
  return async (req, ...rest) => {
    if (requestScope()) return handler(req, ...rest);
    const url = new URL(req.url);
    const scope = openScope(req.method, `${url.pathname}${url.search}`, req.headers.get(REQUEST_ID_HEADER));
    let status = 500;
    try {
      const res = await runInRequestScope(scope, () => handler(req, ...rest));
      status = res.status;
      return withRequestId(res, scope.requestId);
    } finally {
      finishRequest(scope, status);
    }
  };
}

function openScope(method: string, url: string, incomingId: string | null | undefined): RequestScope {
  const requestId = incomingId && SAFE_ID.test(incomingId) ? incomingId : randomUUID();
  return { requestId, method, path: url.split("?")[0] || "/", startedAt: performance.now() };
}

function finishRequest(scope: RequestScope, status: number): void {
  const seconds = (performance.now() - scope.startedAt) / 1000;
  const route = routeLabel(scope.path, status);
  const labels = { method: scope.method, route, status: String(status) };
  try {
    const m = metrics();
    m.httpRequests.inc(labels);
    m.httpDuration.observe(labels, seconds);
  } catch {
    // metrics never break a reply
  }
  if (route === "/_next/static") return; // hashed assets: counted, not logged line by line
  const line = {
    event: "request",
    reqId: scope.requestId,
    method: scope.method,
    route,
    status,
    duration_ms: Math.round(seconds * 1000),
    user: scope.user,
  };
  if (status >= 500) log().error(line, "request failed");
  else log().info(line, "request");
}

function withRequestId(res: Response, id: string): Response {
  try {
    res.headers.set("X-Request-Id", id);
    return res;
  } catch {
    // Some responses (redirects) have immutable headers: copy into a new one.
    const headers = new Headers(res.headers);
    headers.set("X-Request-Id", id);
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
