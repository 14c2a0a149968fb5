import { chromium } from "@playwright/test";
import { freshCredentials } from "./helpers";
import { expect, test } from "./fixtures";

// Cross-site request forgery from a sibling subdomain, in a real browser (issue 21). SameSite=Lax does not stop it:
// app.intervu.test and evil.intervu.test are the same site, so Chromium sends the session cookie with a form that
// evil.intervu.test posts to the app. The app refuses it (403 {detail, code}), the user stays signed in, and the
// app's own pages keep working. Both names resolve to this machine in Chromium only (--host-resolver-rules), so
// every call to them is made by the browser's pages (Playwright's request API resolves names in Node); the
// attacker's page is served by request interception.

test("a sibling subdomain's form cannot post with the victim's cookie; the app's own pages can", async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  const app = `http://app.intervu.test:${port}`;
  const evil = `http://evil.intervu.test:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--host-resolver-rules=MAP app.intervu.test 127.0.0.1, MAP evil.intervu.test 127.0.0.1",
    ],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const user = freshCredentials("csrf");
    const registered = await fetch(`${baseURL}/api/auth/register`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(user),
    });
    expect(registered.status).toBe(201);
    await page.goto(`${app}/login`);
    await page.getByLabel("Username or e-mail").fill(user.username);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${app}/dashboard`);
    const { status: savedStatus, id } = await page.evaluate(async () => {
      const res = await fetch("/api/interview/save", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          questions: ["Tell me about a project."],
          answers: ["I built a reporting API in Python and measured it."],
          role: "Developer",
          level: "mid",
          type: "mixed",
          techstack: [],
        }),
      });
      return { status: res.status, id: ((await res.json()) as { id: string }).id };
    });
    expect(savedStatus).toBe(201);

    const forms = `<form id="a" method="post" action="${app}/api/account/sign-out-everywhere"><button>Claim your prize</button></form>
      <form id="b" method="post" action="${app}/api/interview/${id}/evaluate"><button>Second prize</button></form>`;
    await context.route(`${evil}/**`, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Prize</title>${forms}` }),
    );
    for (const [form, path] of [
      ["#a", "/api/account/sign-out-everywhere"],
      ["#b", `/api/interview/${id}/evaluate`],
    ] as const) {
      await page.goto(`${evil}/prize`);
      const [res] = await Promise.all([page.waitForResponse((r) => r.url() === `${app}${path}`), page.locator(`${form} button`).click()]);
      expect(res.status(), path).toBe(403);
      expect(await res.json()).toEqual({ detail: expect.any(String), code: "cross_site_request" });
      expect((await res.request().allHeaders())["cookie"], "the cookie was sent (same site)").toContain("authjs.session-token");
    }
    // Still signed in, nothing evaluated.
    await page.goto(`${app}/dashboard`);
    const after = await page.evaluate(async (interviewId) => {
      const me = await fetch("/api/auth/me");
      const interview = (await (await fetch(`/api/interview/${interviewId}`)).json()) as { status: string };
      return { me: me.status, status: interview.status };
    }, id);
    expect(after).toEqual({ me: 200, status: "in_progress" });

    // The app's own page makes the same calls.
    const statuses = await page.evaluate(async (interviewId) => {
      const evaluate = await fetch(`/api/interview/${interviewId}/evaluate`, { method: "POST" });
      const out = await fetch("/api/account/sign-out-everywhere", { method: "POST" });
      return [evaluate.status, out.status];
    }, id);
    expect(statuses).toEqual([200, 204]);
  } finally {
    await browser.close();
  }
});
