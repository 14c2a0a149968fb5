import { spawnSync } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { copyFileSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readOnlyMethod, STANDALONE_DIR, startStandalone, tempDir, type RunningServer } from "./standalone-server";

// The standalone server as the Docker image runs it (`node server.js`), started here with its own settings:
// 1. production settings: a CV upload (PDF) and an answered interview through the API, a browser sign-in; then the
//    server's whole output is scanned for the password, tokens, secrets, CV and answer text (none may appear), the
//    access and AI lines are checked, and /api/metrics counts the requests. Prints the cold start.
// 2. a read-only data folder and no MONGO_URI (Vercel without a database): one start-up line naming the fix, 503
//    `storage_unavailable` for the API, a plain explanation for people.

const JOHN_DOE = path.resolve(process.cwd(), "../shared/fixtures/resumes/john_doe.pdf");
const SECRET_KEY = `sk-${"e2e".repeat(4)}-${Date.now().toString(36)}-not-for-logs-0123456789`;
const METRICS_TOKEN = `mt-${Date.now().toString(36)}-metrics-token-not-for-logs`;
const PASSWORD = `Pw-${Date.now().toString(36)}-never-in-logs`;
const ANSWERS = [
  `In my last role I led the checkout rewrite; marker-${Date.now().toString(36)}-answer-one and we cut load time by 40%.`,
  `I would use a token bucket per API key; marker-${Date.now().toString(36)}-answer-two kept in Redis.`,
];

let server: RunningServer | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test("the standalone build holds the data files the server reads by a run-time path", () => {
  // File tracing cannot follow these (next.config.ts outputFileTracingIncludes): the answer scorer's word data.
  const lexicon = "agents/text/lexicon";
  const files = readdirSync(lexicon);
  expect(files).toContain("vectors.i8");
  for (const file of files)
    expect(statSync(path.join(STANDALONE_DIR, lexicon, file), { throwIfNoEntry: false })?.size, file).toBe(
      statSync(path.join(lexicon, file)).size,
    );
});

test("production server: the API flow leaves no secret or CV text in the logs, and /api/metrics counts it", async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = tempDir("intervu-standalone-");
  server = await startStandalone({
    DATA_DIR: dataDir,
    APP_ENV: "production",
    SECRET_KEY,
    METRICS_TOKEN,
    AI_ENGINE: "offline",
    LOG_LEVEL: "info",
  });
  console.log(`standalone cold start: ${Math.round(server.coldStartMs)} ms from spawn to the first healthy /api/health`);
  const api = (p: string, init: RequestInit = {}) => fetch(`${server!.url}${p}`, init);
  const json = (body: unknown, token?: string) => ({
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

  const username = `ops_${Date.now().toString(36)}`;
  const email = `${username}@example.com`;
  expect((await api("/api/auth/register", json({ username, email, password: PASSWORD }))).status).toBe(201);
  const login = await api("/api/auth/login", json({ username, password: PASSWORD }));
  expect(login.status).toBe(200);
  const token = ((await login.json()) as { access_token: string }).access_token;

  // The CV upload goes through PDF extraction, the cv agent and the store: a native module or worker file missing
  // from the standalone build fails here.
  const form = new FormData();
  form.append("file", new File([readFileSync(JOHN_DOE)], "john_doe.pdf", { type: "application/pdf" }));
  const upload = await api("/api/profile/upload-cv", { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
  expect(upload.status, await upload.clone().text()).toBe(200);
  const uploadRequestId = upload.headers.get("x-request-id");
  expect(uploadRequestId).toBeTruthy();
  const profile = (await upload.json()) as { name?: string; email?: string; phone?: string; cv_text?: string };
  expect(profile.name).toBeTruthy();
  // The name, contact details and the longer lines of the extracted CV text.
  const cvLines = (profile.cv_text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length >= 25);
  const cvTexts = [profile.name, profile.email, profile.phone, ...cvLines.slice(0, 12)].filter(
    (v): v is string => typeof v === "string" && v.length >= 6,
  );
  expect(cvTexts.length).toBeGreaterThanOrEqual(8);

  const generated = await api(
    "/api/interview/generate",
    json({ role: "Backend developer", level: "mid", type: "mixed", techstack: ["Node.js"], amount: 2 }, token),
  );
  expect(generated.status).toBe(200);
  const { questions } = (await generated.json()) as { questions: string[] };
  const saved = await api(
    "/api/interview/save",
    json({ questions, answers: ANSWERS, role: "Backend developer", level: "mid", type: "mixed", techstack: ["Node.js"] }, token),
  );
  expect(saved.status).toBe(201);
  const { id } = (await saved.json()) as { id: string };
  const evaluated = await api(`/api/interview/${id}/evaluate`, json({}, token));
  expect(evaluated.status).toBe(200);

  // A browser sign-in too (next-auth's form post carries the password; the session cookie must not be logged).
  await page.goto(`${server.url}/login`);
  await page.getByLabel("Username or e-mail").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(cookie?.value).toBeTruthy();

  // Metrics: off for anyone without the token, and they count what happened.
  expect((await api("/api/metrics")).status).toBe(401);
  const metrics = await (await api("/api/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(metrics).toMatch(/intervu_http_requests_total\{method="POST",route="\/api\/auth\/register",status="201"\} 1\n/);
  expect(metrics).toMatch(/intervu_http_requests_total\{method="POST",route="\/api\/interview\/\[id\]\/evaluate",status="200"\} 1\n/);
  expect(metrics).toMatch(/intervu_ai_calls_total\{agent="cv",engine="offline",outcome="ok"\} 1\n/);
  expect(metrics).toMatch(/intervu_ai_calls_total\{agent="evaluation",engine="offline",outcome="ok"\} 2\n/);
  expect(metrics).toContain('intervu_http_request_duration_seconds_bucket{le="0.1",method="GET",route="/login",status="200"}');

  // The README's SQLite backup, taken while the server runs (the command `docker exec` runs in the image's /app).
  const backupFile = path.join(tempDir("intervu-backup-"), "backup.db");
  const backup = spawnSync(
    process.execPath,
    [
      "-e",
      `require('better-sqlite3')(${JSON.stringify(path.join(dataDir, "intervu.db"))}).backup(${JSON.stringify(backupFile)}).then(() => console.log('ok'))`,
    ],
    { cwd: STANDALONE_DIR, encoding: "utf8" },
  );
  expect(backup.stdout.trim(), backup.stderr).toBe("ok");

  await server.stop();
  const output = server.output();
  server = null;

  // Restored into an empty data folder, the copy serves the same account and interview.
  const restoredDir = tempDir("intervu-restored-");
  copyFileSync(backupFile, path.join(restoredDir, "intervu.db"));
  server = await startStandalone({ DATA_DIR: restoredDir, APP_ENV: "production", SECRET_KEY, AI_ENGINE: "offline", LOG_LEVEL: "warn" });
  const again = await fetch(`${server.url}/api/auth/login`, json({ username, password: PASSWORD }));
  expect(again.status).toBe(200);
  const restoredToken = ((await again.json()) as { access_token: string }).access_token;
  const restored = await fetch(`${server.url}/api/interview/${id}`, { headers: { Authorization: `Bearer ${restoredToken}` } });
  expect(restored.status).toBe(200);
  expect(((await restored.json()) as { answers: string[] }).answers).toEqual(ANSWERS);

  // Nothing a user typed or a secret may appear anywhere in the output.
  const forbidden = {
    password: PASSWORD,
    token,
    cookie: cookie!.value,
    SECRET_KEY,
    METRICS_TOKEN,
    ...Object.fromEntries(cvTexts.map((t, i) => [`cv text ${i}`, t])),
    ...Object.fromEntries(ANSWERS.map((a, i) => [`answer ${i}`, a.split(";")[1].trim().slice(0, 30)])),
  };
  for (const [what, value] of Object.entries(forbidden))
    expect(output.includes(value), `${what} appears in the server's output`).toBe(false);
  expect(output).not.toContain(email);

  // Every log line is JSON; Next's own start-up banner is the only other output.
  const lines = output.split("\n").filter((l) => l.trim());
  const records = lines.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
  // Next colours its banner when the environment asks for colour (FORCE_COLOR): compare the text only.
  const other = lines.filter((l) => !l.startsWith("{")).map((l) => stripVTControlCharacters(l));
  expect(
    other.every((l) => /^\s*(▲ Next\.js|- Local:|- Network:|✓ Starting|✓ Ready in|✓ Running next\.config)/.test(l)),
    other.join("\n"),
  ).toBe(true);
  const uploadLine = records.find((r) => r.event === "request" && r.reqId === uploadRequestId);
  expect(uploadLine).toMatchObject({ method: "POST", route: "/api/profile/upload-cv", status: 200 });
  expect(uploadLine?.user).toMatch(/^[0-9a-f]{16}$/);
  expect(typeof uploadLine?.duration_ms).toBe("number");
  expect(records.find((r) => r.event === "ai_call" && r.agent === "cv")).toMatchObject({
    engine: "offline",
    outcome: "ok",
    reqId: uploadRequestId,
  });
  expect(records.some((r) => r.event === "request" && r.route === "/login" && r.method === "GET")).toBe(true); // pages too
});

test("read-only data folder and no MONGO_URI: one line naming the fix, 503 everywhere, a plain page", async ({ page }) => {
  const dir = tempDir("intervu-readonly-");
  const dataDir = path.join(dir, "data");
  server = await startStandalone(
    { DATA_DIR: dataDir, APP_ENV: "production", SECRET_KEY, AI_ENGINE: "offline" },
    { readOnlyDir: dir, readyStatus: 503 },
  );
  console.log(
    `read-only data folder made with: ${readOnlyMethod() === "mount" ? "a read-only bind mount (EROFS)" : "an unprivileged user (EACCES)"}`,
  );

  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ code: "storage_unavailable", detail: expect.any(String) });
  const register = await fetch(`${server.url}/api/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "ro_user", email: "ro@example.com", password: PASSWORD }),
  });
  expect(register.status).toBe(503);
  expect((await register.json()).code).toBe("storage_unavailable");

  for (const p of ["/", "/login", "/dashboard"]) {
    const res = await page.goto(`${server.url}${p}`);
    expect(res?.status(), p).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("InterVu can't save anything on this server yet");
  }
  await page.screenshot({ path: "artifacts/screenshots/storage-unavailable.png", fullPage: true });

  const lines = server
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const fatal = lines.filter((l) => l.event === "storage_unavailable");
  expect(fatal).toHaveLength(1); // once at start, not once per request
  expect(fatal[0]).toMatchObject({ level: "fatal", data_dir: dataDir });
  expect(String(fatal[0].msg)).toMatch(/Set MONGO_URI .* or set DATA_DIR to a writable folder/);
  expect(server.output()).not.toMatch(/"status":500/);
});
