import { toTraitsReply, traitsReplySchema } from "@/core/schemas/traits";
import { authedRoute, serve } from "@/lib/http/route";
import { getTraitSummary } from "@/lib/profile/traits";

export const dynamic = "force-dynamic";

/** GET /api/profile/strengths — strengths and weaknesses (strings, with counts beside), average criterion scores. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute(
    { summary: "Your strengths and weaknesses", description: "Gathered from your evaluated interviews.", reply: traitsReplySchema },
    async ({ user }) => toTraitsReply(await getTraitSummary({ userId: user.id })),
  ),
});
