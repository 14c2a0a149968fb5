// The one error a browser API call ends in, whatever went wrong: the server's {detail, code, errors?} reply, no
// answer at all (offline, DNS, reset), a timeout, or a reply that is not what the shared schema says.
import * as z from "zod/mini";

export type ApiFailure = "http" | "network" | "timeout" | "invalid_reply";

export type ApiFieldError = { path: string; message: string };

export class ApiError extends Error {
  readonly kind: ApiFailure;
  /** The HTTP status; 0 when no reply arrived (network, timeout). */
  readonly status: number;
  /** The server's machine code (core/errors.ts ErrorCode), or the kind for failures without a reply. */
  readonly code: string;
  readonly errors: ApiFieldError[];
  readonly retryAfterSeconds: number | null;

  constructor(
    kind: ApiFailure,
    message: string,
    extra: { status?: number; code?: string; errors?: ApiFieldError[]; retryAfterSeconds?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = "ApiError";
    this.kind = kind;
    this.status = extra.status ?? 0;
    this.code = extra.code ?? kind;
    this.errors = extra.errors ?? [];
    this.retryAfterSeconds = extra.retryAfterSeconds ?? null;
  }

  /** No reply arrived: worth keeping the work locally and trying again when the browser is back online. */
  get isOffline(): boolean {
    return this.kind === "network" || this.kind === "timeout";
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** What to tell the person about a failed call: the ApiError's message, or a plain fallback for anything else. */
export function errorMessage(error: unknown): string {
  return isApiError(error) ? error.message : "Something went wrong. Please try again.";
}

/** The API's error body (API.md): every failed reply has this shape. */
const errorBodySchema = z.object({
  detail: z.optional(z.string()),
  code: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

/** Turns a failed reply into an ApiError with a message a person can act on. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  const parsed = z.safeParse(errorBodySchema, await res.json().catch(() => null));
  const body = parsed.success ? parsed.data : {};
  const retryAfterSeconds = res.status === 429 ? retryAfter(res.headers.get("Retry-After")) : null;
  // A refused request names what to fix: the field messages say more than "Some fields are not valid."
  const detail = body.code === "validation_failed" && body.errors?.length ? body.errors.map((e) => e.message).join(" ") : body.detail;
  return new ApiError("http", messageFor(res.status, detail, retryAfterSeconds), {
    status: res.status,
    code: body.code ?? `http_${res.status}`,
    errors: body.errors,
    retryAfterSeconds,
  });
}

function messageFor(status: number, detail: string | undefined, retryAfterSeconds: number | null): string {
  if (status === 401) return "You were signed out. Sign in again to go on.";
  if (status === 429) {
    const base = detail ?? "Too many requests. Please wait and try again.";
    return retryAfterSeconds ? `${base} You can try again in ${plainWait(retryAfterSeconds)}.` : base;
  }
  return detail ?? `The request failed (${status}). Please try again.`;
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function plainWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
