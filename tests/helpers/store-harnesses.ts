// The store adapters the integration suites run against: SQLite (always, a temporary file), and MongoDB — a real
// server when MONGO_URI_TEST is set, otherwise the CongoDB wire-protocol stand-in from tests/mongo-standin (when
// installed; in CI it must be). Each harness opens a fresh database.
import { existsSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, it } from "vitest";
import Database from "better-sqlite3";
import { SQLITE_MIGRATIONS, openSqliteStore } from "@/lib/db/sqlite";
import { openMongoStore } from "@/lib/db/mongo";
import type { Store } from "@/lib/db/types";

export const ROOT = path.resolve(__dirname, "../..");
const STANDIN_DIR = path.join(ROOT, "tests/mongo-standin");
const STANDIN_PKG = path.join(STANDIN_DIR, "node_modules/@push.rocks/smartmongo/package.json");
const MONGO_URI_TEST = process.env.MONGO_URI_TEST?.trim() || null;
const IN_CI = process.env.CI === "true" || process.env.CI === "1";

export type Harness = {
  name: string;
  /** True for the CongoDB stand-in: no unique indexes, no rollback, full scans. */
  standin: boolean;
  sqliteFile?: string;
  /** MongoDB only: where the opened store lives, for tests that look at the raw collections. */
  mongo?: { uri: string; dbName: string };
  open(): Promise<Store>;
  teardown(): Promise<void>;
};

export function sqliteHarness(): Harness {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "intervu-contract-")), "intervu.db");
  return { name: "sqlite", standin: false, sqliteFile: file, open: async () => openSqliteStore({ file }), teardown: async () => undefined };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export function mongoHarness(): Harness | { skip: string } {
  const dbName = `intervu_contract_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  if (MONGO_URI_TEST) {
    return {
      name: "mongodb (MONGO_URI_TEST)",
      standin: false,
      mongo: { uri: MONGO_URI_TEST, dbName },
      open: async () => openMongoStore({ uri: MONGO_URI_TEST, dbName }),
      teardown: async () => {
        const client = new MongoClient(MONGO_URI_TEST);
        try {
          await client.db(dbName).dropDatabase();
        } finally {
          await client.close();
        }
      },
    };
  }
  if (!existsSync(STANDIN_PKG)) {
    const reason = `the MongoDB stand-in is not installed (run: cd tests/mongo-standin && npm install --ignore-scripts)`;
    if (IN_CI) throw new Error(`CI: ${reason}; set MONGO_URI_TEST or install it.`);
    return { skip: reason };
  }
  let server: { start(): Promise<void>; stop(): Promise<void> } | null = null;
  const harness: Harness = {
    name: "mongodb (CongoDB stand-in)",
    standin: true,
    open: async () => {
      const req = createRequire(path.join(STANDIN_DIR, "package.json"));
      const { congodb } = req("@push.rocks/smartmongo") as {
        congodb: { CongoServer: new (opts: { port: number }) => { start(): Promise<void>; stop(): Promise<void> } };
      };
      const port = await freePort();
      server = new congodb.CongoServer({ port });
      await server.start();
      // The stand-in does not speak the streaming heartbeat protocol ("Server ended moreToCome unexpectedly"): poll.
      harness.mongo = { uri: `mongodb://127.0.0.1:${port}/?serverMonitoringMode=poll`, dbName };
      return openMongoStore(harness.mongo);
    },
    teardown: async () => {
      await server?.stop();
    },
  };
  return harness;
}

/** Every adapter this machine can run: SQLite, and MongoDB or the reason it is skipped. */
export function allHarnesses(): (Harness | { skip: string; name: string })[] {
  const m = mongoHarness();
  return [sqliteHarness(), "skip" in m ? { name: "mongodb", skip: m.skip } : m];
}

/**
 * `describe(title: adapter)` once per adapter this machine can run (skipped, with the reason, where it cannot), with
 * a store opened before the block's tests and closed after them: `body(() => store, harness)`.
 */
export function describeEachStore(title: string, body: (store: () => Store, harness: Harness) => void): void {
  for (const h of allHarnesses()) {
    if ("skip" in h) {
      describe.skip(`${title}: ${h.name} (${h.skip})`, () => it("runs against the adapter", () => undefined));
      continue;
    }
    describe(`${title}: ${h.name}`, () => {
      let store: Store;
      beforeAll(async () => {
        store = await h.open();
      });
      afterAll(async () => {
        await store?.close();
        await h.teardown();
      });
      body(() => store, h);
    });
  }
}

/** A new SQLite database file as an older version left it: the migrations up to `version` applied, open for writes. */
export function sqliteDatabaseAt(version: number): { file: string; raw: Database.Database } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "intervu-old-")), "intervu.db");
  const raw = new Database(file);
  raw.exec("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= version)) {
    m.up(raw);
    raw.prepare("INSERT INTO schema_version VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
  }
  return { file, raw };
}
