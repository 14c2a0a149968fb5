import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";

// The real server process on the production build (issue 21): the standalone `node server.js`, as the Docker image
// runs it, is production unless APP_ENV says otherwise, and a missing, short or placeholder secret ends the process at start with one clear line and a
// non-zero exit code (so an orchestrator crash-loops and alerts). The README's quick start, `npm start` with no
// .env, still serves (it says APP_ENV=development explicitly and generates a secret).

const root = process.cwd(); // Playwright runs from the repository root
const port = Number(process.env.E2E_PORT ?? 3100) + 10;
const standaloneServer = path.join(root, process.env.NEXT_DIST_DIR || ".next", "standalone", "server.js");

type Run = { code: number | null; stdout: string; stderr: string };

function startServer(script: string[], env: Record<string, string>): { done: Promise<Run>; stop: () => void } {
  const base = { ...process.env };
  for (const key of ["APP_ENV", "NODE_ENV", "SECRET_KEY", "AUTH_SECRET", "MONGO_URI", "MONGODB_URI"]) delete base[key];
  const child = spawn(process.execPath, [...script, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...base,
      PORT: String(port), // server.js reads these; scripts/start-standalone.mjs reads -p/-H
      HOSTNAME: "127.0.0.1",
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "intervu-start-")),
      NEXT_TELEMETRY_DISABLED: "1",
      AI_ENGINE: "offline",
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
  return { done, stop: () => child.kill("SIGTERM") };
}

async function exitWithin(ms: number, done: Promise<Run>, stop: () => void): Promise<Run | "still running"> {
  const timer = new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), ms));
  const result = await Promise.race([done, timer]);
  if (result === "still running") stop();
  return result;
}

test.describe("server start-up and secrets", () => {
  test.describe.configure({ mode: "serial" });

  for (const [name, env, message] of [
    ["node server.js, no APP_ENV, SECRET_KEY=abc", { SECRET_KEY: "abc" }, /SECRET_KEY must be at least 32 characters/],
    ["node server.js, no APP_ENV, no SECRET_KEY", {}, /SECRET_KEY is required in production/],
    [
      "APP_ENV=production with a placeholder secret",
      { APP_ENV: "production", SECRET_KEY: "changeme-changeme-changeme-changeme" },
      /SECRET_KEY is a known placeholder/,
    ],
  ] as const) {
    test(`${name}: exits non-zero with one clear line`, async () => {
      const { done, stop } = startServer([standaloneServer], { ...env });
      const run = await exitWithin(30_000, done, stop);
      expect(run, "the server kept running").not.toBe("still running");
      const { code, stderr } = run as Run;
      expect(code).not.toBe(0);
      const lines = stderr.split("\n").filter((l) => l.trim());
      expect(lines, stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^InterVu cannot start\. Invalid configuration: /);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).not.toContain("abc"); // the value itself is never printed
    });
  }

  test("npm start with no .env (the README's quick start) serves, with a generated secret", async () => {
    const { done, stop } = startServer([path.join(root, "scripts/start-standalone.mjs")], {});
    try {
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i++) {
        status = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe(200);
    } finally {
      stop();
      const run = await done;
      expect(run.stdout).toContain("APP_ENV=development");
    }
  });
});
