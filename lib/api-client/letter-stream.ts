// The workspace's streamed cover letter (POST /api/career/generate-letter/stream, NDJSON events; the server side is
// lib/career/letter-stream.ts): the text as it grows, each warning as soon as grounding removes something, and at
// the end the whole letter with every warning — or an ApiError like any other call, also when the stream is cut off.
import * as z from "zod/mini";
import { letterStreamEventSchema } from "@/core/schemas/career-reply";
import { ApiError } from "./errors";
import { AI_REPLY_TIMEOUT_MS, apiStream } from "./request";

export type LetterStreamHandlers = { onText: (textSoFar: string) => void; onWarning: (warnings: string[]) => void };

const CUT_OFF = "The letter stopped part-way. Please try again.";

export async function streamLetter(url: string, body: unknown, on: LetterStreamHandlers): Promise<{ text: string; warnings: string[] }> {
  const res = await apiStream(url, { method: "POST", body, accept: "application/x-ndjson", timeoutMs: AI_REPLY_TIMEOUT_MS });
  if (!res.body) throw new ApiError("invalid_reply", CUT_OFF, { status: res.status });
  let text = "";
  const warnings: string[] = [];
  for await (const line of lines(res.body)) {
    const parsed = z.safeParse(letterStreamEventSchema, parseJson(line));
    if (!parsed.success) throw new ApiError("invalid_reply", CUT_OFF, { status: res.status, cause: parsed.error });
    const event = parsed.data;
    if (event.type === "text") {
      text += event.text;
      on.onText(text);
    } else if (event.type === "warning") {
      warnings.push(event.warning);
      on.onWarning([...warnings]);
    } else if (event.type === "error") {
      throw new ApiError("http", event.detail || CUT_OFF, { status: 502, code: event.code ?? "stream_broken" });
    } else return { text, warnings };
  }
  // The stream ended without its "done" event: cut off part-way.
  throw new ApiError("network", CUT_OFF, { code: "stream_broken" });
}

async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new ApiError("network", CUT_OFF, { code: "stream_broken", cause: error });
    }
    buffer += chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
    const parts = buffer.split("\n");
    buffer = chunk.done ? "" : (parts.pop() ?? "");
    for (const part of parts) if (part.trim()) yield part;
    if (chunk.done) return;
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
