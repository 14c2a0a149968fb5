import { AppError, type ErrorCode } from "@/core/errors";

// The one error type of the AI layer. Every agent throws it when the model fails; it is an AppError, so routes map it
// to an HTTP status with no extra code: unavailable → 503, rate_limited → 429, timeout → 504, invalid_output → 502,
// blocked → 502. Never replace a failure with made-up output: throw this instead.

export type AiFailureReason = "unavailable" | "rate_limited" | "timeout" | "invalid_output" | "blocked";

const CODE_FOR: Record<AiFailureReason, ErrorCode> = {
  unavailable: "ai_unavailable",
  rate_limited: "ai_rate_limited",
  timeout: "ai_timeout",
  invalid_output: "ai_invalid_output",
  blocked: "ai_blocked",
};

export class AiError extends AppError {
  readonly reason: AiFailureReason;

  /** `message` is shown to the user: keep it free of prompts, keys and model output. Default: the AppError table's text. */
  constructor(reason: AiFailureReason, message?: string, extra: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(CODE_FOR[reason], message, extra);
    this.name = "AiError";
    this.reason = reason;
  }
}

export function isAiError(value: unknown): value is AiError {
  return value instanceof AiError;
}
