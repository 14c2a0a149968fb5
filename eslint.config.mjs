import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next*/**",
    "node_modules/**",
    "tests/mongo-standin/**",
    "test-results/**",
    "playwright-report/**",
    "artifacts/**",
    "data/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only core/config.ts reads the environment (STYLE.md rule 5); tests and tooling are exempt below.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through getConfig() in core/config.ts." },
      ],
    },
  },
  {
    files: [
      "core/config.ts",
      "instrumentation.ts",
      "next.config.ts",
      "playwright.config.ts",
      "vitest.config.mts",
      "**/*.test.ts",
      "**/*.test.tsx",
      "tests/**",
      "scripts/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
]);
