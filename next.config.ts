import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), geolocation=(), microphone=(self)" },
];

const nextConfig: NextConfig = {
  // A separate build folder lets several builds (e.g. parallel test runs) coexist; defaults to .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server (server.js + only the node_modules files it uses) for the Docker image; started as
  // the image starts it by scripts/start-standalone.mjs (npm start, the end-to-end tests).
  output: "standalone",
  outputFileTracingIncludes: {
    // Files read by a path built at run time, which file tracing cannot see: better-sqlite3's native addon (found by
    // the `bindings` package), the answer scorer's word data (agents/text/lexicon.ts, with its licences) and the
    // worker pool's bundle (lib/workers/pool.ts loads .workers/cpu-worker.mjs by path).
    "/**": ["./node_modules/better-sqlite3/build/Release/better_sqlite3.node", "./agents/text/lexicon/**", "./.workers/cpu-worker.mjs"],
  },
  // sharp (20 MB with libvips) is only for next/image optimisation, which the app does not use (images.unoptimized);
  // Next traces it for its server ("next-server"), not for a route.
  outputFileTracingExcludes: { "next-server": ["**/node_modules/@img/**", "**/node_modules/sharp/**"] },
  images: { unoptimized: true },
  // pino and prom-client keep one logger and one registry per process (core/log.ts, core/metrics.ts); piscina starts
  // the worker threads by file path.
  serverExternalPackages: ["better-sqlite3", "mongodb", "unpdf", "mammoth", "pino", "prom-client", "piscina"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // The original InterVu client's page URLs, so its bookmarks and links keep working.
  async redirects() {
    return [
      { source: "/interview/start", destination: "/interview/new", permanent: true },
      { source: "/interview/demo", destination: "/interview/new", permanent: true },
      { source: "/profile/setup", destination: "/profile", permanent: true },
      { source: "/career/apply", destination: "/career/new", permanent: true },
    ];
  },
};

// `next build` and `next dev` first bundle the worker thread's code (scripts/build-workers.mjs); `next dev` keeps
// rebuilding it as its sources change. `next start` only loads the bundle made by the build.
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    const { buildWorkers } = await import("./scripts/build-workers.mjs");
    await buildWorkers({ watch: phase === PHASE_DEVELOPMENT_SERVER });
  }
  return nextConfig;
}
