// Benchmark: what a long history costs on the pages that summarise it. For users with 100, 1,000 and 10,000
// evaluated interviews (realistic ~20 KB documents, SQLite), the latency of the strengths summary
// (GET /api/profile/strengths), the dashboard's data (/dashboard) and a history page (GET /api/interview/history,
// 20 items), called through their domain functions in this process. Goal: each under 50 ms, and flat: the 10,000
// figure within 2× of the 100 figure. Medians and min–max of --runs (each run's figure is the median of --calls).
//
//   npm run bench:history [-- --runs 3 --calls 15 --sizes 100,1000,10000]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildEvaluatedPool, evaluatedInterview } from "./bench/realistic-interviews";
import { flag, median, spread, timed } from "./bench/stats";

const RUNS = Number(flag("runs", "3"));
const CALLS = Number(flag("calls", "15"));
const SIZES = flag("sizes", "100,1000,10000").split(",").map(Number);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "intervu-bench-history-"));
  Object.assign(process.env, { APP_ENV: "test", SECRET_KEY: "bench-secret-" + "x".repeat(40), DATA_DIR: dataDir, AI_ENGINE: "offline" });
  const { getStore, closeStoreForTests } = await import("../lib/db/store");
  const { getTraitSummary } = await import("../lib/profile/traits");
  const { getDashboardData } = await import("../lib/interview/dashboard");
  const { listInterviewHistory } = await import("../lib/interview/interviews");

  process.stdout.write("evaluating a pool of realistic interviews (offline engine)... ");
  const pool = await buildEvaluatedPool();
  console.log("done");
  const store = getStore();
  const users: { size: number; id: string }[] = [];
  for (const size of SIZES) {
    const user = await store.createUser({ email: `hist${size}@example.com`, username: `hist_${size}`, password_hash: "x" });
    process.stdout.write(`seeding ${size} evaluated interviews... `);
    for (let i = 0; i < size; i++) await store.createInterview({ userId: user.id, data: evaluatedInterview(pool, i) });
    users.push({ size, id: user.id });
    console.log("done");
  }

  const probes: [string, (userId: string) => Promise<unknown>][] = [
    ["strengths", (userId) => getTraitSummary({ userId })],
    ["dashboard", (userId) => getDashboardData({ userId })],
    ["history page", (userId) => listInterviewHistory({ userId, limit: 20 })],
  ];
  const figures = new Map<string, number[]>();
  for (let run = 1; run <= RUNS; run++) {
    for (const u of users) {
      for (const [name, probe] of probes) {
        await probe(u.id); // warm: the figure is a running server's
        const times: number[] = [];
        for (let c = 0; c < CALLS; c++) times.push(await timed(() => probe(u.id)));
        const key = `${name}|${u.size}`;
        figures.set(key, [...(figures.get(key) ?? []), median(times)]);
      }
    }
    console.log(`run ${run} done`);
  }
  await closeStoreForTests();
  rmSync(dataDir, { recursive: true, force: true });

  let pass = true;
  const rows = probes.map(([name]) => {
    const row: Record<string, string> = { "": name };
    for (const size of SIZES) row[`${size} (ms)`] = spread(figures.get(`${name}|${size}`)!, 1);
    const small = median(figures.get(`${name}|${SIZES[0]}`)!);
    const big = median(figures.get(`${name}|${SIZES[SIZES.length - 1]}`)!);
    const ratio = big / small;
    row[`${SIZES[SIZES.length - 1]} ÷ ${SIZES[0]}`] = ratio.toFixed(2);
    const ok = ratio <= 2 && SIZES.every((s) => median(figures.get(`${name}|${s}`)!) < 50);
    row.verdict = ok ? "PASS" : "FAIL";
    pass &&= ok;
    return row;
  });
  console.log(
    `\nlatency per call, ms: median (min–max) of ${RUNS} runs, each the median of ${CALLS} calls; goal < 50 ms and flat within 2×`,
  );
  console.table(rows);
  if (!pass) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
