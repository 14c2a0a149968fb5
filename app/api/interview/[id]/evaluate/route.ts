import { AI_ERRORS } from "@/core/errors";
import { idParamsSchema } from "@/core/schemas/common";
import { interviewReplySchema, toInterviewReply } from "@/core/schemas/interview";
import { authedRoute, serve } from "@/lib/http/route";
import { evaluateInterview } from "@/lib/interview/evaluate";

// Evaluating up to 20 answers with a real model can take a while.
export const maxDuration = 120;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Evaluate an interview's answers",
      description: "No body. Replies with the whole interview, its evaluations and coaching included.",
      params: idParamsSchema,
      reply: interviewReplySchema,
      errors: ["unprocessable", ...AI_ERRORS],
    },
    async ({ user, params }) => toInterviewReply(await evaluateInterview({ userId: user.id, id: params.id })),
  ),
});
