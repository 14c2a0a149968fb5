import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next*/**",
    ".workers/**",
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
    // The floors of the house (ARCHITECTURE.md): app → lib/<domain> → agents → core, every arrow one way.
    // Pages, routes and components reach the store and the agents only through a domain module in lib/.
    // tests/lint-boundaries.test.ts plants a violation of each zone and expects this rule to fail it.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "tests/**", "scripts/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./components",
              from: ["./lib/db", "./agents"],
              message: "Components talk to the server through lib/api-client, server actions or props, never the store or the agents.",
            },
            {
              target: "./components",
              from: "./app/**/*",
              except: ["**/actions.ts"],
              message: "Components use the app's server actions only; pages compose components, not the other way round.",
            },
            {
              target: "./app",
              from: ["./lib/db", "./agents"],
              message: "Pages and routes reach the store and the agents through a domain module in lib/.",
            },
            {
              target: "./lib",
              from: ["./app", "./components"],
              message: "Domain modules sit below the pages and components.",
            },
            {
              target: "./agents",
              from: ["./app", "./components", "./lib"],
              message: "Agents sit below the domain: they use core/ only.",
            },
            {
              target: "./core",
              from: ["./app", "./components", "./lib", "./agents"],
              message: "core/ is the base every floor stands on: it imports none of them.",
            },
          ],
        },
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
