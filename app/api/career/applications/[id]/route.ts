import { applicationReplySchema, toApplicationReply } from "@/core/schemas/career";
import { idParamsSchema } from "@/core/schemas/common";
import { authedRoute, serve } from "@/lib/http/route";
import { changeApplication, getApplication, removeApplication } from "@/lib/career/applications";
import { updateApplicationSchema } from "@/lib/career/career.validation";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute({ summary: "One saved application", params: idParamsSchema, reply: applicationReplySchema }, async ({ user, params }) =>
    toApplicationReply(await getApplication({ userId: user.id, id: params.id })),
  ),
  PATCH: authedRoute(
    { summary: "Change a saved application", params: idParamsSchema, body: updateApplicationSchema, reply: applicationReplySchema },
    async ({ user, params, body }) => toApplicationReply(await changeApplication({ userId: user.id, id: params.id, set: body })),
  ),
  DELETE: authedRoute({ summary: "Delete a saved application", params: idParamsSchema, reply: null }, async ({ user, params }) => {
    await removeApplication({ userId: user.id, id: params.id });
  }),
});
