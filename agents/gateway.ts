import { GoogleGenAI, type Content, type GenerateContentConfig, type GenerateContentResponse } from "@google/genai";
import { z } from "zod";
import { getConfig } from "@/core/config";
import { onServerStart } from "@/core/startup";
import { AiError } from "./errors";
import {
  blockedReason,
  callWithRetries,
  classify,
  logFailure,
  setRetryTuning,
  startWithRetries,
  textOf,
  toAiError,
  withTimeout,
} from "./gateway-calls";
import { geminiJsonSchema } from "./gateway-schema";
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
// The JSON Schema conversion is in gateway-schema.ts; timeouts, retries and reply checks in gateway-calls.ts.

export const MAX_OUTPUT_TOKENS_CAP = 8192;
const DEFAULT_MAX_OUTPUT_TOKENS = 4096;
const REPAIR_ECHO_LIMIT = 6000;
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

/**
 * At start (core/startup.ts, engine gemini only): asks Gemini for the configured model, so a wrong API key or model
 * name is reported in the start-up log instead of in a user's first request, and the HTTP client the calls use is
 * set up before that request (Node compiles its HTTP parser on the first exchange). Never fatal.
 */
onServerStart("Gemini model check", async () => {
  if (getConfig().aiEngine !== "gemini") return;
  const { ai, model, timeoutMs } = getClient();
  const controller = new AbortController();
  await withTimeout(ai.models.get({ model, config: { abortSignal: controller.signal } }), timeoutMs, controller);
});

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
export function resetGatewayForTests(options: Parameters<typeof setRetryTuning>[0] = {}): void {
  client = null;
  clientSignature = "";
  setRetryTuning(options);
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
  // regex-scan: sees the model's reply, capped by maxOutputTokens
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

function capTokens(requested?: number): number {
  const n = Math.floor(requested ?? DEFAULT_MAX_OUTPUT_TOKENS);
  return Math.max(64, Math.min(n, MAX_OUTPUT_TOKENS_CAP));
}

/** Gemini 2.5 Flash spends output tokens on thinking by default; these calls are short, so switch it off there. */
function thinkingFor(model: string): Pick<GenerateContentConfig, "thinkingConfig"> {
  return /gemini-2\.5-flash/i.test(model) ? { thinkingConfig: { thinkingBudget: 0 } } : {};
}
