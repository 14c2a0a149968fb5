import { randomBytes } from "node:crypto";
import { registerSchema } from "@/lib/auth/auth.validation";
import { hashPassword } from "@/lib/auth/passwords";
import { encodeSessionCookie } from "@/lib/auth/session-cookie";
import { createAccessToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/db/users";
import type { UserDoc } from "@/core/schemas/user";

// Test users for integration tests: created with the real schema, password hashing and store, so route
// handlers can be called as that user:
//   const { user, authHeaders } = await createTestUser();
//   await GET(new Request("http://localhost/api/profile/me", { headers: authHeaders }));
// `cookieHeaders` act as a signed-in browser (next-auth session cookie) instead of an API client.

export const TEST_PASSWORD = "correct horse battery staple";

export type TestUser = {
  user: UserDoc;
  password: string;
  token: string;
  authHeaders: { Authorization: string };
  cookieHeaders: { Cookie: string };
};

export async function createTestUser(overrides: Partial<{ email: string; username: string; password: string }> = {}): Promise<TestUser> {
  const suffix = randomBytes(5).toString("hex");
  const input = registerSchema.parse({
    email: overrides.email ?? `user-${suffix}@example.com`,
    username: overrides.username ?? `user_${suffix}`,
    password: overrides.password ?? TEST_PASSWORD,
  });
  const user = await createUser({ email: input.email, username: input.username, password_hash: await hashOnce(input.password) });
  const { token } = await createAccessToken(user);
  return {
    user,
    password: input.password,
    token,
    authHeaders: { Authorization: `Bearer ${token}` },
    cookieHeaders: { Cookie: await sessionCookieFor(user) },
  };
}

/** A `Cookie` header value holding a next-auth session for the user, as the browser would send it. */
export async function sessionCookieFor(
  user: Pick<UserDoc, "id" | "session_version" | "username" | "email">,
  opts: { signedInAt?: number; expiresInSeconds?: number } = {},
): Promise<string> {
  const value = await encodeSessionCookie(
    {
      sub: user.id,
      sv: user.session_version,
      auth_time: opts.signedInAt ?? Math.floor(Date.now() / 1000),
      sid: randomBytes(16).toString("hex"),
      username: user.username,
      email: user.email,
    },
    { maxAge: opts.expiresInSeconds },
  );
  return `authjs.session-token=${value}`;
}

/** A fresh bearer header for a user (e.g. after their session_version changed). */
export async function bearerFor(user: Pick<UserDoc, "id" | "session_version">): Promise<{ Authorization: string }> {
  const { token } = await createAccessToken(user);
  return { Authorization: `Bearer ${token}` };
}

// bcrypt at cost 12 takes a noticeable fraction of a second; reuse one hash per password within a test file.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}
