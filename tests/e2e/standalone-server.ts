import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { freePort } from "../../scripts/bench/app-server";
import { tmpdir } from "node:os";
import path from "node:path";

// Starts extra copies of the standalone server for tests/e2e/standalone.spec.ts exactly as the Docker image does:
// `node server.js` in <dist>/standalone (already assembled with its static assets and public/ by
// scripts/start-standalone.mjs for the suite's main server), with the given environment, its output captured.

export const STANDALONE_DIR = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "standalone");

export type RunningServer = {
  url: string;
  /** Milliseconds from spawn to the first answer from /api/health (any status). */
  coldStartMs: number;
  output: () => string;
  stop: () => Promise<void>;
};

export async function startStandalone(
  env: Record<string, string>,
  opts: { readOnlyDir?: string; readyStatus?: number } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const fullEnv: NodeJS.ProcessEnv = { ...cleanEnv(), PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ...env };
  const child = opts.readOnlyDir
    ? spawnReadOnly(opts.readOnlyDir, fullEnv)
    : spawn(process.execPath, ["server.js"], { cwd: STANDALONE_DIR, env: fullEnv });
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (out += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`standalone server exited (${child.exitCode}):\n${out}`);
    const status = await fetch(`${url}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === (opts.readyStatus ?? 200)) break;
    if (Date.now() > deadline) throw new Error(`standalone server not ready (last status ${status}):\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const coldStartMs = performance.now() - started;
  return {
    url,
    coldStartMs,
    output: () => out,
    stop: async () => {
      stopChild(child);
      await exited;
    },
  };
}

/** How a data folder is made read-only here: a read-only bind mount in a private mount namespace (like Vercel's
 *  read-only file system: EROFS); where that is not allowed, the server runs as `nobody` on a folder it cannot write. */
export function readOnlyMethod(): "mount" | "user" {
  return spawnSync("unshare", ["--mount", "true"]).status === 0 ? "mount" : "user";
}

function spawnReadOnly(dir: string, env: NodeJS.ProcessEnv): ChildProcess {
  if (readOnlyMethod() === "mount") {
    const script = 'mount --bind "$RO_DIR" "$RO_DIR" && mount -o remount,bind,ro "$RO_DIR" && exec "$NODE_BIN" server.js';
    return spawn("unshare", ["--mount", "sh", "-c", script], {
      cwd: STANDALONE_DIR,
      env: { ...env, RO_DIR: dir, NODE_BIN: process.execPath },
    });
  }
  chmodSync(dir, 0o555);
  return spawn("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "server.js"], {
    cwd: STANDALONE_DIR,
    env,
  });
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

function stopChild(child: ChildProcess): void {
  if (child.exitCode === null) child.kill("SIGTERM");
}

/** The suite's own settings (DATA_DIR, AI_ENGINE...) must not leak into a server that sets its own. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    "DATA_DIR",
    "MONGO_URI",
    "MONGODB_URI",
    "SECRET_KEY",
    "AUTH_SECRET",
    "APP_ENV",
    "METRICS_TOKEN",
    "LOG_LEVEL",
    "GEMINI_API_KEY",
  ]) {
    delete env[key];
  }
  return env;
}
