import "server-only";
import { getConfig } from "@/core/config";
import { getStore } from "@/lib/db/store";

import type { Health } from "@/core/schemas/health";

const PING_TIMEOUT_MS = 2_000;

/** Reports the configured store and engine, and whether the store answers right now (within 2 s). */
export async function getHealth(): Promise<Health> {
  const config = getConfig();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  const databaseOk = await Promise.race([
    getStore()
      .ping()
      .then(() => true)
      .catch(() => false),
    timedOut,
  ]).finally(() => clearTimeout(timer));
  return {
    status: databaseOk ? "ok" : "degraded",
    database: config.database,
    database_ok: databaseOk,
    ai_engine: config.aiEngine,
    version: "0.1.0",
  };
}
