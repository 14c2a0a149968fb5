import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getConfig } from "@/core/config";
import { isAppError } from "@/core/errors";
import { authConfig } from "@/lib/auth/auth.config";
import { loginSchema } from "@/lib/auth/auth.validation";
import { authenticate } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { deviceTokenFrom, rememberDevice } from "@/lib/auth/device-cookie";
import { revokeSession } from "@/lib/auth/revoked-sessions";
import { isHttps } from "@/lib/http/security-headers";

// next-auth for the browser: Credentials provider, JWT session in an httpOnly cookie.
// The browser's sign-in form goes through a server action (app/(auth)/login/actions.ts) that calls signIn();
// API clients use POST /api/auth/login for a bearer token instead. Both end in authenticate().

/** Sign-in refused because of throttling; `code` reaches the sign-in page, retryAfterSeconds the server action. */
class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
  constructor(
    readonly retryAfterSeconds: number,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

class InvalidCredentialsSignin extends CredentialsSignin {
  code = "invalid_credentials";
}

export const { handlers, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: getConfig().secret,
  events: {
    // Every sign-out (the app's sign-out action, next-auth's own endpoint) revokes the session on the server.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sub === "string" && typeof token.sid === "string" && typeof token.auth_time === "number") {
        await revokeSession({ userId: token.sub, sid: token.sid, authTime: token.auth_time });
      }
    },
  },
  providers: [
    Credentials({
      credentials: { username: { label: "Username or e-mail" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse({ username: raw?.username, password: raw?.password });
        if (!parsed.success) throw new InvalidCredentialsSignin();
        try {
          const user = await authenticate(
            { login: parsed.data.username, password: parsed.data.password },
            { address: clientAddress(request.headers), deviceToken: deviceTokenFrom(request.headers) },
          );
          // signIn() runs this inside the sign-in server action (or next-auth's own handler): Next's cookie store
          // puts the device cookie on that response.
          await rememberDevice(user.id, isHttps(new URL(request.url), request.headers, getConfig().trustProxy));
          return { id: user.id, name: user.username, email: user.email, sv: user.session_version };
        } catch (error) {
          if (isAppError(error) && error.code === "rate_limited") throw new RateLimitedSignin(error.retryAfterSeconds ?? 60, error.message);
          if (isAppError(error) && error.code === "unauthorized") throw new InvalidCredentialsSignin();
          throw error;
        }
      },
    }),
  ],
}));
