import { Writable } from "node:stream";
import pino, { type DestinationStream, type Logger } from "pino";
import { getConfig } from "@/core/config";

// Structured logs: one JSON line per event on stdout (pino), level from LOG_LEVEL. Callers log ids, codes, counts
// and durations — never secrets, tokens, passwords, CV or answer text. The redact list is a second line of defence
// for field names that must never carry a value into the log, whatever a caller passes.
//
//   log().info({ event: "store_outage", store: "mongodb", cause: "timeout" }, "database not answering");

const REDACT = [
  "password",
  "*.password",
  "password_hash",
  "*.password_hash",
  "token",
  "*.token",
  "access_token",
  "*.access_token",
  "authorization",
  "*.authorization",
  "cookie",
  "*.cookie",
  "secret",
  "*.secret",
  "cv_text",
  "*.cv_text",
  "answer",
  "*.answer",
  "answers",
  "*.answers",
];

// Kept on globalThis: Next bundles a module once per entry (proxy, instrumentation, each route), but a process has
// one stdout and one level.
const g = globalThis as typeof globalThis & { __intervuLog?: Logger };

export function log(): Logger {
  return (g.__intervuLog ??= createLogger(configuredLevel(), pino.destination({ dest: 1, sync: true })));
}

function createLogger(level: string, destination: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "intervu" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: "[redacted]" },
    },
    destination,
  );
}

function configuredLevel(): string {
  try {
    return getConfig().logLevel;
  } catch {
    return "info"; // an invalid configuration is itself reported (and logged) by whoever loads it
  }
}

/** Test hook: send every log line of this process to memory; returns the lines seen so far on each call. */
export function captureLogsForTests(level = "debug"): { lines: () => Record<string, unknown>[]; text: () => string; stop: () => void } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const previous = g.__intervuLog;
  g.__intervuLog = createLogger(level, sink);
  const text = () => chunks.join("");
  return {
    text,
    lines: () =>
      text()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: () => {
      g.__intervuLog = previous;
    },
  };
}

/** An error as log fields: name, message and stack (what a library put in them), never the request's data. */
export function errorFields(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { value: String(error).slice(0, 200) };
}
