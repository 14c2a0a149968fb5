// The production server as a user meets it, for the end-to-end benchmarks: `next build` into its own folder, then
// the standalone server (`node server.js` via scripts/start-standalone.mjs) in a FRESH process per measurement. Nothing of the app is loaded in the benchmark's own process
// beforehand. The server counts as started when it answers its readiness check (GET /api/health → 200, what a load
// balancer or the container's HEALTHCHECK waits for; Next prints "Ready" before it has even loaded its
// configuration); the first request is sent right then, so what it pays (module loading, lazy initialisation) is
// what the first user pays. bootMs (spawn → ready) is reported beside it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const START_SCRIPT = path.join(ROOT, "scripts/start-standalone.mjs");

/** Builds the app into `distDir` (unless `reuse` and a build is there). */
export function ensureBuild(distDir: string, reuse: boolean): void {
  if (reuse && existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    console.log(`using the existing build in ${distDir} (--reuse-build)`);
    return;
  }
  console.log(`building the app into ${distDir} (next build)...`);
  // next build adds the build folder's types to tsconfig.json (and reformats it): a benchmark leaves no trace.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (r.status !== 0) throw new Error("next build failed");
  } finally {
    writeFileSync(tsconfig, before);
  }
}

export type RunningApp = { url: string; bootMs: number; log: () => string; stop: () => Promise<void> };

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

/** Spawns the standalone server as `npm start` and the image run it, and resolves when GET /api/health answers 200; bootMs is spawn → that answer. */
export async function startApp(opts: { distDir: string; env: Record<string, string> }): Promise<RunningApp> {
  const port = await freePort();
  const spawned = performance.now();
  const child: ChildProcess = spawn(process.execPath, [START_SCRIPT, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env, NEXT_DIST_DIR: opts.distDir, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`the server exited (${code}):\n${log}`))));
  exited.catch(() => undefined);
  child.stdout!.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  const ready = async (): Promise<number> => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      const ok = await fetch(`${url}/api/health`).then(
        (r) => r.status === 200,
        () => false, // not listening yet
      );
      if (ok) return performance.now() - spawned;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`the server did not become ready:\n${log}`);
  };
  const bootMs = await Promise.race([ready(), exited]);
  child.removeAllListeners("exit");
  return {
    url,
    bootMs,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** What the server said about its start-up work (lib/boot/boot.ts: JSON lines with event "ready"/"boot_failed"). */
export function bootLines(app: RunningApp): string {
  return (
    app
      .log()
      .split("\n")
      .filter((l) => /"event":"(ready|boot_failed)"/.test(l))
      .join("\n") || "(the server logged nothing about its start-up work)"
  );
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
