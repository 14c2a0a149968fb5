import { ApiError, type Content, type GenerateContentConfig, type GenerateContentResponse, type GoogleGenAI } from "@google/genai";
import { AiError } from "./errors";
import { log } from "@/core/log";
import { requestScope } from "@/core/request-context";

// One Gemini call under the gateway's rules (agents/gateway.ts): a per-call timeout that aborts the request, up to
// MAX_ATTEMPTS with backoff and jitter on 429/5xx/408 and network failures, one AiError for whatever fails last, and
// the reply's text or the reason it was blocked. Logs reason codes and numbers only.

const MAX_ATTEMPTS = 3;
const BLOCK_REASONS = new Set([
  "SAFETY",
  "RECITATION",
  "BLOCKLIST",
  "PROHIBITED_CONTENT",
  "SPII",
  "IMAGE_SAFETY",
  "IMAGE_PROHIBITED_CONTENT",
  "IMAGE_RECITATION",
  "LANGUAGE",
  "OTHER",
  "MALFORMED_FUNCTION_CALL",
]);

type Tuning = { baseDelayMs: number; maxDelayMs: number; maxRetryAfterMs: number };
const DEFAULT_TUNING: Tuning = { baseDelayMs: 400, maxDelayMs: 4000, maxRetryAfterMs: 10_000 };
let tuning: Tuning = { ...DEFAULT_TUNING };

/** Test hook (through resetGatewayForTests): the retry timings, defaults unless given. */
export function setRetryTuning(options: Partial<Tuning> = {}): void {
  tuning = { ...DEFAULT_TUNING, ...options };
}

/**
 * Starts a request under the timeout (a fresh AbortController per attempt), retrying 429/5xx/network failures with
 * backoff up to MAX_ATTEMPTS; the last failure becomes an AiError. Returns the result and the controller of the
 * attempt that succeeded (a stream keeps using it to abort).
 */
export async function startWithRetries<T>(
  timeoutMs: number,
  start: (abortSignal: AbortSignal) => Promise<T>,
): Promise<{ result: T; controller: AbortController }> {
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    try {
      return { result: await withTimeout(start(controller.signal), timeoutMs, controller), controller };
    } catch (error) {
      const failure = classify(error);
      if (failure.retryable && attempt < MAX_ATTEMPTS) {
        await sleep(backoffMs(attempt, failure.retryAfterMs));
        continue;
      }
      throw toAiError(failure, attempt);
    }
  }
}

export async function callWithRetries(
  ai: GoogleGenAI,
  model: string,
  contents: Content[],
  config: GenerateContentConfig,
  timeoutMs: number,
): Promise<{ text: string; model: string; finishReason: string }> {
  const { result: response } = await startWithRetries(timeoutMs, (abortSignal) =>
    ai.models.generateContent({ model, contents, config: { ...config, abortSignal } }),
  );
  const blocked = blockedReason(response);
  if (blocked) {
    logFailure("blocked", { stage: "reply", problem: blocked });
    throw new AiError("blocked");
  }
  const finishReason = String(response.candidates?.[0]?.finishReason ?? "");
  return { text: textOf(response), model: response.modelVersion || model, finishReason };
}

class TimeoutSignal extends Error {
  constructor() {
    super("timeout");
    this.name = "TimeoutSignal";
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, controller: AbortController): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutSignal());
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Failure = {
  reason: "timeout" | "rate_limited" | "unavailable";
  retryable: boolean;
  status?: number;
  retryAfterMs?: number;
};

export function classify(error: unknown): Failure {
  if (error instanceof AiError) return { reason: error.reason as Failure["reason"], retryable: false };
  if (error instanceof TimeoutSignal) return { reason: "timeout", retryable: false };
  if (error instanceof ApiError || (error instanceof Error && typeof (error as { status?: unknown }).status === "number")) {
    const status = (error as unknown as { status: number }).status;
    const retryAfterMs = parseRetryDelay((error as Error).message);
    if (status === 429) return { reason: "rate_limited", retryable: true, status, retryAfterMs };
    if (status === 408 || status >= 500) return { reason: "unavailable", retryable: true, status };
    return { reason: "unavailable", retryable: false, status };
  }
  if (error instanceof Error && (error.name === "AbortError" || /aborted/i.test(error.message))) {
    return { reason: "timeout", retryable: false };
  }
  // fetch failed / ECONNREFUSED / socket hang up / stream parse errors: treat as the network.
  return { reason: "unavailable", retryable: true };
}

/** google.rpc.RetryInfo's "retryDelay": "12s" inside the error body, when present. */
function parseRetryDelay(message: string): number | undefined {
  const m = /"retryDelay"\s*:\s*"(\d+(?:\.\d+)?)s"/.exec(message ?? "");
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}

export function toAiError(failure: Failure, attempts: number): AiError {
  logFailure(failure.reason, { status: failure.status, attempts });
  if (failure.reason === "rate_limited") {
    const retryAfterSeconds = failure.retryAfterMs ? Math.max(1, Math.ceil(failure.retryAfterMs / 1000)) : undefined;
    return new AiError("rate_limited", undefined, { retryAfterSeconds });
  }
  return new AiError(failure.reason);
}

function backoffMs(attempt: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, tuning.maxRetryAfterMs);
  const exp = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + Math.random() * (exp / 2)); // "equal jitter"
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------------------------
// Reply helpers

export function textOf(response: GenerateContentResponse): string {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  return parts
    .filter((p) => typeof p.text === "string" && !p.thought)
    .map((p) => p.text as string)
    .join("");
}

/** A reason string when the prompt or the candidate was blocked (or no candidate came back at all), else null. */
export function blockedReason(response: GenerateContentResponse, requireCandidate = true): string | null {
  const promptBlock = response.promptFeedback?.blockReason;
  if (promptBlock) return `prompt:${String(promptBlock)}`;
  const candidate = response.candidates?.[0];
  if (!candidate) return requireCandidate ? "no candidate" : null;
  const finish = candidate.finishReason ? String(candidate.finishReason) : "";
  if (BLOCK_REASONS.has(finish)) return `finish:${finish}`;
  return null;
}

export function logFailure(reason: string, details: Record<string, unknown>): void {
  // Only reason codes and numbers: never the key, the prompt or the reply.
  log().warn({ event: "gemini_failure", reason, reqId: requestScope()?.requestId, ...details }, `gemini ${reason}`);
}
