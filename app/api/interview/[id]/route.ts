import { idParamsSchema } from "@/core/schemas/common";
import { interviewReplySchema, toInterviewReply } from "@/core/schemas/interview";
import { authedRoute, serve } from "@/lib/http/route";
import { patchInterviewSchema } from "@/lib/interview/interview.validation";
import { getInterview, patchInterview, removeInterview } from "@/lib/interview/interviews";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute({ summary: "One interview", params: idParamsSchema, reply: interviewReplySchema }, async ({ user, params }) =>
    toInterviewReply(await getInterview({ userId: user.id, id: params.id })),
  ),
  /** `{answers}` replaces all answers; `{answer: {index, text}}` sets one atomically (autosave); `{status: "completed"}` finishes. */
  PATCH: authedRoute(
    {
      summary: "Save answers",
      description: '`{answers}` replaces all answers; `{answer: {index, text}}` sets one (autosave); `{status: "completed"}` finishes.',
      params: idParamsSchema,
      body: patchInterviewSchema,
      reply: interviewReplySchema,
    },
    async ({ user, params, body }) => toInterviewReply(await patchInterview({ userId: user.id, id: params.id, input: body })),
  ),
  DELETE: authedRoute({ summary: "Delete an interview", params: idParamsSchema, reply: null }, async ({ user, params }) => {
    await removeInterview({ userId: user.id, id: params.id });
  }),
});
