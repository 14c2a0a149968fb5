// Bundles the worker thread's entry (lib/workers/cpu-worker.ts) and everything it imports into one ES module,
// .workers/cpu-worker.mjs, which the worker pool (lib/workers/pool.ts) loads by file path at run time. A worker
// needs a real file: Next's server bundles have no stable path to point a Worker at. Run by next.config.ts
// (`next build`, `next dev`), by vitest's global setup, and by hand: `node scripts/build-workers.mjs`.
// @google/genai is replaced by a stub: a worker runs the offline engine only (its environment fixes AI_ENGINE), and
// Next bundles the real package into its own chunks, so a standalone build has no node_modules copy to load.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORKER_BUNDLE = path.join(root, ".workers", "cpu-worker.mjs");

/** `server-only` throws outside React's server environment; a worker thread is server code by definition. */
const serverOnly = {
  name: "server-only",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

/** What the agents import from @google/genai, for a thread that never calls the model (failing loudly if it tried). */
const noModel = {
  name: "no-model",
  setup(build) {
    build.onResolve({ filter: /^@google\/genai$/ }, () => ({ path: "@google/genai", namespace: "no-model" }));
    build.onLoad({ filter: /.*/, namespace: "no-model" }, () => ({
      contents: [
        "export class ApiError extends Error {}",
        "export class GoogleGenAI {",
        '  constructor() { throw new Error("A worker thread runs the offline engine only; it never calls the model."); }',
        "}",
      ].join("\n"),
      loader: "js",
    }));
  },
};

export function workerBuildOptions() {
  return {
    absWorkingDir: root,
    entryPoints: [path.join(root, "lib/workers/cpu-worker.ts")],
    outfile: WORKER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    plugins: [serverOnly, noModel],
    // CommonJS dependencies (mammoth, cheerio's helpers) call require(): give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  };
}

export async function buildWorkers({ watch = false } = {}) {
  const esbuild = await import("esbuild");
  mkdirSync(path.dirname(WORKER_BUNDLE), { recursive: true });
  if (!watch) return esbuild.build(workerBuildOptions());
  const context = await esbuild.context(workerBuildOptions());
  await context.watch();
  return context;
}

// No top-level await: next.config.ts may load this file with require().
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  buildWorkers().then(() => console.log(`built ${path.relative(root, WORKER_BUNDLE)} in ${Date.now() - started} ms`));
}
