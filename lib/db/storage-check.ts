import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getConfig } from "@/core/config";

// Whether this process can keep data at all. SQLite needs a writable DATA_DIR; on a read-only file system (Vercel,
// a container with a read-only root and no volume) and without MONGO_URI, nothing can be saved. Checked once per
// process (a probe file written and removed): instrumentation.ts logs one line naming the fix, proxy.ts answers
// every request 503 `storage_unavailable`, and getStore() refuses with the same code.

export type StorageStatus = { ok: true } | { ok: false; dataDir: string; reason: string };

const g = globalThis as typeof globalThis & { __intervuStorage?: StorageStatus };

export function storageStatus(): StorageStatus {
  return (g.__intervuStorage ??= checkStorage());
}

export function checkStorage(): StorageStatus {
  const cfg = getConfig();
  if (cfg.database === "mongodb") return { ok: true };
  const probe = path.join(cfg.dataDir, `.write-test-${process.pid}`);
  try {
    mkdirSync(cfg.dataDir, { recursive: true });
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, dataDir: cfg.dataDir, reason: typeof code === "string" ? code : "not writable" };
  }
}

/** The one start-up line for an operator: what is wrong and the two ways to fix it. */
export function storageFixMessage(status: { dataDir: string; reason: string }): string {
  return (
    `Cannot store data: DATA_DIR ${status.dataDir} is not writable (${status.reason}) and MONGO_URI is not set. ` +
    "Set MONGO_URI to a MongoDB database (e.g. MongoDB Atlas), or set DATA_DIR to a writable folder (e.g. a mounted volume). " +
    "Every request answers 503 until then."
  );
}

/** Test hook: check again on next use. */
export function resetStorageStatusForTests(): void {
  g.__intervuStorage = undefined;
}
