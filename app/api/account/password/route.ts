import { authedRoute, serve } from "@/lib/http/route";
import { changePasswordSchema } from "@/lib/auth/auth.validation";
import { changePassword } from "@/lib/auth/accounts";

// Changes the password; every session and token issued before (this one included) stops working.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Change your password",
      description: "Every session and token issued before, this one included, stops working.",
      body: changePasswordSchema,
      reply: null,
      errors: ["rate_limited"],
    },
    async ({ user, body }) => {
      await changePassword({ userId: user.id, ...body });
    },
  ),
});
