import { authedRoute, serve } from "@/lib/http/route";
import { signOutEverywhere } from "@/lib/auth/accounts";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    { summary: "Sign out everywhere", description: "Ends every session and API token of the account.", reply: null },
    async ({ user }) => {
      await signOutEverywhere({ userId: user.id });
    },
  ),
});
