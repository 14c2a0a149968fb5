import { authedRoute } from "@/lib/http/route";
import { streamLetter } from "@/lib/career/documents";
import { generateLetterSchema } from "@/lib/career/career.validation";
import { letterStreamResponse } from "@/lib/career/letter-stream";

// The cover letter as text/plain chunks while the model writes it (the offline engine sends it at once).
export const POST = authedRoute({ body: generateLetterSchema }, async ({ user, body }) =>
  letterStreamResponse(await streamLetter({ userId: user.id, ...body })),
);
