import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/auth/me/route";
import { POST as register } from "@/app/api/auth/register/route";
import { GET as applications } from "@/app/api/career/applications/route";
import { GET as history } from "@/app/api/interview/history/route";
import { GET as profile } from "@/app/api/profile/me/route";
import { PUT as updateProfile } from "@/app/api/profile/update/route";
import { createTestUser } from "@/tests/helpers/auth";

// Personal data must not be kept by a browser or proxy cache (issue 21): every API reply says Cache-Control:
// no-store, successes and errors alike, whether the caller used the cookie or a bearer token.

const noParams = { params: Promise.resolve({}) };
const get = (route: (req: Request, ctx: typeof noParams) => Promise<Response>, url: string, headers: Record<string, string>) =>
  route(new Request(`http://localhost${url}`, { headers }), noParams);

describe("Cache-Control on personal-data replies", () => {
  it("is no-store on /api/auth/me, /api/profile/me, history and applications, with the cookie or a bearer token", async () => {
    const { authHeaders, cookieHeaders } = await createTestUser();
    const put = await updateProfile(
      new Request("http://localhost/api/profile/update", {
        method: "PUT",
        headers: { ...authHeaders, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "Jane Doe", headline: "Backend engineer" }),
      }),
      noParams,
    );
    expect(put.status).toBe(200);
    expect(put.headers.get("Cache-Control")).toBe("no-store");
    for (const headers of [authHeaders, cookieHeaders]) {
      for (const [route, url] of [
        [me, "/api/auth/me"],
        [profile, "/api/profile/me"],
        [history, "/api/interview/history"],
        [applications, "/api/career/applications"],
      ] as const) {
        const res = await get(route, url, headers);
        expect(res.status, url).toBe(200);
        expect(res.headers.get("Cache-Control"), url).toBe("no-store");
      }
    }
  });

  it("is no-store on errors and on registration (which echoes the e-mail)", async () => {
    const anonymous = await get(me, "/api/auth/me", {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("Cache-Control")).toBe("no-store");
    const tag = Date.now().toString(36);
    const res = await register(
      new Request("http://localhost/api/auth/register", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: `cache${tag}@example.com`, username: `cache_${tag}`, password: "a perfectly fine passphrase" }),
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });
});
