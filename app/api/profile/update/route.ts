import { profileReplySchema, toProfileReply } from "@/core/schemas/profile";
import { authedRoute, serve } from "@/lib/http/route";
import { updateProfile } from "@/lib/profile/profile";
import { profileUpdateRequestSchema } from "@/lib/profile/profile.validation";

export const dynamic = "force-dynamic";

/**
 * PUT /api/profile/update — any subset of the editable fields (today's names or the original API's). Changed fields
 * are recorded in `edited_fields`. With no profile yet, the edit creates one (engine "manual").
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  PUT: authedRoute(
    {
      summary: "Edit your profile",
      description: "Any subset of the fields; only those present are written. Creates the profile when there is none.",
      body: profileUpdateRequestSchema,
      reply: profileReplySchema,
    },
    async ({ user, body }) => toProfileReply(await updateProfile({ userId: user.id, fields: body })),
  ),
});
