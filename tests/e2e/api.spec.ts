import http from "node:http";
import { expect, test } from "@playwright/test";
import { pdfFixtureText, readFixtureText } from "../helpers/fixtures";
import { replayOriginalClient } from "../helpers/original-client";

// The API against the real server (next start): JSON errors for what the framework cannot route, the original
// client's page URLs and calls, CORS for another origin, and the interactive docs at /docs.

test("TRACE, broken %-escapes, unknown paths and wrong methods on /api answer JSON 4xx", async ({ baseURL }) => {
  const cases: Array<[string, string, number, string]> = [
    ["TRACE", "/api/health", 405, "method_not_allowed"],
    ["TRACE", "/api/interview/history", 405, "method_not_allowed"],
    ["PROPFIND", "/api/health", 405, "method_not_allowed"],
    ["GET", "/api/%ff", 400, "bad_request"],
    ["GET", "/api/interview/%ff", 400, "bad_request"],
    ["DELETE", "/api/health", 405, "method_not_allowed"],
    ["POST", "/api/interview/history", 405, "method_not_allowed"],
    ["GET", "/api/nope", 404, "not_found"],
    ["GET", "/api/interview/0123456789abcdef01234567/nope", 404, "not_found"],
    ["GET", "/api/auth/session?callbackUrl=javascript:alert(1)", 400, "bad_request"],
    ["GET", "/api/auth/signin?callbackUrl=javascript:alert(1)", 400, "bad_request"],
    ["GET", "/api/auth/whatever", 404, "not_found"],
  ];
  for (const [method, path, status, code] of cases) {
    const res = await raw(baseURL!, method, path);
    expect(`${method} ${path} → ${res.status} ${res.type}`).toBe(`${method} ${path} → ${status} application/json`);
    expect(JSON.parse(res.body)).toMatchObject({ code, detail: expect.any(String) });
  }
});

test("the original client's page URLs redirect to their pages here", async ({ request }) => {
  for (const [from, to] of [
    ["/interview/start", "/interview/new"],
    ["/interview/demo", "/interview/new"],
    ["/profile/setup", "/profile"],
    ["/career/apply", "/career/new"],
  ]) {
    const res = await request.get(from, { maxRedirects: 0 });
    expect(res.status(), from).toBe(308);
    expect(res.headers().location, from).toBe(to);
  }
});

test("the original client's whole session works against the running server", async ({ request }) => {
  const results = await replayOriginalClient(
    async (method, path, init) => {
      const res = await request.fetch(path, { method, headers: init.headers, data: init.json === undefined ? undefined : init.json });
      return new Response(res.status() === 204 ? null : await res.text(), { status: res.status(), headers: res.headers() });
    },
    { cvText: await pdfFixtureText("resumes", "barry_allen_fe.pdf"), jobText: readFixtureText("jobs", "e2e_frontend-eng.txt") },
  );
  expect(results.filter((r) => !r.ok).map((r) => `${r.step} → ${r.problems.join("; ")}`)).toEqual([]);
});

test("another origin in CORS_ORIGINS may call with a bearer token, never with credentials", async ({ request }) => {
  const preflight = await request.fetch("/api/auth/me", {
    method: "OPTIONS",
    headers: { Origin: "http://client.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("http://client.example");
  expect(preflight.headers()["access-control-allow-headers"]).toMatch(/authorization/i);
  expect(preflight.headers()["access-control-allow-credentials"]).toBeUndefined();
  const me = await request.get("/api/auth/me", { headers: { Origin: "http://client.example" } });
  expect(me.status()).toBe(401);
  expect(me.headers()["access-control-allow-origin"]).toBe("http://client.example");
  expect(me.headers()["access-control-allow-credentials"]).toBeUndefined();
  const stranger = await request.get("/api/health", { headers: { Origin: "http://evil.example" } });
  expect(stranger.headers()["access-control-allow-origin"]).toBeUndefined();
});

test("/docs shows the interactive reference, served by this app alone", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (req) => {
    if (!req.url().startsWith(baseURL!) && !req.url().startsWith("data:") && !req.url().startsWith("blob:")) foreign.push(req.url());
  });
  await page.goto("/");
  await page.getByRole("link", { name: "API documentation" }).click();
  await expect(page).toHaveURL(/\/docs$/);
  await expect(page.getByRole("heading", { name: "API documentation", level: 1 })).toBeVisible();
  // Scalar opens the first tag (Auth) and lists the others collapsed.
  await expect(page.getByRole("heading", { name: "InterVu API" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Get an API token").first()).toBeVisible();
  await page.screenshot({ path: "artifacts/docs.png", fullPage: false });
  expect(foreign).toEqual([]);
});

test("/docs: a bearer token entered under Authentication makes 'Test Request' on GET /api/auth/me answer 200", async ({
  page,
  request,
  baseURL,
}) => {
  const email = `docs-${Date.now()}@example.com`;
  const password = "a long docs passphrase 7";
  expect((await request.post("/api/auth/register", { data: { name: "Docs Reader", email, password } })).status()).toBe(201);
  const { access_token: token } = (await (await request.post("/api/auth/login", { data: { email, password } })).json()) as {
    access_token: string;
  };
  const foreign: string[] = [];
  page.on("request", (req) => {
    if (!req.url().startsWith(baseURL!) && !req.url().startsWith("data:") && !req.url().startsWith("blob:")) foreign.push(req.url());
  });

  await page.goto("/docs");
  await expect(page.getByRole("heading", { name: "InterVu API" })).toBeVisible({ timeout: 30_000 });
  // The reference's Authentication panel (bearerAuth is preselected): the token entered here goes with every call.
  await page.getByPlaceholder("Token").fill(token);
  await page
    .getByRole("link", { name: "Who you are" })
    .or(page.getByRole("button", { name: "Who you are" }))
    .first()
    .click();
  await page.getByRole("button", { name: "Test Request (get /api/auth/me)" }).click();
  const client = page.getByRole("dialog");
  const reply = page.waitForResponse((res) => new URL(res.url()).pathname === "/api/auth/me" && res.request().method() === "GET");
  await client.getByRole("button", { name: /^Send .*\/api\/auth\/me$/ }).click();
  const res = await reply;
  expect(res.request().headers().authorization).toBe(`Bearer ${token}`);
  expect(res.status()).toBe(200);
  await expect(client.getByText("200 OK")).toBeVisible();
  await expect(client.getByText(`"${email}"`)).toBeVisible();
  await page.screenshot({ path: "artifacts/docs-try-it.png", fullPage: false });
  expect(foreign).toEqual([]);
});

function raw(base: string, method: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = http.request({ host: url.hostname, port: url.port, method, path }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: (res.headers["content-type"] ?? "").split(";")[0], body }));
    });
    req.on("error", reject);
    req.end();
  });
}
