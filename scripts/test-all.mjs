#!/usr/bin/env node
// The README's test command: every tier, in order — unit + integration (vitest), production build, end-to-end (Playwright).
// Prints one closing line "N passed, N failed" over all tiers. Any failure exits non-zero.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, "test-results");
mkdirSync(reports, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const isCI = process.env.CI === "true" || process.env.CI === "1";
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep = null;

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `=== ${title}: ${result.status === 0 ? "ok" : `failed (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (result.status !== 0 && !failedStep) failedStep = title;
  return result.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const stats = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

const vitestJson = path.join(reports, "vitest.json");
run("unit + integration (vitest)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
countVitest(vitestJson);

if (!existsSync(chromium)) {
  console.error(`\nNo Chromium at ${chromium}: the end-to-end tier needs it.`);
  console.error("Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary.");
  if (isCI || process.env.SKIP_E2E !== "1") {
    failedStep ??= "end-to-end (no browser)";
    totals.failed += 1;
  } else {
    console.error("SKIP_E2E=1: the end-to-end tier was NOT run.");
  }
} else if (run("production build (next build)", "npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" })) {
  // Issue 19 wants every page ≤ 160 KB of first-load JS (gzipped): `npm run size:pages -- --max 160` reports it.
  // Not a failing step yet: after the api/ops/perf/shield integration every page carries ~37 KB more (root bundle).
  const pwJson = path.join(reports, "playwright.json");
  run("end-to-end (Playwright + Chromium)", "npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  countPlaywright(pwJson);
}

console.log(
  `\n${failedStep ? `First failure: ${failedStep}\n` : ""}${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
);
process.exit(failedStep ? 1 : 0);
