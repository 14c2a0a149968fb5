import { authedRoute } from "@/lib/http/route";
import { noContent } from "@/lib/http/respond";
import { idParamsSchema } from "@/core/schemas/common";
import { patchInterviewSchema } from "@/lib/interview/interview.validation";
import { getInterview, patchInterview, removeInterview } from "@/lib/interview/interviews";

export const GET = authedRoute({ params: idParamsSchema }, async ({ user, params }) => getInterview({ userId: user.id, id: params.id }));

/** `{answers}` replaces all answers; `{answer: {index, text}}` sets one atomically (autosave); `{status: "completed"}` finishes. */
export const PATCH = authedRoute({ params: idParamsSchema, body: patchInterviewSchema }, async ({ user, params, body }) =>
  patchInterview({ userId: user.id, id: params.id, input: body }),
);

export const DELETE = authedRoute({ params: idParamsSchema }, async ({ user, params }) => {
  await removeInterview({ userId: user.id, id: params.id });
  return noContent();
});
