// Benchmark: what the Docker image's final stage holds and how fast its server starts, measured on the build in
// this folder (run `npm run build` first; no Docker engine needed).
// 1. Contents: the bytes of every file the Dockerfile's final stage copies (.next/standalone, .next/static,
//    public/), with the largest node_modules packages. The base image (node:24-alpine) comes on top.
// 2. Cold start: `node server.js` in the standalone folder, as the image's CMD runs it, on a fresh data folder
//    (SQLite created on the way); the clock starts before the spawn and stops at the first 200 from /api/health.
//    Median and min–max of --runs.
//
//   npm run bench:standalone [-- --runs 3]
import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { freePort } from "./bench/app-server";
import { tmpdir } from "node:os";
import path from "node:path";
import { flag, spread } from "./bench/stats";

const RUNS = Number(flag("runs", "3"));
const root = process.cwd(); // npm run sets it to the project folder
const dist = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const standalone = path.join(dist, "standalone");
// scripts/start-standalone.mjs copies the static assets and public/ into the standalone folder; the image copies
// them from the build stage instead, so they are counted once, from there.
const copiedIn = new Set([path.join(standalone, path.basename(dist), "static"), path.join(standalone, "public")]);

function bytes(p: string, skip: Set<string> = new Set()): number {
  if (skip.has(p) || !existsSync(p)) return 0;
  const st = lstatSync(p);
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((sum, name) => sum + bytes(path.join(p, name), skip), 0);
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

function contents(): void {
  const parts = {
    ".next/standalone": bytes(standalone, copiedIn),
    ".next/static": bytes(path.join(dist, "static")),
    "public/": bytes(path.join(root, "public")),
  };
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  console.log(
    `final stage contents: ${mb(total)} (${Object.entries(parts)
      .map(([k, v]) => `${k} ${mb(v)}`)
      .join(", ")})`,
  );
  const modules = path.join(standalone, "node_modules");
  const packages = readdirSync(modules).flatMap((name) =>
    name.startsWith("@") ? readdirSync(path.join(modules, name)).map((sub) => `${name}/${sub}`) : [name],
  );
  const largest = packages
    .map((name) => ({ name, size: bytes(path.join(modules, name)) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 8);
  console.log(`  node_modules ${mb(bytes(modules))}; largest: ${largest.map((p) => `${p.name} ${mb(p.size)}`).join(", ")}`);
  console.log(`  .next/server ${mb(bytes(path.join(standalone, path.basename(dist), "server")))}`);
}

async function coldStart(): Promise<number> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "intervu-bench-start-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", DATA_DIR: dataDir, APP_ENV: "production" };
  Object.assign(env, { SECRET_KEY: `bench-${"k".repeat(40)}`, AI_ENGINE: "offline", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" });
  delete env.MONGO_URI;
  delete env.MONGODB_URI;
  const started = performance.now();
  const child = spawn(process.execPath, ["server.js"], { cwd: standalone, env, stdio: "ignore" });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server.js exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error("not healthy after 60 s");
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(standalone, "server.js"))) throw new Error("No standalone build: run `npm run build` first.");
  contents();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await coldStart());
  console.log(
    `cold start to the first healthy /api/health: ${spread(times, 0)} ms over ${RUNS} runs (${times.map(Math.round).join(", ")})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
