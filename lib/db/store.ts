import "server-only";
import path from "node:path";
import { getConfig } from "@/core/config";
import { AppError } from "@/core/errors";
import { guardStore, unavailableCause } from "./guard";
import { openSqliteStore } from "./sqlite";
import { openMongoStore } from "./mongo";
import { checkStorage } from "./storage-check";
import type { Store } from "./types";

export type { Store } from "./types";

// One store per process, picked by configuration (SQLite at DATA_DIR/intervu.db unless MONGO_URI is set), opened
// lazily on first use. Kept on globalThis so Next's dev hot reload does not open a new connection per reload.
// Every call goes through guardStore (503 database_unavailable within 2.5 s, one log line per outage).
const g = globalThis as typeof globalThis & { __intervuStore?: { key: string; store: Store } };

export function getStore(): Store {
  const cfg = getConfig();
  const key = cfg.database === "mongodb" ? `mongodb:${cfg.mongoUri}/${cfg.mongoDb}` : `sqlite:${path.join(cfg.dataDir, "intervu.db")}`;
  if (g.__intervuStore && g.__intervuStore.key === key) return g.__intervuStore.store;
  const store = guardStore(
    cfg.database === "mongodb" ? openMongoStore({ uri: cfg.mongoUri!, dbName: cfg.mongoDb }) : openSqlite(cfg.dataDir),
  );
  const previous = g.__intervuStore;
  g.__intervuStore = { key, store };
  if (previous) void previous.store.close().catch(() => undefined);
  return store;
}

/** Test hook: close the process's store so the next getStore() opens one from the current configuration. */
export async function closeStoreForTests(): Promise<void> {
  const current = g.__intervuStore;
  g.__intervuStore = undefined;
  if (current) await current.store.close();
}

function openSqlite(dataDir: string): Store {
  const storage = checkStorage();
  if (!storage.ok) throw new AppError("storage_unavailable");
  try {
    // busy_timeout below the guard's deadline: a lock held elsewhere becomes a 503, not a request that hangs.
    return openSqliteStore({ file: path.join(dataDir, "intervu.db"), busyTimeoutMs: 2_000 });
  } catch (error) {
    if (unavailableCause(error)) throw new AppError("database_unavailable", undefined, { cause: error });
    throw error;
  }
}
