import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { preloadRouteModules } from "./preload-routes";

// A build folder as `next build` leaves it: server/app-paths-manifest.json naming the compiled route and page files.
function fakeBuild(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "intervu-build-"));
  const manifest: Record<string, string> = {};
  for (const [route, body] of Object.entries(files)) {
    const file = `app${route}.js`;
    mkdirSync(path.dirname(path.join(dir, "server", file)), { recursive: true });
    writeFileSync(path.join(dir, "server", file), body);
    manifest[route] = file;
  }
  writeFileSync(path.join(dir, "server", "app-paths-manifest.json"), JSON.stringify(manifest));
  return dir;
}

describe("preloadRouteModules", () => {
  it("loads every route and page module of the build with Node's require, API routes first, and reports failures", async () => {
    const seen: string[] = [];
    (globalThis as { __preloadSeen?: string[] }).__preloadSeen = seen;
    const dir = fakeBuild({
      "/dashboard/page": "globalThis.__preloadSeen.push('dashboard');",
      // A route whose own code Next loads lazily, on request: the preload asks for it.
      "/api/interview/[id]/evaluate/route":
        "globalThis.__preloadSeen.push('evaluate'); module.exports = { ok: true, routeModule: { ensureUserland: async () => { globalThis.__preloadSeen.push('evaluate handler'); } } };",
      "/api/broken/route": "throw new Error('does not load');",
    });
    expect(await preloadRouteModules(dir)).toEqual({ loaded: 2, failed: ["app/api/broken/route.js"] });
    expect(seen).toEqual(["evaluate", "evaluate handler", "dashboard"]);
    // Node's module cache: the server's own require of the file later gets the same, already evaluated, module.
    const nodeRequire = createRequire(import.meta.url);
    expect(nodeRequire(path.join(dir, "server/app/api/interview/[id]/evaluate/route.js"))).toMatchObject({ ok: true });
    expect(seen).toHaveLength(3);
  });

  it("does nothing without a build (next dev compiles routes on demand)", async () => {
    expect(await preloadRouteModules(mkdtempSync(path.join(tmpdir(), "intervu-nobuild-")))).toEqual({ loaded: 0, failed: [] });
  });
});
