import { chromium } from "@playwright/test";
import { freshCredentials } from "./helpers";
import { expect, test } from "./fixtures";

// Cross-site request forgery from a sibling subdomain, in a real browser (issue 21). SameSite=Lax does not stop it:
// app.intervu.test and evil.intervu.test are the same site, so Chromium sends the session cookie with a form that
// evil.intervu.test posts to the app. The app refuses it (403 {detail, code}), the user stays signed in, and the
// app's own pages keep working. Both names resolve to this machine (Chromium's --host-resolver-rules); the
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
    expect((await context.request.post(`${app}/api/auth/register`, { data: user })).status()).toBe(201);
    await page.goto(`${app}/login`);
    await page.getByLabel("Username or e-mail").fill(user.username);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${app}/dashboard`);
    const saved = await page.request.post(`${app}/api/interview/save`, {
      data: {
        questions: ["Tell me about a project."],
        answers: ["I built a reporting API in Python and measured it."],
        role: "Developer",
        level: "mid",
        type: "mixed",
        techstack: [],
      },
    });
    expect(saved.status()).toBe(201);
    const { id } = (await saved.json()) as { id: string };

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
    expect((await page.request.get(`${app}/api/auth/me`)).status()).toBe(200);
    expect(((await (await page.request.get(`${app}/api/interview/${id}`)).json()) as { status: string }).status).toBe("in_progress");

    // The app's own page makes the same calls.
    await page.goto(`${app}/dashboard`);
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
