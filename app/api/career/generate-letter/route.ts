import { AI_ERRORS } from "@/core/errors";
import { letterReplySchema, toLetterReply } from "@/core/schemas/career";
import { authedRoute, serve } from "@/lib/http/route";
import { generateLetter } from "@/lib/career/documents";
import { generateLetterSchema } from "@/lib/career/career.validation";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Write a cover letter",
      description: "From your profile and the job analysis. 404 when you have no profile yet.",
      body: generateLetterSchema,
      reply: letterReplySchema,
      errors: ["not_found", "unprocessable", ...AI_ERRORS],
    },
    async ({ user, body }) => toLetterReply(await generateLetter({ userId: user.id, ...body })),
  ),
});
