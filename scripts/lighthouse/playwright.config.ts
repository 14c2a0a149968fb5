import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// Lighthouse (desktop) on the pages issue 19 names, against the production build: `npm run lighthouse` after
// `next build` (under the heavy lock). Scores go to the console and artifacts/lighthouse/summary.json.
const root = path.resolve(__dirname, "../..");
const webServer = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "pages.lighthouse.ts",
  outputDir: path.join(root, "test-results/lighthouse"),
  retries: 0,
  timeout: 600_000,
  webServer: webServer && { ...webServer, cwd: root },
});
