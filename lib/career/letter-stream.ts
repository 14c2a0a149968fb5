import "server-only";
import { errorResponse } from "@/lib/http/respond";

// Wraps the letter agent's chunks in a text/plain streaming Response. The first chunk is awaited before the
// Response is made, so a model failure at the start is still a proper JSON error with its status (502/503/504/429).
// A failure after text was sent ends the stream with an error; the client shows it and offers a retry.

export async function letterStreamResponse(chunks: AsyncIterable<string>): Promise<Response> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      if (first.done) return;
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}
