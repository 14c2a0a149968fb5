import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Cross-site request forgery (issue 21): a page on another site (including a sibling subdomain, which SameSite=Lax
// does not stop) posting a form to a state-changing route with the victim's session cookie is refused with 403
// {detail, code}; the same request from our own pages works; bearer-token calls are unaffected, from anywhere.

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", async () => (await import("@/tests/helpers/next-headers-stub")).nextHeadersFor(request));
const nextAuth = vi.hoisted(() => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/auth", () => nextAuth);

import { POST as evaluate } from "@/app/api/interview/[id]/evaluate/route";
import { POST as signOutEverywhere } from "@/app/api/account/sign-out-everywhere/route";
import { signOutAction } from "@/app/(auth)/actions";
import { changePasswordAction, deleteAccountAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { loginAction } from "@/app/(auth)/login/actions";
import { registerAction } from "@/app/(auth)/register/actions";
import { getInterviewById } from "@/lib/db/interviews";
import { servedMethods } from "@/lib/http/route";
import { getUserById } from "@/lib/db/users";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { saveAnswersAs } from "@/tests/helpers/interview-api";
import { idCtx, STRONG_ANSWER } from "./interview-helpers";

const APP = "https://intervu.example";
const FOREIGN: Array<{ name: string; headers: Record<string, string> }> = [
  { name: "another site", headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } },
  { name: "a sibling subdomain", headers: { Origin: "https://evil.intervu.example", "Sec-Fetch-Site": "same-site" } },
  { name: "another site, Origin only (older browser)", headers: { Origin: "https://evil.example" } },
  { name: "an opaque origin", headers: { Origin: "null" } },
];
const OURS: Array<{ name: string; headers: Record<string, string> }> = [
  { name: "our page (Sec-Fetch-Site)", headers: { Origin: APP, "Sec-Fetch-Site": "same-origin" } },
  { name: "our page (Origin only)", headers: { Origin: APP } },
];

/** What a cross-site <form method=post> sends: form-encoded, the victim's cookie, the browser's origin headers. */
function formPost(url: string, cookie: { Cookie: string }, headers: Record<string, string>): Request {
  return new Request(`${APP}${url}`, {
    method: "POST",
    headers: { ...cookie, ...headers, Host: "intervu.example", "Content-Type": "application/x-www-form-urlencoded" },
    body: "x=1",
  });
}

async function expectRefused(res: Response): Promise<void> {
  expect(res.status).toBe(403);
  const body = await res.json();
  expect(body).toEqual({ detail: expect.any(String), code: "cross_site_request" });
}

describe("state-changing routes called with the session cookie", () => {
  let victim: TestUser;
  beforeEach(async () => {
    victim = await createTestUser();
  });

  for (const foreign of FOREIGN) {
    it(`refuses POST /api/account/sign-out-everywhere from ${foreign.name}`, async () => {
      await expectRefused(await signOutEverywhere(formPost("/api/account/sign-out-everywhere", victim.cookieHeaders, foreign.headers)));
      expect((await getUserById({ id: victim.user.id }))!.session_version).toBe(victim.user.session_version);
    });
  }

  it("refuses POST /api/interview/{id}/evaluate from another site and a sibling subdomain; nothing is evaluated", async () => {
    const interview = await saveAnswersAs(victim, [STRONG_ANSWER]);
    for (const foreign of FOREIGN) {
      await expectRefused(
        await evaluate(formPost(`/api/interview/${interview.id}/evaluate`, victim.cookieHeaders, foreign.headers), idCtx(interview.id)),
      );
    }
    expect((await getInterviewById({ userId: victim.user.id, id: interview.id }))!.status).toBe("in_progress");
  });

  for (const ours of OURS) {
    it(`accepts the same requests from ${ours.name}`, async () => {
      const interview = await saveAnswersAs(victim, [STRONG_ANSWER]);
      const evaluated = await evaluate(
        formPost(`/api/interview/${interview.id}/evaluate`, victim.cookieHeaders, ours.headers),
        idCtx(interview.id),
      );
      expect(evaluated.status).toBe(200);
      expect((await evaluated.json()).status).toBe("evaluated");
      const out = await signOutEverywhere(formPost("/api/account/sign-out-everywhere", victim.cookieHeaders, ours.headers));
      expect(out.status).toBe(204);
      expect((await getUserById({ id: victim.user.id }))!.session_version).toBe(victim.user.session_version + 1);
    });
  }

  it("leaves bearer-token calls alone, with no Origin or from another origin (CORS clients)", async () => {
    const interview = await saveAnswersAs(victim, [STRONG_ANSWER]);
    const bare = new Request(`${APP}/api/interview/${interview.id}/evaluate`, { method: "POST", headers: victim.authHeaders });
    expect((await evaluate(bare, idCtx(interview.id))).status).toBe(200);
    const fromElsewhere = new Request(`${APP}/api/interview/${interview.id}/evaluate`, {
      method: "POST",
      headers: { ...victim.authHeaders, Origin: "https://client.example", "Sec-Fetch-Site": "cross-site" },
    });
    expect((await evaluate(fromElsewhere, idCtx(interview.id))).status).toBe(200);
    const out = await signOutEverywhere(
      new Request(`${APP}/api/account/sign-out-everywhere`, { method: "POST", headers: victim.authHeaders }),
    );
    expect(out.status).toBe(204);
  });

  it("every state-changing route handler refuses a cookie call from another site", async () => {
    const apiDir = path.resolve(__dirname, "../../app/api");
    const unsafe = ["POST", "PUT", "PATCH", "DELETE"] as const;
    // Public by design and not authenticated by the cookie (next-auth's own endpoints check their CSRF token; the
    // catch-all only answers 404 for paths no route serves and changes nothing).
    const notCookieAuthenticated = new Set(["auth/register", "auth/login", "auth/[...nextauth]", "[...path]"]);
    let checked = 0;
    for (const file of routeFiles(apiDir)) {
      const rel = path.relative(apiDir, path.dirname(file)).split(path.sep).join("/");
      if (notCookieAuthenticated.has(rel)) continue;
      const mod = (await import(file)) as Record<string, unknown>;
      // Only the methods the route serves: serve()'s 405 stand-ins refuse every call anyway.
      for (const method of unsafe.filter((m) => servedMethods(mod).includes(m))) {
        const url = `/api/${rel.replace(/\[\w+\]/g, "0123456789abcdef01234567")}`;
        const req = new Request(`${APP}${url}`, {
          method,
          headers: { ...victim.cookieHeaders, ...FOREIGN[0].headers, Host: "intervu.example", "Content-Type": "application/json" },
          body: "{}",
        });
        const handler = mod[method] as (req: Request, ctx: unknown) => Promise<Response>;
        const res = await handler(req, { params: Promise.resolve({ id: "0123456789abcdef01234567" }) });
        expect(res.status, `${method} ${url}`).toBe(403);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe("server actions", () => {
  beforeEach(() => {
    nextAuth.signIn.mockReset();
    nextAuth.signOut.mockReset();
  });

  it("every action refuses a call from another site before doing anything", async () => {
    const { cookieHeaders, password, user } = await createTestUser();
    for (const foreign of FOREIGN) {
      request.headers = new Headers({ ...cookieHeaders, ...foreign.headers, Host: "intervu.example" });
      for (const result of [
        await signOutEverywhereAction({}),
        await changePasswordAction({ current_password: password, new_password: "a brand new passphrase" }),
        await deleteAccountAction({ password }),
        await signOutAction({}),
        await loginAction({ username: user.username, password }),
        await registerAction({ email: "csrf-new@example.com", username: "csrf_new", password: "a perfectly fine passphrase" }),
      ]) {
        expect(result).toMatchObject({ status: "error", code: "cross_site_request" });
      }
    }
    expect(nextAuth.signIn).not.toHaveBeenCalled();
    expect(nextAuth.signOut).not.toHaveBeenCalled();
    expect((await getUserById({ id: user.id }))!.session_version).toBe(user.session_version);
  });

  it("runs them from our own pages", async () => {
    const { cookieHeaders, user } = await createTestUser();
    nextAuth.signOut.mockImplementation(async () => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" });
    });
    request.headers = new Headers({ ...cookieHeaders, ...OURS[0].headers, Host: "intervu.example" });
    await expect(signOutEverywhereAction({})).rejects.toThrow("NEXT_REDIRECT");
    expect((await getUserById({ id: user.id }))!.session_version).toBe(user.session_version + 1);
  });
});

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.ts$/.test(entry.name) ? [full] : [];
  });
}
