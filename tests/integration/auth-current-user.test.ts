import { describe, expect, it } from "vitest";
import { requireUser } from "@/lib/auth/current-user";
import { createAccessToken } from "@/lib/auth/tokens";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session-policy";
import { bumpUserSessionVersion } from "@/lib/db/users";
import { createTestUser, sessionCookieFor } from "@/tests/helpers/auth";
import { SignJWT } from "jose";

const req = (headers: Record<string, string> = {}) => new Request("http://localhost/api/x", { headers });

describe("requireUser", () => {
  it("accepts a bearer token and a session cookie", async () => {
    const { user, authHeaders, cookieHeaders } = await createTestUser();
    const viaToken = await requireUser(req(authHeaders));
    expect(viaToken).toEqual({ id: user.id, email: user.email, username: user.username, session_version: user.session_version });
    expect((await requireUser(req(cookieHeaders))).id).toBe(user.id);
  });

  it("refuses anonymous requests and garbage credentials with 401", async () => {
    await expect(requireUser(req())).rejects.toMatchObject({ code: "unauthorized", status: 401 });
    await expect(requireUser(req({ Authorization: "Bearer nope" }))).rejects.toMatchObject({ status: 401 });
    await expect(requireUser(req({ Authorization: "Basic abc" }))).rejects.toMatchObject({ status: 401 });
    await expect(requireUser(req({ Cookie: "authjs.session-token=garbage" }))).rejects.toMatchObject({ status: 401 });
  });

  it("does not fall back to the cookie when a bearer token is present but invalid", async () => {
    const { cookieHeaders } = await createTestUser();
    await expect(requireUser(req({ ...cookieHeaders, Authorization: "Bearer bad.token.here" }))).rejects.toMatchObject({ status: 401 });
  });

  it("rejects tokens and cookies issued before a session_version bump", async () => {
    const { user, authHeaders, cookieHeaders } = await createTestUser();
    await bumpUserSessionVersion({ id: user.id });
    await expect(requireUser(req(authHeaders))).rejects.toMatchObject({ status: 401 });
    await expect(requireUser(req(cookieHeaders))).rejects.toMatchObject({ status: 401 });
  });

  it("rejects an expired token, a token signed with another secret, and alg=none", async () => {
    const { user } = await createTestUser();
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ sv: user.session_version })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuer("intervu")
      .setAudience("intervu-api")
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(new TextEncoder().encode(process.env.SECRET_KEY!));
    await expect(requireUser(req({ Authorization: `Bearer ${expired}` }))).rejects.toMatchObject({ status: 401 });
    const forged = await new SignJWT({ sv: user.session_version })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuer("intervu")
      .setAudience("intervu-api")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("another-secret-".repeat(4)));
    await expect(requireUser(req({ Authorization: `Bearer ${forged}` }))).rejects.toMatchObject({ status: 401 });
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const body = Buffer.from(
      JSON.stringify({ sub: user.id, sv: user.session_version, iss: "intervu", aud: "intervu-api", exp: now + 3600 }),
    ).toString("base64url");
    await expect(requireUser(req({ Authorization: `Bearer ${header}.${body}.` }))).rejects.toMatchObject({ status: 401 });
  });

  it("rejects a session older than the absolute lifetime (12 h) even if recently refreshed", async () => {
    const { user } = await createTestUser();
    const old = await sessionCookieFor(user, { signedInAt: Math.floor(Date.now() / 1000) - SESSION_ABSOLUTE_SECONDS - 5 });
    await expect(requireUser(req({ Cookie: old }))).rejects.toMatchObject({ status: 401 });
  });

  it("token lifetime follows ACCESS_TOKEN_EXPIRE_MINUTES", async () => {
    const { user } = await createTestUser();
    const { token, expiresIn } = await createAccessToken(user);
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(expiresIn).toBe(60 * 60);
    expect(payload.exp - payload.iat).toBe(expiresIn);
    expect(JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString()).alg).toBe("HS256");
  });
});
