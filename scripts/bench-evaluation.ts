// Benchmark: evaluating an interview (10 answers concurrently + coaching) as a user gets it: POST
// /api/interview/{id}/evaluate against `next start` (production build), with Gemini replaced by the fake server at
// latency L. Users with 0, 1,000 and 10,000 evaluated interviews (realistic ~20 KB documents); for each, the FIRST
// evaluation after the server starts (a fresh process: nothing of the app was loaded before it said "Ready") and a
// WARM one (after two more). Figures are wall time ÷ L; goal ≤ 2.5 L in every cell. Medians and min–max of --runs.
//
//   npm run bench:evaluation [-- --runs 3 --latencies 300,1000 --sizes 0,1000,10000 --reuse-build]
//
// Runs `next build` into .next-bench first (use --reuse-build to skip when nothing changed). Run it under the heavy
// lock; other work on the machine shows in the spread.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchAppEnv, bootLines, ensureBuild, startApp } from "./bench/app-server";
import { buildEvaluatedPool, evaluatedInterview } from "./bench/realistic-interviews";
import { flag, hasFlag, median, spread, timed } from "./bench/stats";

const RUNS = Number(flag("runs", "3"));
const LATENCIES = flag("latencies", "300,1000").split(",").map(Number);
const SIZES = flag("sizes", "0,1000,10000").split(",").map(Number);
const DIST = ".next-bench";

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "intervu-bench-eval-"));
  const secret = "bench-secret-" + "x".repeat(40);
  Object.assign(process.env, { APP_ENV: "production", SECRET_KEY: secret, DATA_DIR: dataDir, AI_ENGINE: "offline" });
  ensureBuild(DIST, hasFlag("reuse-build"));

  // Seeding and the fake model run in this process; the app runs in its own.
  const { openSqliteStore } = await import("../lib/db/sqlite");
  const { createAccessToken } = await import("../lib/auth/tokens");
  const { startFakeGemini } = await import("../tests/fakes/fake-gemini");
  const { ANSWERS, reply } = await import("../tests/fakes/evaluation-bench");

  process.stdout.write("evaluating a pool of realistic interviews (offline engine)... ");
  const pool = await buildEvaluatedPool();
  console.log("done");
  const store = openSqliteStore({ file: path.join(dataDir, "intervu.db") });
  const users: { size: number; token: string; interviewId: string }[] = [];
  for (const size of SIZES) {
    const user = await store.createUser({ email: `bench${size}@example.com`, username: `bench_${size}`, password_hash: "x" });
    process.stdout.write(`seeding ${size} evaluated interviews... `);
    for (let i = 0; i < size; i++) await store.createInterview({ userId: user.id, data: evaluatedInterview(pool, i) });
    const target = await store.createInterview({
      userId: user.id,
      data: {
        questions: ANSWERS.map((_, i) => `Question ${i + 1}`),
        answers: ANSWERS,
        role: "Software Engineer",
        level: "mid",
        type: "mixed",
        techstack: [],
      },
    });
    users.push({ size, token: (await createAccessToken(user)).token, interviewId: target.id });
    console.log("done");
  }
  await store.close();

  const fake = await startFakeGemini();
  fake.setHandler(reply);
  let shownBoot = false;
  const cells = new Map<string, { first: number[]; warm: number[]; boot: number[] }>();
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const L of LATENCIES) {
        for (const u of users) {
          const app = await startApp({
            distDir: DIST,
            env: benchAppEnv({ dataDir, secret, fakeUrl: fake.url, latencyMs: L }),
          });
          if (run === 1 && !shownBoot) {
            shownBoot = true;
            console.log(bootLines(app));
          }
          try {
            const evaluate = async () => {
              const res = await fetch(`${app.url}/api/interview/${u.interviewId}/evaluate`, {
                method: "POST",
                headers: { authorization: `Bearer ${u.token}` },
              });
              const body = (await res.json()) as { status?: string; detail?: string };
              if (res.status !== 200 || body.status !== "evaluated") throw new Error(`evaluate: ${res.status} ${body.detail ?? ""}`);
            };
            fake.setLatency(L);
            const first = await timed(evaluate);
            fake.setLatency(0);
            await evaluate();
            await evaluate();
            fake.setLatency(L);
            const warm = await timed(evaluate);
            const key = `${L}|${u.size}`;
            const cell = cells.get(key) ?? { first: [], warm: [], boot: [] };
            cell.first.push(first / L);
            cell.warm.push(warm / L);
            cell.boot.push(app.bootMs);
            cells.set(key, cell);
            console.log(`run ${run} L=${L} ms, ${u.size} evaluated: first ${(first / L).toFixed(2)} L, warm ${(warm / L).toFixed(2)} L`);
          } finally {
            await app.stop();
          }
        }
      }
    }
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  let worst = 0;
  console.log(`\nevaluation of 10 answers + coaching, wall time ÷ L; median (min–max) of ${RUNS} runs; goal ≤ 2.5 L`);
  console.table(
    [...cells].map(([key, c]) => {
      const [L, size] = key.split("|");
      worst = Math.max(worst, median(c.first), median(c.warm));
      return {
        "L (ms)": Number(L),
        "evaluated interviews": Number(size),
        "first after start": spread(c.first),
        warm: spread(c.warm),
        "boot (ms)": spread(c.boot, 0),
      };
    }),
  );
  const pass = worst <= 2.5;
  console.log(`worst cell median: ${worst.toFixed(2)} L: ${pass ? "PASS" : "FAIL"}`);
  if (!pass) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
