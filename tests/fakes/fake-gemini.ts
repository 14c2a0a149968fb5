/* eslint-disable @typescript-eslint/no-explicit-any -- request bodies are arbitrary JSON and tests read deep fields of them */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * Fake Gemini server for tests: a real HTTP server on 127.0.0.1 (random port) speaking the Gemini REST protocol, so
 * the real @google/genai SDK (and agents/gateway.ts) is exercised end to end.
 *
 * Serves POST /{v1beta|v1|v1alpha}/models/{model}:generateContent        → JSON GenerateContentResponse
 *        GET  /{v1beta|v1|v1alpha}/models/{model}                        → a model description (models.get)
 *        POST /{v1beta|v1|v1alpha}/models/{model}:streamGenerateContent?alt=sse → SSE `data: {...}\n\n` chunks
 * (the SDK 2.32.0 with baseUrl X requests `X/v1beta/models/<model>:generateContent`).
 *
 * USAGE (vitest):
 *   import { startFakeGemini, type FakeGemini } from "@/tests/fakes/fake-gemini";
 *   import { resetConfigForTests } from "@/core/config";
 *   import { resetGatewayForTests } from "@/agents/gateway";
 *   let fake: FakeGemini;
 *   beforeAll(async () => {
 *     fake = await startFakeGemini();
 *     process.env.GEMINI_API_KEY = "test-key"; process.env.AI_ENGINE = "gemini";
 *     process.env.GEMINI_BASE_URL = fake.url; process.env.AI_TIMEOUT_MS = "2000";
 *     resetConfigForTests(); resetGatewayForTests({ baseDelayMs: 5 });   // fast retries in tests
 *   });
 *   afterAll(() => fake.close());
 *   beforeEach(() => fake.reset());
 *
 *   fake.enqueue({ json: { questions: ["..."] } });            // next call answers this object as JSON text
 *   fake.enqueue({ text: "{not json" });                       // malformed JSON
 *   fake.enqueue({ status: 429, retryDelaySeconds: 1 }, { json: {...} });  // 429 then success
 *   fake.enqueue({ status: 500 }, { status: 500 }, { status: 500 });       // repeated 500s
 *   fake.enqueue({ json: {...}, delayMs: 5000 });              // slower than AI_TIMEOUT_MS
 *   fake.enqueue({ blocked: "SAFETY" });                       // candidate stopped for safety (or "PROMPT" for a blocked prompt)
 *   fake.enqueue({ chunks: ["Dear ", "hiring ", "manager"] }); // streamed pieces (joined for :generateContent)
 *   fake.enqueue((req) => ({ json: { echo: req.prompt } }));   // a function of the recorded request
 *   fake.setHandler((req) => ({ json: ... }));                 // used whenever the queue is empty
 *   fake.setLatency(300);                                      // extra delay on every reply
 *   fake.requests  // every request: { path, model, stream, headers (API key removed), has_api_key, body, system, prompt, generationConfig }
 *
 * With an empty queue and no handler, a request carrying `responseJsonSchema` gets a minimal object generated from
 * that schema (so agents can run unscripted), and a plain text request gets "This is a reply from the fake Gemini server.".
 */

export type FakeReply =
  | { json: unknown; delayMs?: number }
  | { text: string; delayMs?: number; finishReason?: string }
  | { chunks: string[]; delayMs?: number; chunkDelayMs?: number }
  | { status: number; message?: string; retryDelaySeconds?: number; delayMs?: number }
  | { blocked: "PROMPT" | "SAFETY" | "RECITATION" | "PROHIBITED_CONTENT" | "BLOCKLIST" | "SPII"; delayMs?: number }
  | { empty: true; delayMs?: number }
  | { body: unknown; delayMs?: number }
  | { hang: true };

export type FakeReplySource = FakeReply | ((req: FakeRequest) => FakeReply | Promise<FakeReply>);

export type FakeRequest = {
  method: string;
  /** Path without the query, e.g. "/v1beta/models/gemini-2.5-flash:generateContent". */
  path: string;
  query: string;
  api_version: string;
  model: string;
  stream: boolean;
  /** Request headers with x-goog-api-key and authorization removed. */
  headers: Record<string, string>;
  has_api_key: boolean;
  /** The parsed JSON body the SDK sent: { contents, systemInstruction, generationConfig, ... }. */
  body: any;
  /** All text of systemInstruction, joined. */
  system: string;
  /** All text of the user turns (every content with role "user"), joined with "\n". */
  prompt: string;
  /** body.generationConfig (responseMimeType, responseJsonSchema, maxOutputTokens, temperature, ...). */
  generationConfig: any;
  /** When it arrived (ms since epoch). */
  received_at: number;
};

export type FakeGemini = {
  url: string;
  port: number;
  requests: FakeRequest[];
  enqueue: (...replies: FakeReplySource[]) => void;
  setHandler: (fn: ((req: FakeRequest) => FakeReply | Promise<FakeReply>) | null) => void;
  setLatency: (ms: number) => void;
  /** Clears the queue, the handler, the latency and the recorded requests. */
  reset: () => void;
  /** Replies still queued. */
  pending: () => number;
  close: () => Promise<void>;
};

const ROUTE = /^\/(v1beta|v1|v1alpha)\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;
const MODEL_ROUTE = /^\/(v1beta|v1|v1alpha)\/models\/([^/:]+)$/;

export async function startFakeGemini(): Promise<FakeGemini> {
  const queue: FakeReplySource[] = [];
  const requests: FakeRequest[] = [];
  let handler: ((req: FakeRequest) => FakeReply | Promise<FakeReply>) | null = null;
  let latency = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sockets = new Set<Socket>();
  let closed = false;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const server = createServer(async (req, res) => {
    try {
      await handle(req, res);
    } catch (error) {
      if (!res.headersSent) sendError(res, 500, `fake-gemini internal error: ${(error as Error).message}`);
      else res.end();
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const full = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = ROUTE.exec(full.pathname);
    const raw = await readBody(req);
    const lookup = MODEL_ROUTE.exec(full.pathname);
    if (req.method === "GET" && lookup) {
      // models.get (the server's start-up check of its model): recorded with method GET and no prompt.
      const model = decodeURIComponent(lookup[2]);
      requests.push({
        method: "GET",
        path: full.pathname,
        query: full.search,
        api_version: lookup[1],
        model,
        stream: false,
        headers: {},
        has_api_key: Boolean(req.headers["x-goog-api-key"] || full.searchParams.get("key")),
        body: null,
        system: "",
        prompt: "",
        generationConfig: {},
        received_at: Date.now(),
      });
      sendJson(res, 200, { name: `models/${model}`, displayName: "Fake Gemini", inputTokenLimit: 1048576 });
      return;
    }
    if (req.method !== "POST" || !match) {
      sendError(res, 404, `fake-gemini: no route for ${req.method} ${full.pathname}`);
      return;
    }
    let body: any = {};
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      sendError(res, 400, "fake-gemini: body is not JSON");
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k === "x-goog-api-key" || k === "authorization") continue;
      headers[k] = Array.isArray(v) ? v.join(", ") : String(v ?? "");
    }
    const record: FakeRequest = {
      method: req.method,
      path: full.pathname,
      query: full.search,
      api_version: match[1],
      model: decodeURIComponent(match[2]),
      stream: match[3] === "streamGenerateContent",
      headers,
      has_api_key: Boolean(req.headers["x-goog-api-key"] || full.searchParams.get("key")),
      body,
      system: partsText(body?.systemInstruction),
      prompt: (Array.isArray(body?.contents) ? body.contents : [])
        .filter((c: any) => !c?.role || c.role === "user")
        .map(partsText)
        .join("\n"),
      generationConfig: body?.generationConfig ?? {},
      received_at: Date.now(),
    };
    requests.push(record);

    const source = queue.length ? queue.shift()! : handler;
    const reply: FakeReply = source ? (typeof source === "function" ? await source(record) : source) : defaultReply(record);
    if ("hang" in reply) {
      await wait(24 * 3600 * 1000);
      return;
    }
    await wait(latency + (reply.delayMs ?? 0));
    if (closed || res.destroyed) return;
    if ("status" in reply) {
      sendError(res, reply.status, reply.message, reply.retryDelaySeconds);
      return;
    }
    const responses = toResponses(reply, record.stream);
    if (!record.stream) {
      sendJson(res, 200, responses.length === 1 ? responses[0] : mergeResponses(responses));
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const chunkDelay = "chunkDelayMs" in reply ? (reply.chunkDelayMs ?? 0) : 0;
    for (let i = 0; i < responses.length; i++) {
      if (i > 0 && chunkDelay) await wait(chunkDelay);
      if (closed || res.destroyed) return;
      res.write(`data: ${JSON.stringify(responses[i])}\n\n`);
    }
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    setHandler: (fn) => {
      handler = fn;
    },
    setLatency: (ms) => {
      latency = Math.max(0, ms);
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      handler = null;
      latency = 0;
    },
    pending: () => queue.length,
    close: async () => {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function partsText(content: any): string {
  if (!content) return "";
  if (typeof content === "string") return content;
  const parts = Array.isArray(content.parts) ? content.parts : [];
  return parts
    .map((p: any) => (typeof p?.text === "string" ? p.text : ""))
    .filter(Boolean)
    .join("\n");
}

function candidate(text: string, finishReason = "STOP") {
  return {
    candidates: [{ content: { parts: [{ text }], role: "model" }, finishReason, index: 0 }],
    usageMetadata: {
      promptTokenCount: 10,
      candidatesTokenCount: Math.ceil(text.length / 4),
      totalTokenCount: 10 + Math.ceil(text.length / 4),
    },
    modelVersion: "fake-gemini",
  };
}

function toResponses(reply: Exclude<FakeReply, { status: number } | { hang: true }>, stream: boolean): unknown[] {
  if ("body" in reply) return [reply.body];
  if ("empty" in reply) return [{ candidates: [], modelVersion: "fake-gemini" }];
  if ("blocked" in reply) {
    if (reply.blocked === "PROMPT") return [{ promptFeedback: { blockReason: "SAFETY" }, modelVersion: "fake-gemini" }];
    return [
      { candidates: [{ content: { parts: [], role: "model" }, finishReason: reply.blocked, index: 0 }], modelVersion: "fake-gemini" },
    ];
  }
  let pieces: string[];
  let finish = "STOP";
  if ("chunks" in reply) pieces = reply.chunks.length ? reply.chunks : [""];
  else {
    const text = "json" in reply ? JSON.stringify(reply.json) : reply.text;
    if ("finishReason" in reply && reply.finishReason) finish = reply.finishReason;
    pieces = stream ? splitInThree(text) : [text];
  }
  return pieces.map((p, i) => {
    const r = candidate(p, i === pieces.length - 1 ? finish : "STOP");
    if (i < pieces.length - 1) delete (r.candidates[0] as { finishReason?: string }).finishReason;
    return r;
  });
}

function mergeResponses(responses: unknown[]): unknown {
  const text = responses.map((r: any) => r?.candidates?.[0]?.content?.parts?.[0]?.text ?? "").join("");
  return candidate(text);
}

function splitInThree(text: string): string[] {
  if (text.length < 3) return [text];
  const a = Math.floor(text.length / 3);
  const b = Math.floor((2 * text.length) / 3);
  return [text.slice(0, a), text.slice(a, b), text.slice(b)];
}

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  502: "UNAVAILABLE",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

function sendError(res: ServerResponse, status: number, message?: string, retryDelaySeconds?: number): void {
  const error: Record<string, unknown> = {
    code: status,
    message: message ?? (status === 429 ? "Resource has been exhausted (e.g. check quota)." : "An internal error has occurred."),
    status: STATUS_NAMES[status] ?? "UNKNOWN",
  };
  if (retryDelaySeconds !== undefined) {
    error.details = [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${retryDelaySeconds}s` }];
  }
  sendJson(res, status, { error });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function defaultReply(req: FakeRequest): FakeReply {
  const schema = req.generationConfig?.responseJsonSchema;
  if (schema) return { json: sampleFromSchema(schema, schema) };
  return { text: "This is a reply from the fake Gemini server." };
}

/** A minimal instance of a JSON Schema (every property filled, arrays at their minimum length or 1, enums' first value). */
export function sampleFromSchema(node: any, root: any = node, depth = 0): unknown {
  if (!node || typeof node !== "object" || depth > 12) return null;
  if (node.$ref && typeof node.$ref === "string") {
    const name = node.$ref.replace(/^#\/\$defs\//, "");
    return sampleFromSchema(root?.$defs?.[name], root, depth + 1);
  }
  if (Array.isArray(node.enum) && node.enum.length) return node.enum[0];
  const variants = node.anyOf ?? node.oneOf;
  if (Array.isArray(variants) && variants.length) {
    const pick = variants.find((v: any) => v?.type !== "null") ?? variants[0];
    return sampleFromSchema(pick, root, depth + 1);
  }
  const type = Array.isArray(node.type) ? node.type.find((t: string) => t !== "null") : node.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, sub] of Object.entries(node.properties ?? {})) out[k] = sampleFromSchema(sub, root, depth + 1);
      return out;
    }
    case "array": {
      const n = Math.max(node.minItems ?? 1, 1);
      const count = node.maxItems !== undefined ? Math.min(n, node.maxItems) : n;
      return Array.from({ length: count }, () => sampleFromSchema(node.items ?? {}, root, depth + 1));
    }
    case "string":
      return "sample text";
    case "integer":
    case "number": {
      const min = typeof node.minimum === "number" ? node.minimum : undefined;
      const max = typeof node.maximum === "number" ? node.maximum : undefined;
      let v = 5;
      if (min !== undefined && v < min) v = min;
      if (max !== undefined && v > max) v = max;
      return type === "integer" ? Math.round(v) : v;
    }
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return "sample text";
  }
}
