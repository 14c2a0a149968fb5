import type { NextAuthConfig } from "next-auth";
import { isWithinAbsoluteLifetime, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { log } from "@/core/log";

// next-auth settings shared by auth.ts (with the Credentials provider) and proxy.ts (session refresh only).
// Nothing here touches the store. The secret is added by the callers (lazily, from getConfig()).

export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  // Idle timeout: the JWT and its cookie expire after 30 minutes and are re-issued whenever the session is
  // read through next-auth (proxy.ts does so on every page request that carries the cookie).
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // Sign-in: record who, which session_version, and when (for the 12-hour absolute limit).
        const signedIn = user as { id?: string; name?: string | null; email?: string | null; sv?: number };
        token.sub = signedIn.id;
        token.sv = signedIn.sv;
        token.username = signedIn.name ?? undefined;
        token.email = signedIn.email ?? undefined;
        token.auth_time = Math.floor(Date.now() / 1000);
        token.sid = crypto.randomUUID();
      }
      // Client-driven session updates (trigger "update") are deliberately ignored: nothing from the browser
      // may change who the session is or its session_version.
      if (!isWithinAbsoluteLifetime(token.auth_time)) return null;
      // Every session has an id that sign-out can revoke; a token without one is not ours (or predates them).
      if (typeof token.sid !== "string") return null;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          id: String(token.sub ?? ""),
          name: (token.username as string | undefined) ?? null,
          email: (token.email as string | undefined) ?? "",
        },
      } as typeof session;
    },
  },
  logger: {
    // next-auth logs every failed sign-in as an error with a stack; those are expected, and the request body
    // (with the password) must never be logged.
    error(error: Error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin" || error.name === "CredentialsSignin") return;
      log().error({ event: "auth_error", type: type ?? error.name, message: error.message }, "auth error");
    },
    warn(code: string) {
      if (code !== "debug-enabled") log().warn({ event: "auth_warning", code }, "auth warning");
    },
    debug() {},
  },
} satisfies NextAuthConfig;
