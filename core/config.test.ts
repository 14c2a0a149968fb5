import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "@/core/config";

const GOOD_SECRET = "Zq3v7Hn2Lw9xRk4TpY8bMc1JfD6sGa0U";
const tempDir = () => mkdtempSync(path.join(tmpdir(), "intervu-config-"));

describe("loadConfig", () => {
  it("runs on embedded defaults with no environment: SQLite, offline engine, a generated secret kept on disk", () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.database).toBe("sqlite");
    expect(first.aiEngine).toBe("offline");
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(path.join(dir, ".secret"))).toBe(true);
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.secret).toBe(first.secret); // sessions survive restarts
    expect(readFileSync(path.join(dir, ".secret"), "utf8")).toBe(first.secret);
  });

  it("refuses to start in production without a long enough secret", () => {
    expect(() => loadConfig({ APP_ENV: "production", DATA_DIR: tempDir() })).toThrow(/SECRET_KEY/);
    expect(() => loadConfig({ APP_ENV: "production", SECRET_KEY: "short-but-not-placeholder" })).toThrow(/at least 32/);
    expect(() => loadConfig({ APP_ENV: "production", SECRET_KEY: "k".repeat(40) })).toThrow(/placeholder/);
    const ok = loadConfig({ APP_ENV: "production", SECRET_KEY: GOOD_SECRET });
    expect(ok.isProduction).toBe(true);
  });

  it("is production whenever NODE_ENV=production, unless APP_ENV says otherwise explicitly (issue 21)", () => {
    // `next start` with no APP_ENV: production rules, so SECRET_KEY=abc or none refuses to start.
    expect(() => loadConfig({ NODE_ENV: "production", DATA_DIR: tempDir() })).toThrow(/SECRET_KEY is required in production/);
    expect(() => loadConfig({ NODE_ENV: "production", SECRET_KEY: "abc" })).toThrow(/SECRET_KEY/);
    const prod = loadConfig({ NODE_ENV: "production", SECRET_KEY: GOOD_SECRET });
    expect(prod).toMatchObject({ appEnv: "production", isProduction: true });
    // An explicit APP_ENV wins (npm start's quick start): a secret is generated and kept.
    const dir = tempDir();
    const local = loadConfig({ NODE_ENV: "production", APP_ENV: "development", DATA_DIR: dir });
    expect(local).toMatchObject({ appEnv: "development", isProduction: false });
    expect(readFileSync(path.join(dir, ".secret"), "utf8")).toBe(local.secret);
    expect(loadConfig({ NODE_ENV: "test", SECRET_KEY: GOOD_SECRET }).appEnv).toBe("test");
    expect(loadConfig({ DATA_DIR: tempDir() }).appEnv).toBe("development");
  });

  it("refuses a short secret whatever APP_ENV says", () => {
    for (const APP_ENV of ["development", "test", "production"]) {
      expect(() => loadConfig({ APP_ENV, SECRET_KEY: "abc", DATA_DIR: tempDir() }), APP_ENV).toThrow(/at least 32 characters/);
    }
  });

  it.each(["changeme", "your-secret-key-here-please-change-it-now", "your_secret_key"])("refuses the placeholder %s", (secret) => {
    expect(() => loadConfig({ SECRET_KEY: secret, DATA_DIR: tempDir() })).toThrow(ConfigError);
  });

  it("accepts the usual aliases", () => {
    const c = loadConfig({ MONGODB_URI: "mongodb://db:27017", AUTH_SECRET: "a".repeat(40) });
    expect(c.mongoUri).toBe("mongodb://db:27017");
    expect(c.database).toBe("mongodb");
    expect(c.secret).toBe("a".repeat(40));
  });

  it("names the variable when a value is invalid", () => {
    const env = { SECRET_KEY: "a".repeat(40) };
    expect(() => loadConfig({ ...env, AI_ENGINE: "magic" })).toThrow(/AI_ENGINE/);
    expect(() => loadConfig({ ...env, ACCESS_TOKEN_EXPIRE_MINUTES: "soon" })).toThrow(/ACCESS_TOKEN_EXPIRE_MINUTES/);
    expect(() => loadConfig({ ...env, MONGO_URI: "postgres://x" })).toThrow(/MONGO_URI/);
    expect(() => loadConfig({ ...env, ALGORITHM: "RS256" })).toThrow(/ALGORITHM/);
    expect(() => loadConfig({ ...env, AI_ENGINE: "gemini" })).toThrow(/GEMINI_API_KEY/);
  });

  it("chooses Gemini automatically when a key is set", () => {
    const c = loadConfig({ SECRET_KEY: "a".repeat(40), GEMINI_API_KEY: "k" });
    expect(c.aiEngine).toBe("gemini");
    expect(loadConfig({ SECRET_KEY: "a".repeat(40), GEMINI_API_KEY: "k", AI_ENGINE: "offline" }).aiEngine).toBe("offline");
  });
});
