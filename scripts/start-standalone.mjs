#!/usr/bin/env node
// `npm start` and the end-to-end tests start the production server exactly as the Docker image does: `node server.js`
// inside the standalone build (next.config.ts `output: "standalone"`), with the static assets and public/ copied
// beside it. So a file the build forgot to include (a native addon, a worker script) fails here, not in production.
//
// Usage: node scripts/start-standalone.mjs [-p PORT] [-H HOST]     (defaults: PORT or 3000, all interfaces)
import { spawn } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";

const root = path.resolve(import.meta.dirname, "..");

// The .env files `next start` would read (.env.local etc.); the standalone server only looks in its own folder.
nextEnv.loadEnvConfig(root, false, { info: () => undefined, error: (...args) => console.error(...args) });

// The server has NODE_ENV=production, and without an explicit APP_ENV InterVu then runs its production checks
// (SECRET_KEY required: a deployment that forgot APP_ENV must not run on a generated secret). `npm start` is the
// README's quick start on your own machine, so when neither the environment nor a .env file sets APP_ENV it says
// APP_ENV=development explicitly (a missing SECRET_KEY is generated once and kept in DATA_DIR/.secret). The Docker
// image runs server.js itself with APP_ENV=production.
if (!process.env.APP_ENV) {
  process.env.APP_ENV = "development";
  console.log(
    "npm start: APP_ENV is not set, so this runs as APP_ENV=development (a missing SECRET_KEY is generated in DATA_DIR/.secret). " +
      "For a deployment set APP_ENV=production and SECRET_KEY.",
  );
}

const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(root, distDir, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error(`No standalone build in ${path.relative(root, standalone)}: run \`npm run build\` first.`);
  process.exit(1);
}

// What the Dockerfile's final stage copies: <dist>/static → standalone/<dist>/static, public → standalone/public.
for (const [from, to] of [
  [path.join(root, distDir, "static"), path.join(standalone, distDir, "static")],
  [path.join(root, "public"), path.join(standalone, "public")],
]) {
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}

const args = process.argv.slice(2);
const option = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};

const env = {
  ...process.env,
  PORT: option("-p", "--port") ?? process.env.PORT ?? "3000",
  // Not the shell's HOSTNAME (often the machine's name): all interfaces unless -H says otherwise, as `next start`.
  HOSTNAME: option("-H", "--hostname") ?? "0.0.0.0",
  // server.js changes into its own folder: keep a relative DATA_DIR (default ./data) relative to where we started.
  DATA_DIR: path.resolve(process.env.DATA_DIR || "data"),
};

const child = spawn(process.execPath, ["server.js"], { cwd: standalone, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
