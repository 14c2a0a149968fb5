import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "@/core/config";

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
    const ok = loadConfig({ APP_ENV: "production", SECRET_KEY: "k".repeat(40) });
    expect(ok.isProduction).toBe(true);
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
