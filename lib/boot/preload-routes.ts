import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

type RouteEntry = { routeModule?: { ensureUserland?: () => Promise<void> } };

/**
 * Loads every compiled route and page module of the production build the way Next's own loader does (Node's
 * require of `<build>/server/app/**`), so their code is evaluated at start instead of inside the first request that
 * needs it (the evaluate route alone is about a second of CPU on this machine). Next 16 loads a route's own code
 * (our modules) lazily, on the route's first request, even after its background preloading at start: we ask each
 * route module to load it now (`ensureUserland`, what Next itself awaits before running a route handler). Done in
 * register(), all of it is loaded before the server handles any request. Nothing to do without a build (next dev
 * compiles routes on demand).
 */
export async function preloadRouteModules(buildDir: string): Promise<{ loaded: number; failed: string[] }> {
  const serverDir = path.join(buildDir, "server");
  const manifestFile = path.join(serverDir, "app-paths-manifest.json");
  if (!existsSync(manifestFile)) return { loaded: 0, failed: [] };
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, string>;
  // Node's own require (not the bundler's), so the modules land in the same cache Next loads them from.
  const load = createRequire(manifestFile);
  const failed: string[] = [];
  let loaded = 0;
  // API routes first: they carry the heavy work (agents, parsers, the store).
  const files = [...new Set(Object.values(manifest))].sort((a, b) => Number(b.startsWith("app/api/")) - Number(a.startsWith("app/api/")));
  for (const file of files) {
    try {
      const entry = load(path.join(serverDir, file)) as RouteEntry;
      await entry.routeModule?.ensureUserland?.();
      loaded++;
    } catch {
      failed.push(file); // Next loads it again on first use and reports the error there
    }
  }
  return { loaded, failed };
}
