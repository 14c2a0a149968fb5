import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/auth/me/route";
import { POST as login } from "@/app/api/auth/login/route";
import { DELETE as deleteAccountRoute } from "@/app/api/account/route";
import { GET as exportRoute } from "@/app/api/account/export/route";
import { POST as changePasswordRoute } from "@/app/api/account/password/route";
import { POST as signOutEverywhereRoute } from "@/app/api/account/sign-out-everywhere/route";
import { encodeSessionCookie } from "@/lib/auth/session-cookie";
import { createApplication, getApplicationById } from "@/lib/db/applications";
import { createInterview, getInterviewById } from "@/lib/db/interviews";
import { getProfileByUser, upsertProfile } from "@/lib/db/profiles";
import { getUserById } from "@/lib/db/users";
import { createTestUser, sessionCookieFor } from "@/tests/helpers/auth";
import { emptyJobData } from "@/tests/helpers/job-data";

const get = (handler: (req: Request) => Promise<Response>, url: string, headers: Record<string, string>) =>
  handler(new Request(url, { headers }));
const send = (handler: (req: Request) => Promise<Response>, method: string, url: string, headers: Record<string, string>, body?: unknown) =>
  handler(
    new Request(url, {
      method,
      headers: { "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
const meStatus = async (headers: Record<string, string>) => (await get(me, "http://localhost/api/auth/me", headers)).status;
const loginStatus = async (username: string, password: string) =>
  (await send(login, "POST", "http://localhost/api/auth/login", {}, { username, password })).status;

const JOB = emptyJobData({ job_title: "Engineer", company: "Acme", location: "Remote" });

async function seedDocuments(userId: string) {
  await upsertProfile({ userId, set: { name: "Test Person", headline: "Engineer" } });
  const interview = await createInterview({
    userId,
    data: { questions: ["Why?"], role: "Engineer", level: "mid", type: "technical", techstack: ["ts"] },
  });
  const application = await createApplication({ userId, data: { job_data: JOB } });
  return { interview, application };
}

describe("sign out everywhere", () => {
  it("makes every earlier token and cookie useless", async () => {
    const { user, authHeaders, cookieHeaders } = await createTestUser();
    const otherCookie = { Cookie: await sessionCookieFor(user) };
    expect(await meStatus(cookieHeaders)).toBe(200);
    const res = await send(signOutEverywhereRoute, "POST", "http://localhost/api/account/sign-out-everywhere", authHeaders);
    expect(res.status).toBe(204);
    expect(await meStatus(authHeaders)).toBe(401);
    expect(await meStatus(cookieHeaders)).toBe(401);
    expect(await meStatus(otherCookie)).toBe(401);
    expect((await getUserById({ id: user.id }))!.session_version).toBe(user.session_version + 1);
  });
});

describe("change password", () => {
  it("requires the current password", async () => {
    const { user, password, authHeaders } = await createTestUser();
    const res = await send(changePasswordRoute, "POST", "http://localhost/api/account/password", authHeaders, {
      current_password: "not it at all",
      new_password: "a brand new passphrase",
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([{ path: "current_password", message: expect.any(String) }]);
    expect(await loginStatus(user.username, password)).toBe(200);
  });

  it("applies the password rules to the new password", async () => {
    const { password, authHeaders } = await createTestUser();
    for (const new_password of ["short", "x".repeat(129), "password123", password]) {
      const res = await send(changePasswordRoute, "POST", "http://localhost/api/account/password", authHeaders, {
        current_password: password,
        new_password,
      });
      expect(res.status, new_password).toBe(422);
    }
    const operator = await send(changePasswordRoute, "POST", "http://localhost/api/account/password", authHeaders, {
      current_password: { $ne: "" },
      new_password: "a brand new passphrase",
    });
    expect(operator.status).toBe(422);
  });

  it("changes it and ends older sessions and tokens", async () => {
    const { user, password, authHeaders, cookieHeaders } = await createTestUser();
    const res = await send(changePasswordRoute, "POST", "http://localhost/api/account/password", authHeaders, {
      current_password: password,
      new_password: "a brand new passphrase",
    });
    expect(res.status).toBe(204);
    expect(await meStatus(authHeaders)).toBe(401);
    expect(await meStatus(cookieHeaders)).toBe(401);
    expect(await loginStatus(user.username, password)).toBe(401);
    expect(await loginStatus(user.username, "a brand new passphrase")).toBe(200);
  });

  it("throttles guessing of the current password", async () => {
    const { password, authHeaders } = await createTestUser();
    for (let i = 0; i < 5; i++) {
      await send(changePasswordRoute, "POST", "http://localhost/api/account/password", authHeaders, {
        current_password: `guess number ${i}`,
        new_password: "a brand new passphrase",
      });
    }
    const res = await send(changePasswordRoute, "POST", "http://localhost/api/account/password", authHeaders, {
      current_password: password,
      new_password: "a brand new passphrase",
    });
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBeTruthy();
  });
});

describe("delete account", () => {
  it("requires the password and keeps everything when it is wrong", async () => {
    const { user, authHeaders } = await createTestUser();
    await seedDocuments(user.id);
    const res = await send(deleteAccountRoute, "DELETE", "http://localhost/api/account", authHeaders, { password: "definitely wrong" });
    expect(res.status).toBe(422);
    expect(await getUserById({ id: user.id })).not.toBeNull();
    expect(await getProfileByUser({ userId: user.id })).not.toBeNull();
    expect((await send(deleteAccountRoute, "DELETE", "http://localhost/api/account", authHeaders, {})).status).toBe(422);
  });

  it("removes the user and every document they own, and nobody else's", async () => {
    const { user, password, authHeaders, cookieHeaders } = await createTestUser();
    const other = await createTestUser();
    const mine = await seedDocuments(user.id);
    const theirs = await seedDocuments(other.user.id);
    const res = await send(deleteAccountRoute, "DELETE", "http://localhost/api/account", authHeaders, { password });
    expect(res.status).toBe(204);
    expect(await getUserById({ id: user.id })).toBeNull();
    expect(await getProfileByUser({ userId: user.id })).toBeNull();
    expect(await getInterviewById({ userId: user.id, id: mine.interview.id })).toBeNull();
    expect(await getApplicationById({ userId: user.id, id: mine.application.id })).toBeNull();
    expect(await meStatus(authHeaders)).toBe(401);
    expect(await meStatus(cookieHeaders)).toBe(401);
    expect(await loginStatus(user.username, password)).toBe(401);
    // The other user's data is untouched.
    expect(await getProfileByUser({ userId: other.user.id })).not.toBeNull();
    expect(await getInterviewById({ userId: other.user.id, id: theirs.interview.id })).not.toBeNull();
    expect(await getApplicationById({ userId: other.user.id, id: theirs.application.id })).not.toBeNull();
    expect(await meStatus(other.authHeaders)).toBe(200);
  });
});

describe("download my data", () => {
  it("returns one JSON attachment with everything the user owns and no password hash", async () => {
    const { user, password, authHeaders } = await createTestUser();
    const other = await createTestUser();
    await seedDocuments(user.id);
    await seedDocuments(other.user.id);
    const res = await get(exportRoute, "http://localhost/api/account/export", authHeaders);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="intervu-.+\.json"$/);
    const text = await res.text();
    expect(text).not.toMatch(/password_hash|\$2[aby]\$/);
    expect(text).not.toContain(password);
    const data = JSON.parse(text);
    expect(data.user).toMatchObject({ id: user.id, email: user.email, username: user.username });
    expect(data.profile).toMatchObject({ name: "Test Person" });
    expect(data.interviews).toHaveLength(1);
    expect(data.applications).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain(other.user.id);
  });
});

describe("session cookie expiry", () => {
  it("refuses a cookie whose idle lifetime has run out", async () => {
    const { user } = await createTestUser();
    const { encode } = await import("next-auth/jwt");
    const claims = { sub: user.id, sv: user.session_version, auth_time: Math.floor(Date.now() / 1000) - 3600, sid: "s1" };
    const stale = await encode({ token: claims, secret: process.env.SECRET_KEY!, salt: "authjs.session-token", maxAge: -60 });
    expect(await meStatus({ Cookie: `authjs.session-token=${stale}` })).toBe(401);
    const fresh = await encodeSessionCookie(claims);
    expect(await meStatus({ Cookie: `authjs.session-token=${fresh}` })).toBe(200);
  });

  it("refuses a cookie made for another cookie name or with another secret", async () => {
    const { user } = await createTestUser();
    const { encode } = await import("next-auth/jwt");
    const claims = { sub: user.id, sv: user.session_version, auth_time: Math.floor(Date.now() / 1000), sid: "s2" };
    const otherSecret = await encode({ token: claims, secret: "x".repeat(48), salt: "authjs.session-token", maxAge: 600 });
    expect(await meStatus({ Cookie: `authjs.session-token=${otherSecret}` })).toBe(401);
    const wrongSalt = await encode({ token: claims, secret: process.env.SECRET_KEY!, salt: "authjs.csrf-token", maxAge: 600 });
    expect(await meStatus({ Cookie: `authjs.session-token=${wrongSalt}` })).toBe(401);
  });
});
