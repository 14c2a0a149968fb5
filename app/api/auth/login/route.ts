import { getConfig } from "@/core/config";
import { tokenReplySchema } from "@/core/schemas/user";
import { publicRoute, parseWith, serve } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { isHttps } from "@/lib/http/security-headers";
import { loginRequestSchema } from "@/lib/auth/auth.validation";
import { authenticate } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { deviceCookieHeader, deviceTokenFrom, issueDeviceToken } from "@/lib/auth/device-cookie";
import { readLoginBody } from "@/lib/auth/login-body";
import { createAccessToken } from "@/lib/auth/tokens";

// Bearer tokens for API clients. JSON or form-encoded {username, password} (username may be the e-mail), or the
// original client's {email, password}. A client that keeps cookies also gets the device cookie, so others' failed
// sign-ins never slow it down.
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
      const user = await authenticate(
        { login: input.username, password: input.password },
        { address: clientAddress(req.headers), deviceToken: deviceTokenFrom(req.headers) },
      );
      const { token, expiresIn } = await createAccessToken(user);
      const secure = isHttps(new URL(req.url), req.headers, getConfig().trustProxy);
      return json({ access_token: token, token_type: "bearer", expires_in: expiresIn }, 200, {
        "Cache-Control": "no-store",
        "Set-Cookie": deviceCookieHeader(await issueDeviceToken(user.id), secure),
      });
    },
  ),
});
