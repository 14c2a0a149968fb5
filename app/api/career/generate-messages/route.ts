import { AI_ERRORS } from "@/core/errors";
import { messagesReplySchema, toMessagesReply } from "@/core/schemas/career";
import { authedRoute, serve } from "@/lib/http/route";
import { generateMessages } from "@/lib/career/documents";
import { generateMessagesSchema } from "@/lib/career/career.validation";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Write a recruiter e-mail and a LinkedIn note",
      body: generateMessagesSchema,
      reply: messagesReplySchema,
      errors: ["not_found", "unprocessable", ...AI_ERRORS],
    },
    async ({ user, body }) => toMessagesReply(await generateMessages({ userId: user.id, ...body })),
  ),
});
