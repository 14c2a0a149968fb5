import { tokenReplySchema } from "@/core/schemas/user";
import { publicRoute, parseWith, serve } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { loginRequestSchema } from "@/lib/auth/auth.validation";
import { authenticate } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { readLoginBody } from "@/lib/auth/login-body";
import { createAccessToken } from "@/lib/auth/tokens";

// Bearer tokens for API clients. JSON or form-encoded {username, password} (username may be the e-mail), or the
// original client's {email, password}.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: publicRoute(
    {
      summary: "Get an API token",
      description:
        "Sign in with a username or e-mail and password (JSON, or form-encoded as OAuth2 password-flow clients send it); send the token as `Authorization: Bearer <token>`.",
      requestContent: {
        "application/json": { schema: loginRequestSchema },
        "application/x-www-form-urlencoded": { schema: loginRequestSchema },
      },
      reply: tokenReplySchema,
      errors: ["bad_request", "unauthorized", "payload_too_large", "validation_failed", "rate_limited"],
    },
    async ({ req }) => {
      const input = parseWith(loginRequestSchema, await readLoginBody(req));
      const user = await authenticate({ login: input.username, password: input.password }, { address: clientAddress(req.headers) });
      const { token, expiresIn } = await createAccessToken(user);
      return json({ access_token: token, token_type: "bearer", expires_in: expiresIn }, 200, { "Cache-Control": "no-store" });
    },
  ),
});
