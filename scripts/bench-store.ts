// Store benchmark: inserts N interviews (default 10,000) for one user, then reads the 20-item history page
// (first page, and every page by cursor) on SQLite, on MongoDB when MONGO_URI_TEST is set, and on the CongoDB
// stand-in when tests/mongo-standin is installed (labelled: it scans every document, so its speed means nothing).
//   npx tsx scripts/bench-store.ts [--count 10000] [--seconds 3] [--only sqlite|mongodb|standin]
// Imports the adapters directly (they do not import "server-only", so this runs under plain tsx, outside Next).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MongoClient } from "mongodb";
import { openMongoStore } from "../lib/db/mongo";
import { openSqliteStore } from "../lib/db/sqlite";
import type { NewInterview, Store } from "../lib/db/types";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const COUNT = Number(arg("count", "10000"));
const READ_SECONDS = Number(arg("seconds", "3"));
const ONLY = arg("only", "");
const PAGE = 20;

function interview(i: number): NewInterview {
  const questions = Array.from(
    { length: 8 },
    (_, q) => `Question ${q + 1} of interview ${i}: tell me about a time you had to debug a production issue?`,
  );
  return {
    questions,
    answers: questions.map(
      (_, q) => `Answer ${q + 1}: I started by reading the logs, narrowed it to one service, wrote a failing test, fixed it.`,
    ),
    question_notes: questions.map(() => ({ category: "debugging", key_points: ["logs", "hypothesis", "test", "fix"] })),
    role: "Backend developer",
    level: "mid",
    type: "technical",
    techstack: ["node", "typescript", "postgres"],
    status: "completed",
    engine: "offline",
    model: null,
  };
}

type Result = { label: string; inserts_per_s: number; first_page_reads_per_s: number; page_walk_reads_per_s: number; pages_walked: number };

async function bench(label: string, store: Store): Promise<Result> {
  const user = await store.createUser({ email: `bench-${Date.now()}@example.com`, username: `bench_${Date.now()}`, password_hash: "x" });
  const userId = user.id;

  process.stdout.write(`${label}: inserting ${COUNT} interviews... `);
  const t0 = performance.now();
  for (let i = 0; i < COUNT; i++) await store.createInterview({ userId, data: interview(i) });
  const insertSec = (performance.now() - t0) / 1000;
  console.log(`${insertSec.toFixed(2)} s`);

  // Reads of the first history page (what the history screen shows), for READ_SECONDS.
  let reads = 0;
  const t1 = performance.now();
  const until = t1 + READ_SECONDS * 1000;
  while (performance.now() < until) {
    const page = await store.listInterviews({ userId, limit: PAGE });
    if (page.items.length !== Math.min(PAGE, COUNT)) throw new Error("short page");
    reads++;
  }
  const firstPageRate = reads / ((performance.now() - t1) / 1000);

  // Walking every page by cursor (deep pages), bounded by READ_SECONDS.
  let walked = 0;
  let seen = 0;
  let cursor: string | null = null;
  const t2 = performance.now();
  const walkUntil = t2 + READ_SECONDS * 1000;
  do {
    const page: Awaited<ReturnType<Store["listInterviews"]>> = await store.listInterviews({ userId, limit: PAGE, cursor });
    seen += page.items.length;
    cursor = page.next_cursor;
    walked++;
  } while (cursor && performance.now() < walkUntil);
  const walkRate = walked / ((performance.now() - t2) / 1000);
  if (!cursor && seen !== COUNT) throw new Error(`page walk saw ${seen} of ${COUNT}`);

  await store.deleteUserAndData({ id: userId });
  return {
    label,
    inserts_per_s: Math.round(COUNT / insertSec),
    first_page_reads_per_s: Math.round(firstPageRate),
    page_walk_reads_per_s: Math.round(walkRate),
    pages_walked: walked,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function main() {
  const results: Result[] = [];
  const notes: string[] = [];

  if (!ONLY || ONLY === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "intervu-bench-"));
    const store = openSqliteStore({ file: path.join(dir, "intervu.db") });
    try {
      results.push(await bench("sqlite (file, WAL)", store));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const mongoUri = process.env.MONGO_URI_TEST?.trim();
  if (!ONLY || ONLY === "mongodb") {
    if (mongoUri) {
      const dbName = `intervu_bench_${Date.now().toString(36)}`;
      const store = openMongoStore({ uri: mongoUri, dbName });
      try {
        results.push(await bench("mongodb (MONGO_URI_TEST)", store));
      } finally {
        await store.close();
        const client = new MongoClient(mongoUri);
        await client
          .db(dbName)
          .dropDatabase()
          .catch(() => undefined);
        await client.close();
      }
    } else {
      notes.push("mongodb: skipped (set MONGO_URI_TEST to a real server to measure it)");
    }
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
        results.push(await bench("CongoDB stand-in (NOT indicative of MongoDB speed: in-memory, full scans)", store));
      } finally {
        await store.close();
        await server.stop();
      }
    } else {
      notes.push("stand-in: skipped (tests/mongo-standin is not installed)");
    }
  }

  console.log(`\n${COUNT} interviews of one user; history page = ${PAGE} items, newest first`);
  console.table(
    results.map((r) => ({
      store: r.label,
      "inserts/s": r.inserts_per_s,
      "first page reads/s": r.first_page_reads_per_s,
      "cursor page reads/s": r.page_walk_reads_per_s,
      "pages walked": r.pages_walked,
    })),
  );
  for (const n of notes) console.log(n);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
