import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

// The only module that reads process.env. Everything else asks getConfig().

const PLACEHOLDER_SECRETS = [
  /^changeme/i,
  /^change-me/i,
  /^your[-_ ]?secret/i,
  /^secret$/i,
  /^supersecret/i,
  /^replace[-_ ]?me/i,
  /^xxx+$/i,
];

const envSchema = z.object({
  APP_NAME: z.string().min(1).default("InterVu"),
  APP_ENV: z.enum(["development", "test", "production"]).optional(),
  NODE_ENV: z.string().optional(),
  MONGO_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, "must start with mongodb:// or mongodb+srv://")
    .optional(),
  MONGO_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, "must be a plain database name")
    .default("intervu"),
  SECRET_KEY: z.string().optional(),
  PASSWORD_PEPPER: z.string().min(16, "must be at least 16 characters").optional(),
  ALGORITHM: z.literal("HS256", { message: "only HS256 is supported" }).default("HS256"),
  ACCESS_TOKEN_EXPIRE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(60),
  GEMINI_API_KEY: z.string().min(1).optional(),
  GEMINI_MODEL: z.string().min(1).default("gemini-2.5-flash"),
  GEMINI_BASE_URL: z.string().url().optional(),
  AI_ENGINE: z.enum(["auto", "gemini", "offline"]).default("auto"),
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  DATA_DIR: z.string().min(1).default("./data"),
  // Set by next.config.ts's distDir for parallel builds; `next start` sets NODE_ENV=production.
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim().replace(/(?<!\/)\/+$/, ""))
        .filter(Boolean),
    )
    .refine(
      (origins) => origins.every((o) => /^https?:\/\/[^/\s?#]+$/i.test(o)),
      "must be comma-separated origins such as https://app.example.com",
    ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // CPU-bound work (documents, the offline engine) runs in a pool of worker threads: see lib/workers/README.md.
  CPU_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  CPU_TASK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(30_000),
  CPU_WORKER_MEMORY_MB: z.coerce.number().int().min(64).max(4096).default(256),
  // Per-user limits on AI work (model-backed requests; the offline engine has its own, higher limits).
  AI_QUOTA_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
  AI_QUOTA_PER_DAY: z.coerce.number().int().min(1).max(1_000_000).default(300),
  OFFLINE_QUOTA_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(300),
  OFFLINE_QUOTA_PER_DAY: z.coerce.number().int().min(1).max(1_000_000).default(1_500),
});

export type Config = {
  appName: string;
  appEnv: "development" | "test" | "production";
  isProduction: boolean;
  mongoUri: string | null;
  mongoDb: string;
  secret: string;
  passwordPepper: string;
  algorithm: "HS256";
  accessTokenExpireMinutes: number;
  geminiApiKey: string | null;
  geminiModel: string;
  geminiBaseUrl: string | null;
  aiEngine: "gemini" | "offline";
  aiEngineSetting: "auto" | "gemini" | "offline";
  aiTimeoutMs: number;
  dataDir: string;
  /** The production build's folder (`.next`, or NEXT_DIST_DIR), and whether this process serves a build. */
  buildDir: string;
  servesBuild: boolean;
  database: "sqlite" | "mongodb";
  trustProxy: boolean;
  /** Origins allowed to call the API with a bearer token from the browser (CORS); never with cookies. */
  corsOrigins: string[];
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Bearer token for GET /api/metrics; null = metrics disabled (404). */
  metricsToken: string | null;
  /** True when no SECRET_KEY was given and the generated one could not be kept in DATA_DIR (sessions end on restart). */
  secretIsEphemeral: boolean;
  /** `next dev` (NODE_ENV=development): the CSP allows what React's dev tooling needs. */
  devServer: boolean;
  /** Worker threads for CPU-bound work; each task is stopped (the thread terminated) after cpuTaskTimeoutMs. */
  cpuWorkers: number;
  cpuTaskTimeoutMs: number;
  cpuWorkerMemoryMb: number;
  /** Per-user request limits on AI work, by engine. */
  quotas: Record<"gemini" | "offline", { perHour: number; perDay: number }>;
};

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

let cached: Config | null = null;

export function getConfig(): Config {
  if (!cached) cached = loadConfig(process.env);
  return cached;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const raw = {
    ...pickDefined(env),
    MONGO_URI: blankToUndefined(env.MONGO_URI ?? env.MONGODB_URI),
    SECRET_KEY: blankToUndefined(env.SECRET_KEY ?? env.AUTH_SECRET),
    GEMINI_API_KEY: blankToUndefined(env.GEMINI_API_KEY),
    GEMINI_BASE_URL: blankToUndefined(env.GEMINI_BASE_URL),
    METRICS_TOKEN: blankToUndefined(env.METRICS_TOKEN),
    PASSWORD_PEPPER: blankToUndefined(env.PASSWORD_PEPPER),
  };
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue.path[0] ?? "environment"), issue.message);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const appEnv = e.APP_ENV ?? appEnvFromNodeEnv(e.NODE_ENV);
  const isProduction = appEnv === "production";
  const { secret, ephemeral } = resolveSecret(e.SECRET_KEY, isProduction, dataDir);
  const aiEngine = e.AI_ENGINE === "auto" ? (e.GEMINI_API_KEY ? "gemini" : "offline") : e.AI_ENGINE;
  if (aiEngine === "gemini" && !e.GEMINI_API_KEY) {
    throw new ConfigError("GEMINI_API_KEY", "is required when AI_ENGINE=gemini");
  }
  return {
    appName: e.APP_NAME,
    appEnv,
    isProduction,
    mongoUri: e.MONGO_URI ?? null,
    mongoDb: e.MONGO_DB,
    secret,
    passwordPepper: e.PASSWORD_PEPPER ?? `pepper:${secret}`,
    algorithm: e.ALGORITHM,
    accessTokenExpireMinutes: e.ACCESS_TOKEN_EXPIRE_MINUTES,
    geminiApiKey: e.GEMINI_API_KEY ?? null,
    geminiModel: e.GEMINI_MODEL,
    geminiBaseUrl: e.GEMINI_BASE_URL ?? null,
    aiEngine,
    aiEngineSetting: e.AI_ENGINE,
    aiTimeoutMs: e.AI_TIMEOUT_MS,
    dataDir,
    buildDir: path.resolve(e.NEXT_DIST_DIR),
    servesBuild: e.NODE_ENV === "production",
    database: e.MONGO_URI ? "mongodb" : "sqlite",
    trustProxy: e.TRUST_PROXY,
    corsOrigins: e.CORS_ORIGINS.map((o) => o.toLowerCase()),
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN ?? null,
    secretIsEphemeral: ephemeral,
    devServer: e.NODE_ENV === "development",
    cpuWorkers: e.CPU_WORKERS ?? Math.max(2, availableParallelism()),
    cpuTaskTimeoutMs: e.CPU_TASK_TIMEOUT_MS,
    cpuWorkerMemoryMb: e.CPU_WORKER_MEMORY_MB,
    quotas: {
      gemini: { perHour: e.AI_QUOTA_PER_HOUR, perDay: e.AI_QUOTA_PER_DAY },
      offline: { perHour: e.OFFLINE_QUOTA_PER_HOUR, perDay: e.OFFLINE_QUOTA_PER_DAY },
    },
  };
}

/** The environment a worker thread starts with: this process's, with the engine fixed to offline (workers never call a model). */
export function workerEnv(): Record<string, string | undefined> {
  return { ...process.env, AI_ENGINE: "offline" };
}

/** Test hook: forget the parsed configuration so the next getConfig() reads process.env again. */
export function resetConfigForTests(): void {
  cached = null;
}

// Production unless told otherwise: `next start`, `node server.js` (standalone) and most hosts set NODE_ENV=production,
// and a deployment that forgot APP_ENV must still get the production checks. Only an explicit APP_ENV opts out
// (`npm start` sets APP_ENV=development for the quick start; see scripts/start-standalone.mjs).
function appEnvFromNodeEnv(nodeEnv: string | undefined): Config["appEnv"] {
  if (nodeEnv === "production") return "production";
  return nodeEnv === "test" ? "test" : "development";
}

const GENERATE_HINT = "generate one with `openssl rand -base64 48`";

function resolveSecret(given: string | undefined, isProduction: boolean, dataDir: string): { secret: string; ephemeral: boolean } {
  if (given) {
    if (PLACEHOLDER_SECRETS.some((re) => re.test(given))) throw new ConfigError("SECRET_KEY", `is a known placeholder; ${GENERATE_HINT}`);
    // A short secret is never right, whatever APP_ENV says: it is what signs every session and token.
    if (given.length < 32) throw new ConfigError("SECRET_KEY", `must be at least 32 characters; ${GENERATE_HINT}`);
    if (isProduction && new Set(given).size < 10) {
      throw new ConfigError("SECRET_KEY", `looks like a placeholder (fewer than 10 different characters); ${GENERATE_HINT}`);
    }
    return { secret: given, ephemeral: false };
  }
  if (isProduction) {
    throw new ConfigError(
      "SECRET_KEY",
      `is required in production (at least 32 characters; AUTH_SECRET is accepted too); ${GENERATE_HINT}`,
    );
  }
  // Development: make one random secret and keep it, so sessions survive restarts.
  const file = path.join(dataDir, ".secret");
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return { secret: kept, ephemeral: false };
  }
  const fresh = randomBytes(48).toString("base64url");
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, fresh, { mode: 0o600 });
    return { secret: fresh, ephemeral: false };
  } catch {
    // A read-only DATA_DIR (e.g. Vercel) must not turn every request into a 500: the storage check reports it
    // (lib/db/storage-check.ts), and this process signs with a secret that lasts until it stops.
    return { secret: fresh, ephemeral: true };
  }
}

function pickDefined(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = blankToUndefined(env[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
