// The one way browser code calls the InterVu API. Every failure becomes an ApiError (errors.ts); a 401 sends the
// person to sign-in with a return address to this page; replies are checked against the shared zod schema the
// caller names, so their type comes from core/schemas and never from a cast.
// Schemas for the browser are written with zod/mini (core/schemas/*-reply.ts) to keep page bundles small.
import * as z from "zod/mini";
import { ApiError, errorFromResponse } from "./errors";

export type ApiRequestOptions = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON; FormData is sent as multipart. */
  body?: unknown;
  /** Gives up after this long (default 20 s); a timeout is an ApiError of kind "timeout". */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The request outlives the page (saves on pagehide). */
  keepalive?: boolean;
  /** What to do with a 401: go to sign-in and come back here (default), or only throw. */
  onUnauthorized?: "sign-in" | "throw";
  /** The reply's media type (default JSON); a streamed reply names its own. */
  accept?: string;
};

const DEFAULT_TIMEOUT_MS = 20_000;

/** For requests that wait on a model: the server's own limit and retries come first (AI_TIMEOUT_MS, 30 s a try). */
export const AI_REPLY_TIMEOUT_MS = 180_000;

/** Calls the API and returns the reply parsed by `schema`. */
export async function apiRequest<S extends z.core.$ZodType>(url: string, schema: S, options: ApiRequestOptions = {}): Promise<z.output<S>> {
  const res = await send(url, options);
  const data: unknown = await res.json().catch(() => undefined);
  const parsed = z.safeParse(schema, data);
  if (!parsed.success) {
    throw new ApiError("invalid_reply", "The server sent a reply this page does not understand. Please reload and try again.", {
      status: res.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Calls the API for its effect only (204 replies, or replies the caller does not read). */
export async function apiSend(url: string, options: ApiRequestOptions = {}): Promise<void> {
  await send(url, options);
}

/** Calls the API for a streamed reply: the Response once it started well, or an ApiError as for any call. */
export function apiStream(url: string, options: ApiRequestOptions = {}): Promise<Response> {
  return send(url, options);
}

/** The sign-in page, coming back to where the person is now. */
function signInUrl(here: string): string {
  return `/login?next=${encodeURIComponent(here)}`;
}

async function send(url: string, options: ApiRequestOptions): Promise<Response> {
  const { method = options.body === undefined ? "GET" : "POST", body, keepalive, accept = "application/json" } = options;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const isForm = typeof FormData !== "undefined" && body instanceof FormData;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      signal,
      keepalive,
      headers: body === undefined || isForm ? { Accept: accept } : { Accept: accept, "Content-Type": "application/json" },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch (error) {
    if (timeout.aborted) throw new ApiError("timeout", "The server took too long to answer. Please try again.", { cause: error });
    if (options.signal?.aborted) throw error; // the caller cancelled: not a failure to report
    throw new ApiError("network", "Could not reach InterVu. Check your connection and try again.", { cause: error });
  }
  if (res.ok) return res;
  const error = await errorFromResponse(res);
  if (res.status === 401 && (options.onUnauthorized ?? "sign-in") === "sign-in" && typeof window !== "undefined") {
    window.location.assign(signInUrl(window.location.pathname + window.location.search));
  }
  throw error;
}
