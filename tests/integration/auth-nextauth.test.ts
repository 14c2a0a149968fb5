import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { requireUser } from "@/lib/auth/current-user";
import { authConfig } from "@/lib/auth/auth.config";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { DEVICE_COOKIE, issueDeviceToken } from "@/lib/auth/device-cookie";
import { createTestUser } from "@/tests/helpers/auth";

type Handler = (req: NextRequest) => Promise<Response>;
let GET: Handler;
let POST: Handler;
beforeAll(async () => {
  ({ GET, POST } = (await import("@/app/api/auth/[...nextauth]/route")) as unknown as { GET: Handler; POST: Handler });
});

// The browser's path end to end through next-auth's real handler: CSRF token → credentials callback →
// session cookie, which requireUser() then accepts.

const BASE = "http://localhost:3000/api/auth";

async function csrf(): Promise<{ token: string; cookie: string }> {
  const res = await GET(new NextRequest(`${BASE}/csrf`));
  const { csrfToken } = await res.json();
  return { token: csrfToken, cookie: cookiesFrom(res) };
}

async function signInVia(username: string, password: string, extraCookie?: string) {
  const { token, cookie } = await csrf();
  return POST(
    new NextRequest(`${BASE}/callback/credentials`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: extraCookie ? `${cookie}; ${extraCookie}` : cookie },
      body: new URLSearchParams({ username, password, csrfToken: token, callbackUrl: "/dashboard" }).toString(),
    }),
  );
}

describe("next-auth credentials sign-in", () => {
  it("sets an httpOnly session cookie that requireUser accepts", async () => {
    const { user, password } = await createTestUser();
    const res = await signInVia(user.username, password);
    expect(res.status).toBe(302);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(setCookie).toBeDefined();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const maxAge = /Expires=([^;]+)/i.exec(setCookie!)?.[1];
    const seconds = (Date.parse(maxAge!) - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(SESSION_IDLE_SECONDS - 60);
    expect(seconds).toBeLessThanOrEqual(SESSION_IDLE_SECONDS + 1);
    const current = await requireUser(new Request("http://localhost/api/x", { headers: { Cookie: cookiesFrom(res) } }));
    expect(current.id).toBe(user.id);
  });

  it("refuses a wrong password and an unknown user alike (redirect to /login with the same error)", async () => {
    const { user } = await createTestUser();
    const wrong = await signInVia(user.username, "wrong password!");
    const unknown = await signInVia("nobody_here", "wrong password!");
    for (const res of [wrong, unknown]) {
      expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token=") && !/Expires=Thu, 01 Jan 1970/.test(c))).toBe(
        false,
      );
      const location = new URL(res.headers.get("Location")!);
      expect(location.pathname).toBe("/login");
      expect(location.searchParams.get("code")).toBe("invalid_credentials");
    }
  });

  it("reports throttling to the browser too (code=rate_limited), but lets a browser that signed in before through", async () => {
    const { user, password } = await createTestUser();
    for (let i = 0; i < 6; i++) await signInVia(user.username, "wrong password!");
    const res = await signInVia(user.username, password);
    expect(new URL(res.headers.get("Location")!).searchParams.get("code")).toBe("rate_limited");
    // The owner's browser carries the device cookie from an earlier sign-in: others' failures do not hold it up.
    const known = await signInVia(user.username, password, `${DEVICE_COOKIE}=${await issueDeviceToken(user.id)}`);
    expect(known.status).toBe(302);
    expect(new URL(known.headers.get("Location")!).pathname).toBe("/dashboard");
    expect(known.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(true);
  });

  it("signing out revokes the session on the server: a copy of the old cookie stops working at once", async () => {
    const { user, password } = await createTestUser();
    const cookie = cookiesFrom(await signInVia(user.username, password));
    const asBrowser = () => requireUser(new Request("http://localhost/api/x", { headers: { Cookie: cookie } }));
    await expect(asBrowser()).resolves.toMatchObject({ id: user.id });
    // Another session of the same user (another browser) is not affected.
    const otherCookie = cookiesFrom(await signInVia(user.username, password));

    const { token, cookie: csrfCookie } = await csrf();
    const out = await POST(
      new NextRequest(`${BASE}/signout`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `${cookie}; ${csrfCookie}` },
        body: new URLSearchParams({ csrfToken: token, callbackUrl: "/" }).toString(),
      }),
    );
    expect(out.status).toBe(302);
    await expect(asBrowser()).rejects.toMatchObject({ code: "unauthorized" });
    await expect(requireUser(new Request("http://localhost/api/x", { headers: { Cookie: otherCookie } }))).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("the session reports the user without secrets", async () => {
    const { user, password } = await createTestUser();
    const cookie = cookiesFrom(await signInVia(user.username, password));
    const res = await GET(new NextRequest(`${BASE}/session`, { headers: { Cookie: cookie } }));
    const session = await res.json();
    expect(session.user).toEqual({ id: user.id, name: user.username, email: user.email });
    expect(JSON.stringify(session)).not.toMatch(/password|hash/i);
    // Reading the session re-issues the cookie with a fresh idle expiry.
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(true);
  });
});

describe("session lifetime settings", () => {
  it("idle 30 minutes, absolute 12 hours, JWT strategy", () => {
    expect(authConfig.session).toMatchObject({ strategy: "jwt", maxAge: 30 * 60 });
    expect(SESSION_ABSOLUTE_SECONDS).toBe(12 * 60 * 60);
  });

  it("the jwt callback stamps sign-in data and ends sessions past 12 hours", () => {
    const jwt = authConfig.callbacks.jwt as (args: Record<string, unknown>) => Record<string, unknown> | null;
    const token = jwt({ token: {}, user: { id: "a".repeat(24), name: "ann", email: "ann@example.com", sv: 3 } });
    expect(token).toMatchObject({ sub: "a".repeat(24), sv: 3, username: "ann" });
    expect(Math.abs((token!.auth_time as number) - Date.now() / 1000)).toBeLessThan(5);
    expect(jwt({ token: { ...token, auth_time: Math.floor(Date.now() / 1000) - SESSION_ABSOLUTE_SECONDS - 1 } })).toBeNull();
    expect(jwt({ token: { sub: "x", sv: 1 } })).toBeNull(); // no sign-in time: not one of ours
    expect(typeof token!.sid).toBe("string"); // a session id that sign-out can revoke
    expect(jwt({ token: { ...token, sid: undefined } })).toBeNull();
  });

  it("a client-side session update cannot change the session_version", () => {
    const jwt = authConfig.callbacks.jwt as (args: Record<string, unknown>) => Record<string, unknown> | null;
    const token = { sub: "a".repeat(24), sv: 1, auth_time: Math.floor(Date.now() / 1000), sid: "session-1" };
    expect(jwt({ token, trigger: "update", session: { sv: 99 } })).toMatchObject({ sv: 1 });
  });
});

function cookiesFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
