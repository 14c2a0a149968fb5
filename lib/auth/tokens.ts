import "server-only";
import { jwtVerify, SignJWT } from "jose";
import { getConfig } from "@/core/config";

// Bearer tokens for API clients: HS256 JWTs signed with the app secret, carrying the user id (sub) and the
// user's session_version (sv) so that "sign out everywhere", a password change or deletion revokes them.

const ISSUER = "intervu";
const AUDIENCE = "intervu-api";

export type AccessTokenClaims = { sub: string; sv: number };

export async function createAccessToken(user: { id: string; session_version: number }): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = getConfig().accessTokenExpireMinutes * 60;
  const token = await new SignJWT({ sv: user.session_version })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${expiresIn}s`)
    .sign(key());
  return { token, expiresIn };
}

/** The token's claims, or null when it is malformed, forged, expired or not one of ours. */
export async function verifyAccessToken(token: string): Promise<AccessTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
    if (typeof payload.sub !== "string" || typeof payload.sv !== "number") return null;
    return { sub: payload.sub, sv: payload.sv };
  } catch {
    return null;
  }
}

function key(): Uint8Array {
  return new TextEncoder().encode(getConfig().secret);
}
