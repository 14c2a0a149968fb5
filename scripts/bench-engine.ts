// Benchmark: the offline engine's reading speed. CV parsing (text → profile, and a PDF's extraction + parsing) of a
// two-page CV, and job analysis (pasted text, and a page with schema.org JSON-LD). Each run is a fresh process: the
// cold figure's clock starts before the first import of the engine (node and tsx start-up excluded), the warm figure
// is the median of --calls further calls in that process. Goal: CV ≤ 50 ms, job ≤ 30 ms (warm medians).
//
//   npm run bench:engine [-- --runs 3 --calls 30]
import { execFileSync } from "node:child_process";
import { flag, spread } from "./bench/stats";

const RUNS = Number(flag("runs", "3"));
const CALLS = flag("calls", "30");

type Figures = Record<string, { cold: number; warm: number }>;

function main(): void {
  if (process.argv.includes("--child")) return;
  const runs: Figures[] = [];
  let about = "";
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, "scripts/bench/engine-child.ts", CALLS], { encoding: "utf8" });
    const parsed = JSON.parse(out.trim().split("\n").pop()!) as { figures: Figures; about: string };
    runs.push(parsed.figures);
    about = parsed.about;
  }
  console.log(about);
  console.log(`median (min–max) of ${RUNS} fresh processes, ms; warm = median of ${CALLS} calls in each process`);
  for (const name of Object.keys(runs[0])) {
    console.log(
      `${name.padEnd(34)} cold ${spread(
        runs.map((r) => r[name].cold),
        1,
      ).padEnd(22)} warm ${spread(
        runs.map((r) => r[name].warm),
        2,
      )}`,
    );
  }
}

main();
