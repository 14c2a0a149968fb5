import "server-only";
import { defaultMessage, isAppError } from "@/core/errors";
import { errorResponse } from "@/lib/http/respond";

// Wraps the letter agent's chunks in a streaming Response. The first chunk is awaited before the Response is made,
// so a model failure at the start is still a proper JSON error with its status (502/503/504/429).
//
// Two formats, chosen by the Accept header:
// - text/plain (default, what API clients get): the letter's text only. A failure after text was sent ends the
//   stream with an error. Use the non-streamed route to get `warnings` as JSON.
// - application/x-ndjson (the workspace): one JSON event per line — {"type":"text","text"} as the letter grows,
//   {"type":"warning","warning"} as soon as grounding removes something, {"type":"done","warnings":[...]} at the end,
//   or {"type":"error","code","detail"} when it fails part-way.

type LetterStreamEvent =
  | { type: "text"; text: string }
  | { type: "warning"; warning: string }
  | { type: "done"; warnings: string[] }
  | { type: "error"; code: string; detail: string };

export const NDJSON = "application/x-ndjson";

export function wantsEvents(req: Request): boolean {
  return (req.headers.get("accept") ?? "").toLowerCase().includes(NDJSON);
}

/** A sink for the warnings the agent reports while it streams, read by the response as it goes. */
export function warningSink(): { warnings: string[]; push: (w: string) => void } {
  const warnings: string[] = [];
  return { warnings, push: (w) => void warnings.push(w) };
}

export async function letterStreamResponse(
  chunks: AsyncIterable<string>,
  options: { events?: boolean; warnings?: string[] } = {},
): Promise<Response> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  const warnings = options.warnings ?? [];
  let sentWarnings = 0;
  const line = (event: LetterStreamEvent) => encoder.encode(`${JSON.stringify(event)}\n`);
  const piece = (text: string): Uint8Array => {
    if (!options.events) return encoder.encode(text);
    const parts: Uint8Array[] = [];
    for (; sentWarnings < warnings.length; sentWarnings++) parts.push(line({ type: "warning", warning: warnings[sentWarnings] }));
    if (text) parts.push(line({ type: "text", text }));
    return concat(parts);
  };
  const finish = () => {
    const tail = piece("");
    return options.events ? concat([tail, line({ type: "done", warnings })]) : tail;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) {
        controller.enqueue(finish());
        controller.close();
      } else controller.enqueue(piece(first.value));
    },
    async pull(controller) {
      if (first.done) return;
      try {
        const next = await iterator.next();
        if (next.done) {
          const tail = finish();
          if (tail.length) controller.enqueue(tail);
          controller.close();
        } else controller.enqueue(piece(next.value));
      } catch (error) {
        if (!options.events) return controller.error(error);
        const code = isAppError(error) ? error.code : "internal";
        const detail = isAppError(error) ? error.message : defaultMessage("internal");
        controller.enqueue(concat([piece(""), line({ type: "error", code, detail })]));
        controller.close();
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": options.events ? `${NDJSON}; charset=utf-8` : "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
