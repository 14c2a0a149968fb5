// Store benchmark with realistic documents: inserts per second of newly saved interviews (questions and notes,
// ~2 KB, what POST /api/interview/save writes) and of evaluated interviews (~20 KB), then reads per second of the
// 20-item history page (first page, and every page by cursor) over --count evaluated interviews of one user.
// SQLite; MongoDB too when MONGO_URI_TEST is set; the CongoDB stand-in when tests/mongo-standin is installed
// (labelled: it scans every document, so its speed means nothing). Goal (SQLite): ≥ 10,000 inserts/s and ≥ 5,000
// history-page reads/s. Medians and min–max of --runs, each on a fresh database.
//   npm run bench:store [-- --count 10000 --seconds 3 --runs 3 --only sqlite|mongodb|standin]
// Imports the adapters directly (they do not import "server-only", so this runs under plain tsx, outside Next).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MongoClient } from "mongodb";
import { openMongoStore } from "../lib/db/mongo";
import { openSqliteStore } from "../lib/db/sqlite";
import type { Store } from "../lib/db/types";
import { freePort } from "./bench/app-server";
import { buildEvaluatedPool, evaluatedInterview, newInterview, type EvaluatedPoolEntry } from "./bench/realistic-interviews";
import { flag, spread } from "./bench/stats";

const COUNT = Number(flag("count", "10000"));
const READ_SECONDS = Number(flag("seconds", "3"));
const RUNS = Number(flag("runs", "3"));
const ONLY = flag("only", "");
const PAGE = 20;

type Result = { new_inserts_per_s: number; evaluated_inserts_per_s: number; first_page_reads_per_s: number; page_walk_reads_per_s: number };

async function bench(label: string, store: Store, pool: EvaluatedPoolEntry[]): Promise<Result> {
  const tag = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const user = await store.createUser({ email: `bench-${tag}@example.com`, username: `bench_${tag}`, password_hash: "x" });
  const scratch = await store.createUser({ email: `scratch-${tag}@example.com`, username: `scratch_${tag}`, password_hash: "x" });
  const userId = user.id;

  const insertRate = async (owner: string, n: number, make: (i: number) => Parameters<Store["createInterview"]>[0]["data"]) => {
    const t = performance.now();
    for (let i = 0; i < n; i++) await store.createInterview({ userId: owner, data: make(i) });
    return n / ((performance.now() - t) / 1000);
  };
  process.stdout.write(`${label}: inserting... `);
  const newRate = await insertRate(scratch.id, Math.min(COUNT, 5000), (i) => newInterview(pool, i));
  const evaluatedRate = await insertRate(userId, COUNT, (i) => evaluatedInterview(pool, i));
  console.log(`${Math.round(newRate)} new/s, ${Math.round(evaluatedRate)} evaluated/s`);

  // The first history page (what the history screen shows), for READ_SECONDS.
  let reads = 0;
  const t1 = performance.now();
  while (performance.now() < t1 + READ_SECONDS * 1000) {
    const page = await store.listInterviewSummaries({ userId, limit: PAGE });
    if (page.items.length !== Math.min(PAGE, COUNT)) throw new Error("short page");
    reads++;
  }
  const firstPageRate = reads / ((performance.now() - t1) / 1000);

  // Every page by cursor (deep pages), bounded by READ_SECONDS.
  let walked = 0;
  let seen = 0;
  let cursor: string | null = null;
  const t2 = performance.now();
  do {
    const page: Awaited<ReturnType<Store["listInterviewSummaries"]>> = await store.listInterviewSummaries({ userId, limit: PAGE, cursor });
    seen += page.items.length;
    cursor = page.next_cursor;
    walked++;
  } while (cursor && performance.now() < t2 + READ_SECONDS * 1000);
  const walkRate = walked / ((performance.now() - t2) / 1000);
  if (!cursor && seen !== COUNT) throw new Error(`page walk saw ${seen} of ${COUNT}`);

  await store.deleteUserAndData({ id: userId });
  await store.deleteUserAndData({ id: scratch.id });
  return {
    new_inserts_per_s: newRate,
    evaluated_inserts_per_s: evaluatedRate,
    first_page_reads_per_s: firstPageRate,
    page_walk_reads_per_s: walkRate,
  };
}

async function main() {
  process.env.AI_ENGINE = "offline";
  process.stdout.write("evaluating a pool of realistic interviews (offline engine)... ");
  const pool = await buildEvaluatedPool();
  const size = JSON.stringify(evaluatedInterview(pool, 0)).length;
  console.log(
    `done (${pool.length} interviews, ~${Math.round(size / 1024)} KB each evaluated, ~${Math.round(JSON.stringify(newInterview(pool, 0)).length / 1024)} KB new)`,
  );
  const results = new Map<string, Result[]>();
  const notes: string[] = [];
  const record = (label: string, r: Result) => results.set(label, [...(results.get(label) ?? []), r]);

  for (let run = 1; run <= RUNS; run++) {
    if (!ONLY || ONLY === "sqlite") {
      const dir = mkdtempSync(path.join(tmpdir(), "intervu-bench-"));
      const store = openSqliteStore({ file: path.join(dir, "intervu.db") });
      try {
        record("sqlite (file, WAL)", await bench("sqlite", store, pool));
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }

    const mongoUri = process.env.MONGO_URI_TEST?.trim();
    if ((!ONLY || ONLY === "mongodb") && mongoUri) {
      const dbName = `intervu_bench_${Date.now().toString(36)}`;
      const store = openMongoStore({ uri: mongoUri, dbName });
      try {
        record("mongodb (MONGO_URI_TEST)", await bench("mongodb", store, pool));
      } finally {
        await store.close();
        const client = new MongoClient(mongoUri);
        await client
          .db(dbName)
          .dropDatabase()
          .catch(() => undefined);
        await client.close();
      }
    } else if (run === 1 && (!ONLY || ONLY === "mongodb")) {
      notes.push("mongodb: skipped (set MONGO_URI_TEST to a real server to measure it)");
    }

    if (!ONLY || ONLY === "standin") {
      const dir = path.resolve(__dirname, "../tests/mongo-standin");
      if (existsSync(path.join(dir, "node_modules/@push.rocks/smartmongo/package.json"))) {
        // An ES module: resolve it from the stand-in folder, then import it by file URL.
        const entry = createRequire(path.join(dir, "package.json")).resolve("@push.rocks/smartmongo");
        const { congodb } = await import(pathToFileURL(entry).href);
        const port = await freePort();
        const server = new congodb.CongoServer({ port });
        await server.start();
        const store = openMongoStore({ uri: `mongodb://127.0.0.1:${port}/?serverMonitoringMode=poll`, dbName: "intervu_bench" });
        try {
          record("CongoDB stand-in (NOT indicative of MongoDB speed: in-memory, full scans)", await bench("stand-in", store, pool));
        } finally {
          await store.close();
          await server.stop();
        }
      } else if (run === 1) {
        notes.push("stand-in: skipped (tests/mongo-standin is not installed)");
      }
    }
  }

  console.log(`\n${COUNT} evaluated interviews of one user; history page = ${PAGE} items, newest first; median (min–max) of ${RUNS} runs`);
  console.table(
    [...results].map(([store, rs]) => ({
      store,
      "new inserts/s": spread(
        rs.map((r) => r.new_inserts_per_s),
        0,
      ),
      "evaluated inserts/s": spread(
        rs.map((r) => r.evaluated_inserts_per_s),
        0,
      ),
      "first page reads/s": spread(
        rs.map((r) => r.first_page_reads_per_s),
        0,
      ),
      "cursor page reads/s": spread(
        rs.map((r) => r.page_walk_reads_per_s),
        0,
      ),
    })),
  );
  for (const n of notes) console.log(n);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
