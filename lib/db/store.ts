import "server-only";
import path from "node:path";
import { getConfig } from "@/core/config";
import { openSqliteStore } from "./sqlite";
import { openMongoStore } from "./mongo";
import type { Store } from "./types";

export type { Store } from "./types";

// One store per process, picked by configuration (SQLite at DATA_DIR/intervu.db unless MONGO_URI is set), opened
// lazily on first use. Kept on globalThis so Next's dev hot reload does not open a new connection per reload.
const g = globalThis as typeof globalThis & { __intervuStore?: { key: string; store: Store } };

export function getStore(): Store {
  const cfg = getConfig();
  const key = cfg.database === "mongodb" ? `mongodb:${cfg.mongoUri}/${cfg.mongoDb}` : `sqlite:${path.join(cfg.dataDir, "intervu.db")}`;
  if (g.__intervuStore && g.__intervuStore.key === key) return g.__intervuStore.store;
  const store =
    cfg.database === "mongodb"
      ? openMongoStore({ uri: cfg.mongoUri!, dbName: cfg.mongoDb })
      : openSqliteStore({ file: path.join(cfg.dataDir, "intervu.db") });
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
