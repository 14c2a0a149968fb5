import type { NextConfig } from "next";

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
    // the `bindings` package) and the answer scorer's word data (agents/text/lexicon.ts, with its licences).
    "/**": ["./node_modules/better-sqlite3/build/Release/better_sqlite3.node", "./agents/text/lexicon/**"],
  },
  // sharp (20 MB with libvips) is only for next/image optimisation, which the app does not use (images.unoptimized);
  // Next traces it for its server ("next-server"), not for a route.
  outputFileTracingExcludes: { "next-server": ["**/node_modules/@img/**", "**/node_modules/sharp/**"] },
  images: { unoptimized: true },
  // pino and prom-client keep one logger and one registry per process (core/log.ts, core/metrics.ts).
  serverExternalPackages: ["better-sqlite3", "mongodb", "unpdf", "mammoth", "pino", "prom-client"],
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

export default nextConfig;
