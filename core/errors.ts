// One error vocabulary for the whole app. Route handlers and actions map AppError through this table only.

export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "cross_site_request"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "validation_failed"
  | "unprocessable"
  | "rate_limited"
  | "ai_unavailable"
  | "ai_rate_limited"
  | "ai_timeout"
  | "ai_invalid_output"
  | "ai_blocked"
  | "storage_unavailable"
  | "database_unavailable"
  | "busy"
  | "internal";

export type FieldError = { path: string; message: string };

const TABLE: Record<ErrorCode, { status: number; message: string }> = {
  bad_request: { status: 400, message: "The request could not be read." },
  unauthorized: { status: 401, message: "Please sign in." },
  cross_site_request: {
    status: 403,
    message: "This request came from another site, so it was refused. Open InterVu itself and try again.",
  },
  not_found: { status: 404, message: "Not found." },
  method_not_allowed: { status: 405, message: "This method is not allowed here." },
  conflict: { status: 409, message: "That conflicts with something that already exists." },
  payload_too_large: { status: 413, message: "That is too large." },
  unsupported_media_type: { status: 415, message: "That type of file or content is not supported." },
  validation_failed: { status: 422, message: "Some fields are not valid." },
  unprocessable: { status: 422, message: "That could not be processed." },
  rate_limited: { status: 429, message: "Too many attempts. Please wait and try again." },
  ai_unavailable: { status: 503, message: "The AI model is unavailable right now. Please try again." },
  ai_rate_limited: { status: 429, message: "The AI model is busy. Please try again in a moment." },
  ai_timeout: { status: 504, message: "The AI model took too long to answer. Please try again." },
  ai_invalid_output: { status: 502, message: "The AI model returned an unusable answer. Please try again." },
  ai_blocked: { status: 502, message: "The AI model declined to answer this request." },
  storage_unavailable: {
    status: 503,
    message: "InterVu cannot store data on this server: its data folder is not writable and no MongoDB database is configured.",
  },
  database_unavailable: { status: 503, message: "The database is not answering right now. Please try again in a moment." },
  busy: { status: 503, message: "The server is busy right now. Please try again in a moment." },
  internal: { status: 500, message: "Something went wrong on our side." },
};

/**
 * What any route that starts AI work can answer besides its own errors: the model's failures, the user's AI quota
 * (rate_limited, lib/quota/ai-quota.ts) and a full worker pool's queue (busy, lib/workers/pool.ts).
 */
export const AI_ERRORS: ErrorCode[] = [
  "ai_rate_limited",
  "ai_invalid_output",
  "ai_blocked",
  "ai_unavailable",
  "ai_timeout",
  "rate_limited",
  "busy",
];
// Every 429 tells the client when to come back (RFC 9110 Retry-After). Callers pass the real wait when they know it
// (a counter's window, the model's RetryInfo); otherwise this default applies, so no 429 ever goes out without one.
export const DEFAULT_RETRY_AFTER_SECONDS = 30;

// A brand that survives the bundler: a production build can hold two copies of this module in different server
// chunks, and an AppError made by one copy is then not `instanceof` the other's class (the stale-answer 409 became
// a 500 in the standalone server that way). Symbol.for gives every copy the same key.
const APP_ERROR = Symbol.for("intervu.AppError");

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors?: FieldError[];
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message?: string, extra: { errors?: FieldError[]; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message ?? TABLE[code].message, { cause: extra.cause });
    this.name = "AppError";
    this.code = code;
    this.status = TABLE[code].status;
    this.errors = extra.errors;
    this.retryAfterSeconds =
      extra.retryAfterSeconds !== undefined
        ? Math.max(1, Math.ceil(extra.retryAfterSeconds))
        : this.status === 429
          ? DEFAULT_RETRY_AFTER_SECONDS
          : undefined;
  }
}

export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError || (typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[APP_ERROR] === true)
  );
}

export function statusFor(code: ErrorCode): number {
  return TABLE[code].status;
}

export function defaultMessage(code: ErrorCode): string {
  return TABLE[code].message;
}

/** Turns zod issues into the API's `errors` list. */
export function zodFieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(root)", message: issue.message }));
}
