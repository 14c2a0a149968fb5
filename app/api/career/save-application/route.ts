import { authedRoute } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { saveApplication } from "@/lib/career/applications";
import { saveApplicationSchema } from "@/lib/career/career.validation";

export const POST = authedRoute({ body: saveApplicationSchema }, async ({ user, body }) =>
  json(await saveApplication({ userId: user.id, input: body }), 201),
);
