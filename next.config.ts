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
  serverExternalPackages: ["better-sqlite3", "mongodb", "unpdf", "mammoth"],
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
