import { ApiError, GoogleGenAI, type Content, type GenerateContentConfig, type GenerateContentResponse } from "@google/genai";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { getConfig } from "@/core/config";
import { AiError } from "./errors";
import { withUntrustedDataRule } from "./prompt";

// The Gemini gateway: the ONLY module that constructs a GoogleGenAI client. Agents call
//   generateStructured({ schema, system, prompt })  → { data, model }   (JSON output validated by the zod schema)
//   generateTextStream({ system, prompt })           → AsyncIterable<string>
// Both throw AiError (agents/errors.ts) on failure, never a default value.
//
// Behaviour:
// - JSON Schema from z.toJSONSchema(schema, io "input"), cleaned for Gemini, sent as `responseJsonSchema` with
//   `responseMimeType: "application/json"`; the reply is parsed and validated with the same zod schema.
// - One repair attempt when the reply is not JSON or fails the schema (the model is shown the validation error).
// - Per-call timeout getConfig().aiTimeoutMs (AbortSignal + Promise.race) → AiError("timeout"); not retried.
// - Up to 3 attempts with exponential backoff and jitter on 429, 5xx, 408 and network errors; then
//   AiError("rate_limited") for 429 (with retryAfterSeconds when the server said), otherwise AiError("unavailable").
// - maxOutputTokens capped at MAX_OUTPUT_TOKENS_CAP.
// - A prompt blocked by safety filters, a candidate stopped for safety, or no candidate at all → AiError("blocked").
// - The system instruction always gets the untrusted-data rule (agents/prompt.ts) appended.
// - Logs only the failure reason, HTTP status and attempt number: never keys, prompts or replies.

export const MAX_OUTPUT_TOKENS_CAP = 8192;
const DEFAULT_MAX_OUTPUT_TOKENS = 4096;
const MAX_ATTEMPTS = 3;
const REPAIR_ECHO_LIMIT = 6000;
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

let client: GoogleGenAI | null = null;
let clientSignature = "";

function getClient(): { ai: GoogleGenAI; model: string; timeoutMs: number } {
  const cfg = getConfig();
  if (!cfg.geminiApiKey) {
    throw new AiError("unavailable", "The Gemini engine is not configured (no API key).");
  }
  const signature = `${cfg.geminiBaseUrl ?? ""}|${cfg.geminiApiKey.length}:${cfg.geminiApiKey.slice(-4)}`;
  if (!client || signature !== clientSignature) {
    client = new GoogleGenAI({
      apiKey: cfg.geminiApiKey,
      httpOptions: { baseUrl: cfg.geminiBaseUrl ?? undefined },
    });
    clientSignature = signature;
  }
  return { ai: client, model: cfg.geminiModel, timeoutMs: cfg.aiTimeoutMs };
}

// Start-up work done once, at module load, so that the first interview after a cold start is as fast as the next ones
// (measured by scripts/bench-evaluation.ts): Node loads its fetch implementation (undici) lazily on first use, which
// costs tens of milliseconds (hundreds on a busy machine) in the middle of the first request; touching one of its
// globals here loads it now. The SDK's module code is warmed by building a throwaway client (no network).
void (globalThis as { Headers?: unknown }).Headers;
try {
  void new GoogleGenAI({ apiKey: "warm-up" });
} catch {
  // Never fatal: the real client is built (and errors reported) on first use.
}
let httpWarm: Promise<void> | null = null;
void warmHttpClient();

/**
 * The first HTTP exchange of a process is slow (undici compiles its HTTP parser and its request/response paths run
 * cold; measured at 100–250 ms for the first ten concurrent calls). One tiny request to a loopback server of our own,
 * started here and closed right after, pays that at start-up instead of in the first interview. No external network;
 * any failure is ignored. Runs once per process.
 */
export function warmHttpClient(): Promise<void> {
  httpWarm ??= new Promise<void>((resolve) => {
    // A test double in place of fetch (vi.fn / jest.fn carry `.mock`) must not see an extra call.
    if (typeof fetch !== "function" || "mock" in fetch) return resolve();
    let finished = false;
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { "content-type": "application/json", connection: "close" });
      res.end("{}");
    });
    const done = () => {
      if (finished) return;
      finished = true;
      server.close();
      resolve();
    };
    server.on("error", done);
    server.unref();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      fetch(`http://127.0.0.1:${port}/warm-up`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
        .then((res) => res.json())
        .catch(() => undefined)
        .finally(done);
    });
  });
  return httpWarm;
}

/**
 * Precomputes what a structured call needs for `schema` (the cleaned JSON Schema) and warms zod's parser for it, so
 * the first call pays neither. Agents call it at module load for their output schemas; cheap and idempotent.
 */
export function prepareStructuredSchema(schema: z.ZodType, sample?: unknown): void {
  try {
    geminiJsonSchema(schema);
    schema.safeParse(sample ?? {});
  } catch {
    // A schema that cannot be converted fails (and is reported) on first use instead.
  }
}

/** Test hook: drop the client (rebuilt from getConfig() on next use) and restore default retry timings. */
export function resetGatewayForTests(options: Partial<Tuning> = {}): void {
  client = null;
  clientSignature = "";
  tuning = { ...DEFAULT_TUNING, ...options };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Schema for Gemini

const SCHEMA_CACHE = new WeakMap<z.ZodType, Record<string, unknown>>();
const ALLOWED_KEYS = new Set([
  "$id",
  "$defs",
  "$ref",
  "$anchor",
  "type",
  "format",
  "title",
  "description",
  "enum",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "anyOf",
  "oneOf",
  "properties",
  "additionalProperties",
  "required",
  "propertyOrdering",
]);
const ALLOWED_FORMATS = new Set(["date-time", "date", "time"]);

/** z.toJSONSchema(schema) reduced to the JSON Schema subset Gemini's `responseJsonSchema` accepts. */
export function geminiJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const cached = SCHEMA_CACHE.get(schema);
  if (cached) return cached;
  const raw = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  const cleaned = cleanSchema(raw) as Record<string, unknown>;
  SCHEMA_CACHE.set(schema, cleaned);
  return cleaned;
}

function cleanSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(cleanSchema);
  if (!node || typeof node !== "object") return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const [key, value] of Object.entries(src)) {
    if (key === "properties" || key === "$defs") {
      const props: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries((value ?? {}) as Record<string, unknown>)) props[name] = cleanSchema(sub);
      out[key] = props;
    } else if (key === "const") {
      out.enum = [value];
    } else if (key === "exclusiveMinimum" && typeof value === "number") {
      out.minimum = value;
    } else if (key === "exclusiveMaximum" && typeof value === "number") {
      out.maximum = value;
    } else if (key === "maxLength" && typeof value === "number") {
      notes.push(`at most ${value} characters`);
    } else if (key === "minLength" && typeof value === "number" && value > 0) {
      notes.push(`at least ${value} characters`);
    } else if (key === "format") {
      if (typeof value === "string" && ALLOWED_FORMATS.has(value)) out.format = value;
    } else if (key === "type" && Array.isArray(value)) {
      // ["string","null"] → anyOf, which Gemini handles better than type arrays.
      const types = value as string[];
      if (types.length === 1) out.type = types[0];
      else out.anyOf = types.map((t) => ({ type: t }));
    } else if ((key === "minimum" || key === "maximum") && typeof value === "number" && Math.abs(value) >= Number.MAX_SAFE_INTEGER) {
      // zod's int() bounds: say nothing rather than a 16-digit limit.
    } else if (ALLOWED_KEYS.has(key)) {
      out[key] = cleanSchema(value);
    }
  }
  if (notes.length) out.description = [out.description, `(${notes.join(", ")})`].filter(Boolean).join(" ");
  if (out.anyOf && out.type) delete out.type;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Structured generation

export type StructuredRequest<T> = {
  schema: z.ZodType<T>;
  system: string;
  prompt: string;
  maxOutputTokens?: number;
  temperature?: number;
};

export async function generateStructured<T>(req: StructuredRequest<T>): Promise<{ data: T; model: string }> {
  const { ai, model, timeoutMs } = getClient();
  const jsonSchema = geminiJsonSchema(req.schema as z.ZodType);
  const config: GenerateContentConfig = {
    systemInstruction: withUntrustedDataRule(req.system),
    responseMimeType: "application/json",
    responseJsonSchema: jsonSchema,
    maxOutputTokens: capTokens(req.maxOutputTokens),
    temperature: req.temperature ?? 0.4,
    ...thinkingFor(model),
  };
  const contents: Content[] = [{ role: "user", parts: [{ text: req.prompt }] }];

  const first = await callWithRetries(ai, model, contents, config, timeoutMs);
  const firstCheck = checkStructured(first.text, req.schema);
  if (firstCheck.ok) return { data: firstCheck.data, model: first.model };

  logFailure("invalid_output", { stage: "first reply", problem: firstCheck.kind, finish: first.finishReason });
  const truncated = first.finishReason === "MAX_TOKENS";
  const repairConfig: GenerateContentConfig = {
    ...config,
    temperature: 0.1,
    maxOutputTokens: truncated ? capTokens((config.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS) * 2) : config.maxOutputTokens,
  };
  const repairContents: Content[] = [
    ...contents,
    { role: "model", parts: [{ text: first.text.slice(0, REPAIR_ECHO_LIMIT) || "(empty reply)" }] },
    {
      role: "user",
      parts: [
        {
          text:
            `Your previous reply could not be used: ${firstCheck.problem}\n` +
            (truncated ? "It was cut off because it was too long: keep every text field shorter this time.\n" : "") +
            "Reply again with ONLY one JSON value that matches the response schema exactly: no prose, no code fences, " +
            "every required field present, no extra fields, strings within their length limits.",
        },
      ],
    },
  ];
  const second = await callWithRetries(ai, model, repairContents, repairConfig, timeoutMs);
  const secondCheck = checkStructured(second.text, req.schema);
  if (secondCheck.ok) return { data: secondCheck.data, model: second.model };
  logFailure("invalid_output", { stage: "repair reply", problem: secondCheck.kind });
  throw new AiError("invalid_output");
}

type Check<T> = { ok: true; data: T } | { ok: false; kind: "json" | "schema"; problem: string };

function checkStructured<T>(text: string, schema: z.ZodType<T>): Check<T> {
  let value: unknown;
  try {
    value = JSON.parse(stripFences(text));
  } catch (error) {
    return { ok: false, kind: "json", problem: `it is not valid JSON (${(error as Error).message.slice(0, 200)}).` };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 12)
    .map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  return { ok: false, kind: "schema", problem: `it does not match the schema (${issues}).` };
}

function stripFences(text: string): string {
  const t = text.trim();
  const m = /^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i.exec(t);
  return m ? m[1] : t;
}

// ---------------------------------------------------------------------------------------------------------------
// Streaming

export type TextStreamRequest = { system: string; prompt: string; maxOutputTokens?: number; temperature?: number };

/**
 * Streams text chunks. Retries (429/5xx/network) happen only before the response starts; the timeout bounds the
 * wait for the first chunk and every gap between chunks. Stopping the iteration early aborts the request.
 */
export async function* generateTextStream(req: TextStreamRequest): AsyncGenerator<string, void, undefined> {
  const { ai, model, timeoutMs } = getClient();
  const config: GenerateContentConfig = {
    systemInstruction: withUntrustedDataRule(req.system),
    maxOutputTokens: capTokens(req.maxOutputTokens),
    temperature: req.temperature ?? 0.6,
    ...thinkingFor(model),
  };
  const contents: Content[] = [{ role: "user", parts: [{ text: req.prompt }] }];

  const { result: stream, controller } = await startWithRetries(timeoutMs, (abortSignal) =>
    ai.models.generateContentStream({ model, contents, config: { ...config, abortSignal } }),
  );

  let yielded = 0;
  try {
    const iterator = stream[Symbol.asyncIterator]();
    while (true) {
      let step: IteratorResult<GenerateContentResponse>;
      try {
        step = await withTimeout(iterator.next(), timeoutMs, controller);
      } catch (error) {
        throw toAiError(classify(error), 1);
      }
      if (step.done) break;
      const chunk = step.value;
      const blocked = blockedReason(chunk, false);
      if (blocked) {
        logFailure("blocked", { stage: "stream", problem: blocked });
        throw new AiError("blocked");
      }
      const text = textOf(chunk);
      if (text) {
        yielded += text.length;
        yield text;
      }
    }
  } finally {
    controller.abort();
  }
  if (yielded === 0) {
    logFailure("invalid_output", { stage: "stream", problem: "empty" });
    throw new AiError("invalid_output");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One call with timeout and retries

/**
 * Starts a request under the timeout (a fresh AbortController per attempt), retrying 429/5xx/network failures with
 * backoff up to MAX_ATTEMPTS; the last failure becomes an AiError. Returns the result and the controller of the
 * attempt that succeeded (a stream keeps using it to abort).
 */
async function startWithRetries<T>(
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

async function callWithRetries(
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

function withTimeout<T>(promise: Promise<T>, ms: number, controller: AbortController): Promise<T> {
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

function classify(error: unknown): Failure {
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

function toAiError(failure: Failure, attempts: number): AiError {
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

function textOf(response: GenerateContentResponse): string {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  return parts
    .filter((p) => typeof p.text === "string" && !p.thought)
    .map((p) => p.text as string)
    .join("");
}

/** A reason string when the prompt or the candidate was blocked (or no candidate came back at all), else null. */
function blockedReason(response: GenerateContentResponse, requireCandidate = true): string | null {
  const promptBlock = response.promptFeedback?.blockReason;
  if (promptBlock) return `prompt:${String(promptBlock)}`;
  const candidate = response.candidates?.[0];
  if (!candidate) return requireCandidate ? "no candidate" : null;
  const finish = candidate.finishReason ? String(candidate.finishReason) : "";
  if (BLOCK_REASONS.has(finish)) return `finish:${finish}`;
  return null;
}

function capTokens(requested?: number): number {
  const n = Math.floor(requested ?? DEFAULT_MAX_OUTPUT_TOKENS);
  return Math.max(64, Math.min(n, MAX_OUTPUT_TOKENS_CAP));
}

/** Gemini 2.5 Flash spends output tokens on thinking by default; these calls are short, so switch it off there. */
function thinkingFor(model: string): Pick<GenerateContentConfig, "thinkingConfig"> {
  return /gemini-2\.5-flash/i.test(model) ? { thinkingConfig: { thinkingBudget: 0 } } : {};
}

function logFailure(reason: string, details: Record<string, unknown>): void {
  // Only reason codes and numbers: never the key, the prompt or the reply.
  console.warn(`[ai] gemini ${reason}`, JSON.stringify(details));
}
