import { getConfig } from "@/core/config";
import { log } from "@/core/log";
import { metrics } from "@/core/metrics";
import { storageFixMessage, storageStatus } from "@/lib/db/storage-check";
import { installHttpObserver } from "@/lib/http/request-log";

// Start-up, called once from instrumentation.ts: access logs and request ids for every request, the metrics
// registry, and the one line an operator needs when this server cannot keep data.

export function startObservability(): void {
  installHttpObserver();
  metrics();
  const cfg = getConfig();
  const storage = storageStatus();
  if (!storage.ok) {
    log().fatal({ event: "storage_unavailable", data_dir: storage.dataDir, reason: storage.reason }, storageFixMessage(storage));
  } else if (cfg.secretIsEphemeral) {
    log().warn(
      { event: "secret_not_kept" },
      "No SECRET_KEY is set and DATA_DIR is not writable: sessions end when this process stops. Set SECRET_KEY.",
    );
  }
  log().info(
    { event: "start", database: cfg.database, ai_engine: cfg.aiEngine, app_env: cfg.appEnv, metrics: cfg.metricsToken !== null },
    "InterVu started",
  );
}
