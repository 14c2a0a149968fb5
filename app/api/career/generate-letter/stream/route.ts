import { z } from "zod";
import { AI_ERRORS } from "@/core/errors";
import { authedRoute, serve } from "@/lib/http/route";
import { streamLetter } from "@/lib/career/documents";
import { generateLetterSchema } from "@/lib/career/career.validation";
import { letterStreamResponse, NDJSON, wantsEvents, warningSink } from "@/lib/career/letter-stream";

// One event per line of the NDJSON reply (lib/career/letter-stream.ts).
const letterEventSchema = z.union([
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("warning"), warning: z.string() }),
  z.object({ type: z.literal("done"), warnings: z.array(z.string()) }),
  z.object({ type: z.literal("error"), code: z.string(), detail: z.string() }),
]);

// The cover letter while the model writes it (the offline engine sends it at once): text/plain, or NDJSON events
// with the grounding warnings when the client asks for application/x-ndjson.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Write a cover letter, streamed",
      description:
        "The letter sent in pieces while it is written: plain text, or with `Accept: application/x-ndjson` one JSON event per line (`text` as the letter grows, `warning` when grounding removes an unsupported claim, `done` with all warnings, or `error` if it fails part-way).",
      body: generateLetterSchema,
      reply: null,
      status: 200,
      replyContent: { "text/plain": { schema: z.string() }, [NDJSON]: { schema: letterEventSchema } },
      errors: ["not_found", "unprocessable", ...AI_ERRORS],
    },
    async ({ req, user, body }) => {
      const sink = warningSink();
      const chunks = await streamLetter({ userId: user.id, ...body }, sink.push);
      return letterStreamResponse(chunks, { events: wantsEvents(req), warnings: sink.warnings });
    },
  ),
});
