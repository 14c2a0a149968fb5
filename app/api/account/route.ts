import { authedRoute, serve } from "@/lib/http/route";
import { deleteAccountSchema } from "@/lib/auth/auth.validation";
import { deleteAccount } from "@/lib/auth/accounts";

// Deletes the caller's account and every document they own (the password is required).
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  DELETE: authedRoute(
    {
      summary: "Delete your account",
      description: "Deletes the account and every document it owns. The password is required.",
      body: deleteAccountSchema,
      reply: null,
      errors: ["rate_limited"],
    },
    async ({ user, body }) => {
      await deleteAccount({ userId: user.id, password: body.password });
    },
  ),
});
