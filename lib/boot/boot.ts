import "server-only";
import { getConfig } from "@/core/config";
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
    if (result.status === "rejected") console.error(`[boot] could not prepare the ${part}:`, messageOf(result.reason));
  }
  const routes = config.servesBuild ? await preloadRouteModules(config.buildDir) : { loaded: 0, failed: [] };
  if (routes.failed.length) console.error(`[boot] could not preload ${routes.failed.join(", ")}`);
  const work = await runStartupWork();
  if (work.failed.length) console.error(`[boot] start-up work failed: ${work.failed.join(", ")}`);
  console.info(
    `[boot] ready in ${Math.round(performance.now() - started)} ms (${routes.loaded} route modules loaded, ${work.ran} start-up tasks)`,
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
