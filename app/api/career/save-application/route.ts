import { applicationReplySchema, toApplicationReply } from "@/core/schemas/career";
import { authedRoute, serve } from "@/lib/http/route";
import { saveApplication } from "@/lib/career/applications";
import { saveApplicationSchema } from "@/lib/career/career.validation";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    { summary: "Save an application", body: saveApplicationSchema, reply: applicationReplySchema, status: 201 },
    async ({ user, body }) => toApplicationReply(await saveApplication({ userId: user.id, input: body })),
  ),
});
