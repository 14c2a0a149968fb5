import "server-only";
import { getCounter, hitCounter } from "@/lib/db/counters";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session-policy";

// Signing out ends this session on the server, not just in this browser: a copy of the cookie (a shared computer,
// a stolen backup) stops working at once instead of living on until its idle expiry. Sessions are stateless JWTs,
// so sign-out records the session's id as revoked until the session could not live anyway (12 hours after
// sign-in), in the store's expiring counters (`rate_limits`, cleaned up by expiry; the user's id is in the key so
// deleting the account removes them). "Sign out everywhere" uses session_version instead.

const key = (userId: string, sid: string) => `session-revoked:${userId}:${sid}`;

export async function revokeSession(session: { userId: string; sid: string; authTime: number }): Promise<void> {
  const endsIn = session.authTime + SESSION_ABSOLUTE_SECONDS - Math.floor(Date.now() / 1000);
  if (endsIn <= 0) return;
  await hitCounter({ key: key(session.userId, session.sid), windowSeconds: endsIn + 60 });
}

export async function isSessionRevoked(session: { userId: string; sid: string }): Promise<boolean> {
  return (await getCounter({ key: key(session.userId, session.sid) })) !== null;
}
