import "server-only";
import { AppError } from "@/core/errors";
import { signIn, signOut } from "@/auth";

// Starting and ending the browser's next-auth session from server actions. signIn() runs the Credentials
// provider (and so authenticate(), with its throttling) and sets the httpOnly session cookie.

export async function startBrowserSession(credentials: { login: string; password: string }): Promise<void> {
  try {
    await signIn("credentials", { username: credentials.login, password: credentials.password, redirect: false });
  } catch (error) {
    const e = error as { type?: string; code?: string; retryAfterSeconds?: number; userMessage?: string };
    if (e?.type === "CredentialsSignin" && e.code === "rate_limited") {
      throw new AppError("rate_limited", e.userMessage, { retryAfterSeconds: e.retryAfterSeconds ?? 60 });
    }
    if (e?.type === "CredentialsSignin") throw new AppError("unauthorized", "Incorrect username or password.");
    throw error;
  }
}

/** Clears this browser's session cookie and redirects (throws Next's redirect signal). */
export async function endBrowserSession(redirectTo: string): Promise<never> {
  await signOut({ redirectTo });
  throw new Error("unreachable: signOut redirects");
}
