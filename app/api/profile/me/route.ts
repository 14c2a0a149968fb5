import { AppError } from "@/core/errors";
import { profileReplySchema, toProfileReply } from "@/core/schemas/profile";
import { authedRoute, serve } from "@/lib/http/route";
import { getProfile } from "@/lib/profile/profile";

export const dynamic = "force-dynamic";

/** GET /api/profile/me — the signed-in user's profile; 404 until a CV is uploaded or the profile is edited. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute(
    {
      summary: "Your profile",
      description: "404 until a CV is uploaded or the profile is edited.",
      reply: profileReplySchema,
      errors: ["not_found"],
    },
    async ({ user }) => {
      const profile = await getProfile({ userId: user.id });
      if (!profile) throw new AppError("not_found", "No profile yet. Upload a CV first.");
      return toProfileReply(profile);
    },
  ),
});
