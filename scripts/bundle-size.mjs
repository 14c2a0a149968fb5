#!/usr/bin/env node
// First-load JavaScript per page, gzipped, from a production build (issue 19: every page ≤ 160 KB).
// A page's first load is the framework's root chunks plus every chunk its client-reference manifest lists as an
// entry (root layout, error/not-found boundaries, the page's own layouts and the page). Each distinct file counts
// once, gzipped at zlib's default level, the way a server sends it.
//   node scripts/bundle-size.mjs [--dir .next] [--max 160] [--except /route=KB ...]
// exits 1 when a page is over --max KB (or over its own ceiling given with --except: a known gap that must not grow).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

/** Each page route of a build and its first-load files (paths relative to the build folder). */
export function pageEntries(dir) {
  const build = JSON.parse(readFileSync(path.join(dir, "build-manifest.json"), "utf8"));
  const root = build.rootMainFiles ?? [];
  const pages = [];
  for (const file of walk(path.join(dir, "server", "app"))) {
    if (!file.endsWith("page_client-reference-manifest.js")) continue;
    const sandbox = { globalThis: {} };
    sandbox.globalThis = sandbox;
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
    for (const [key, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      const files = new Set(root);
      for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const f of list) files.add(f);
      pages.push({ route: routeOf(key), files: [...files] });
    }
  }
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** "/(app)/interview/[id]/page" → "/interview/[id]"; route groups are not part of the URL. */
export function routeOf(key) {
  const parts = key.split("/").filter((p) => p && p !== "page" && !/^\(.*\)$/.test(p));
  return `/${parts.join("/")}`;
}

export function gzippedKB(dir, files) {
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(path.join(dir, f.replace(/^\/?_next\//, "")))).length;
  return bytes / 1024;
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dir = path.resolve(arg("dir", ".next"));
  const max = Number(arg("max", "Infinity"));
  const ceilings = new Map(
    process.argv.flatMap((a, i) => (process.argv[i - 1] === "--except" ? [a.split("=")] : [])).map(([route, kb]) => [route, Number(kb)]),
  );
  const rows = pageEntries(dir).map((p) => ({ ...p, kb: gzippedKB(dir, p.files), max: ceilings.get(p.route) ?? max }));
  const over = rows.filter((r) => r.kb > r.max);
  for (const r of rows) console.log(`${r.kb.toFixed(1).padStart(7)} KB  ${r.route}${r.kb > r.max ? `   over ${r.max} KB` : ""}`);
  if (over.length) {
    console.error(`\n${over.length} page(s) ship more first-load JavaScript (gzipped) than allowed.`);
    process.exit(1);
  }
}
