import { publicRoute, parseWith } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { loginSchema } from "@/lib/auth/auth.validation";
import { authenticate } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { readLoginBody } from "@/lib/auth/login-body";
import { createAccessToken } from "@/lib/auth/tokens";

// Bearer tokens for API clients. JSON or form-encoded {username, password}; username may be the e-mail.
export const POST = publicRoute({}, async ({ req }) => {
  const input = parseWith(loginSchema, await readLoginBody(req));
  const user = await authenticate({ login: input.username, password: input.password }, { address: clientAddress(req.headers) });
  const { token, expiresIn } = await createAccessToken(user);
  return json({ access_token: token, token_type: "bearer", expires_in: expiresIn }, 200, { "Cache-Control": "no-store" });
});
