import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// Before/after screenshots of the pages issue 19 redesigns (landing, profile, application), at desktop and phone
// widths, into artifacts/screens/<SHOTS_TAG>/. Not part of the test suite: `npm run screenshots` after `next build`.
const root = path.resolve(__dirname, "../..");
const webServer = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "pages.shots.ts",
  outputDir: path.join(root, "test-results/screens"),
  retries: 0,
  webServer: webServer && { ...webServer, cwd: root },
});
