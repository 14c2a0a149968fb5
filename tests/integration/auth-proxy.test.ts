import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PATH_HEADER } from "@/lib/auth/protected-paths";
import { createTestUser, sessionCookieFor } from "@/tests/helpers/auth";

let proxy: (req: NextRequest, ctx: unknown) => Promise<Response>;
beforeAll(async () => {
  proxy = (await import("@/proxy")).default;
});

const run = (path: string, init: { method?: string; cookie?: string; headers?: Record<string, string> } = {}) =>
  proxy(
    new NextRequest(`http://localhost:3000${path}`, {
      method: init.method ?? "GET",
      // Next's server sets these on every incoming request; next-auth derives its URL (and cookie names) from them.
      headers: {
        Host: "localhost:3000",
        "X-Forwarded-Proto": "http",
        ...(init.cookie ? { Cookie: init.cookie } : {}),
        ...(init.headers ?? {}),
      },
    }),
    {},
  );

describe("proxy.ts", () => {
  it("sends anonymous visitors of protected pages to /login with a return address", async () => {
    for (const path of ["/dashboard", "/interview/new?role=dev", "/career/abc", "/profile", "/account"]) {
      const res = await run(path);
      expect(res.status, path).toBe(307);
      const location = new URL(res.headers.get("Location")!);
      expect(location.pathname).toBe("/login");
      expect(location.searchParams.get("next")).toBe(path);
    }
  });

  it("lets anonymous visitors through to public pages and APIs (APIs answer 401 themselves)", async () => {
    for (const path of ["/", "/login", "/register", "/api/profile/me", "/dashboarding"]) {
      const res = await run(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-middleware-next")).toBe("1");
    }
  });

  it("tells the app which path was asked for, overriding any client-sent value", async () => {
    const res = await run("/?x=1", { headers: { [PATH_HEADER]: "https://evil.example" } });
    expect(res.headers.get(`x-middleware-request-${PATH_HEADER}`)).toBe("/?x=1");
  });

  it("leaves a recently issued cookie alone, and never refreshes on prefetches", async () => {
    const { user } = await createTestUser();
    const fresh = await run("/dashboard", { cookie: await sessionCookieFor(user) });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.getSetCookie()).toEqual([]);
    const older = await sessionCookieFor(user, { expiresInSeconds: 20 * 60 });
    for (const headers of [{ "Next-Router-Prefetch": "1" }, { "Sec-Purpose": "prefetch" }] as Record<string, string>[]) {
      const res = await run("/dashboard", { cookie: older, headers });
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it("re-issues a session cookie older than 5 minutes on GET (idle timeout restarts) and lets the request through", async () => {
    const { user } = await createTestUser();
    const res = await run("/dashboard", { cookie: await sessionCookieFor(user, { expiresInSeconds: 20 * 60 }) });
    expect(res.status).toBe(200);
    const refreshed = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(refreshed).toMatch(/HttpOnly/i);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(refreshed!)![1]);
    expect(expires - Date.now()).toBeGreaterThan(29 * 60 * 1000);
  });

  it("clears an expired or forged cookie and redirects from protected pages", async () => {
    const { user } = await createTestUser();
    const old = await sessionCookieFor(user, { signedInAt: Math.floor(Date.now() / 1000) - 13 * 3600 });
    for (const cookie of [old, "authjs.session-token=forged"]) {
      const res = await run("/account", { cookie });
      expect(res.status).toBe(307);
      expect(new URL(res.headers.get("Location")!).pathname).toBe("/login");
      expect(
        res.headers
          .getSetCookie()
          .some((c) => c.startsWith("authjs.session-token=;") || /authjs\.session-token=.*Expires=Thu, 01 Jan 1970/i.test(c)),
      ).toBe(true);
    }
  });

  it("does not touch the cookie on POSTs (a sign-out must not be undone by a refresh)", async () => {
    const { user } = await createTestUser();
    const res = await run("/account", { method: "POST", cookie: await sessionCookieFor(user), headers: { "next-action": "abc" } });
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});
