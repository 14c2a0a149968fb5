import { authedRoute } from "@/lib/http/route";
import { noContent } from "@/lib/http/respond";
import { idParamsSchema } from "@/core/schemas/common";
import { changeApplication, getApplication, removeApplication } from "@/lib/career/applications";
import { updateApplicationSchema } from "@/lib/career/career.validation";

export const GET = authedRoute({ params: idParamsSchema }, async ({ user, params }) => getApplication({ userId: user.id, id: params.id }));

export const PATCH = authedRoute({ params: idParamsSchema, body: updateApplicationSchema }, async ({ user, params, body }) =>
  changeApplication({ userId: user.id, id: params.id, set: body }),
);

export const DELETE = authedRoute({ params: idParamsSchema }, async ({ user, params }) => {
  await removeApplication({ userId: user.id, id: params.id });
  return noContent();
});
