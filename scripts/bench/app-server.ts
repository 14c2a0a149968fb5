// The production server as a user meets it, for the end-to-end benchmarks: `next build` into its own folder, then
// `next start` in a FRESH process per measurement. The benchmark's clock for a first request starts after the
// server says it is ready, and nothing of the app is loaded in the benchmark's own process beforehand: what the
// first request pays (module loading, lazy initialisation) is what a user pays.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Builds the app into `distDir` (unless `reuse` and a build is there). */
export function ensureBuild(distDir: string, reuse: boolean): void {
  if (reuse && existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    console.log(`using the existing build in ${distDir} (--reuse-build)`);
    return;
  }
  console.log(`building the app into ${distDir} (next build)...`);
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

export type RunningApp = { url: string; bootMs: number; stop: () => Promise<void> };

/** The server's environment for a benchmark: production mode, the given data folder, Gemini = the fake at `fakeUrl`. */
export function benchAppEnv(opts: { dataDir: string; secret: string; fakeUrl: string; latencyMs: number }): Record<string, string> {
  return {
    APP_ENV: "production",
    SECRET_KEY: opts.secret,
    DATA_DIR: opts.dataDir,
    AI_ENGINE: "gemini",
    GEMINI_API_KEY: "bench-key",
    GEMINI_BASE_URL: opts.fakeUrl,
    AI_TIMEOUT_MS: String(Math.max(5000, opts.latencyMs * 10)),
  };
}

/** Spawns `next start` and resolves when it prints "Ready"; bootMs is spawn → ready. */
export async function startApp(opts: { distDir: string; env: Record<string, string> }): Promise<RunningApp> {
  const port = await freePort();
  const spawned = performance.now();
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env, NEXT_DIST_DIR: opts.distDir, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const bootMs = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`next start did not become ready:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (/Ready in/i.test(log)) {
        clearTimeout(timer);
        resolve(performance.now() - spawned);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    child.once("exit", (code) => reject(new Error(`next start exited (${code}):\n${log}`)));
  });
  child.removeAllListeners("exit");
  return {
    url: `http://127.0.0.1:${port}`,
    bootMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
