import { publicUserSchema } from "@/core/schemas/user";
import { publicRoute, serve } from "@/lib/http/route";
import { registerRequestSchema } from "@/lib/auth/auth.validation";
import { registerUser } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: publicRoute(
    {
      summary: "Create an account",
      description:
        "`{email, username, password}`, or the original client's `{name, email, password}` (a username is then made from the e-mail).",
      body: registerRequestSchema,
      reply: publicUserSchema,
      status: 201,
      errors: ["conflict", "rate_limited"],
    },
    async ({ req, body }) => registerUser(body, { address: clientAddress(req.headers) }),
  ),
});
