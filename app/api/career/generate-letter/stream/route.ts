import { authedRoute } from "@/lib/http/route";
import { streamLetter } from "@/lib/career/documents";
import { generateLetterSchema } from "@/lib/career/career.validation";
import { letterStreamResponse, wantsEvents, warningSink } from "@/lib/career/letter-stream";

// The cover letter while the model writes it (the offline engine sends it at once): text/plain, or NDJSON events
// with the grounding warnings when the client asks for application/x-ndjson.
export const POST = authedRoute({ body: generateLetterSchema }, async ({ req, user, body }) => {
  const sink = warningSink();
  const chunks = await streamLetter({ userId: user.id, ...body }, sink.push);
  return letterStreamResponse(chunks, { events: wantsEvents(req), warnings: sink.warnings });
});
