import "server-only";
import { getConfig } from "@/core/config";
import { log } from "@/core/log";
import { runStartupWork } from "@/core/startup";
import { getStore } from "@/lib/db/store";
import { preloadRouteModules } from "@/lib/boot/preload-routes";

// What the server does once at start (instrumentation.ts register(), which Next awaits before it handles the first
// request), so that no user's request pays for it:
// - the configuration is validated (an invalid one stops start-up with a message naming the variable);
// - the store is opened: SQLite migrations, or the MongoDB connection, indexes and data migrations;
// - the document readers are loaded: pdf.js (about 2.5 s on the first upload otherwise) and mammoth;
// - every route and page module of the build is loaded (see preload-routes.ts), then the one-off preparation those
//   modules registered runs (core/startup.ts: compiling the skills dictionary's patterns; asking Gemini for the
//   configured model, so a wrong key or model name shows at start, not in a user's first request).
// A failure here is logged and start-up goes on: the request that needs the part reports it properly.

export async function bootServer(): Promise<void> {
  const config = getConfig();
  const started = performance.now();
  const [store, readers] = await Promise.allSettled([openStore(), loadDocumentReaders()]);
  for (const [part, result] of [
    ["store", store],
    ["document readers", readers],
  ] as const) {
    if (result.status === "rejected")
      log().error({ event: "boot_failed", part, cause: messageOf(result.reason) }, `could not prepare the ${part}`);
  }
  const routes = config.servesBuild ? await preloadRouteModules(config.buildDir) : { loaded: 0, failed: [] };
  if (routes.failed.length) log().error({ event: "boot_failed", part: "routes", failed: routes.failed }, "could not preload some routes");
  const work = await runStartupWork();
  if (work.failed.length) log().error({ event: "boot_failed", part: "start-up work", failed: work.failed }, "start-up work failed");
  log().info(
    { event: "ready", ms: Math.round(performance.now() - started), route_modules: routes.loaded, startup_tasks: work.ran },
    "ready",
  );
}

async function openStore(): Promise<void> {
  await getStore().ping();
}

async function loadDocumentReaders(): Promise<void> {
  const [{ getResolvedPDFJS }] = await Promise.all([import("unpdf"), import("mammoth")]);
  await getResolvedPDFJS();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
