import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Every test file gets its own empty data folder (and so its own SQLite database) and the offline AI engine,
// unless the test file sets something else before importing the modules under test.
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "intervu-test-"));
process.env.APP_ENV = "test";
process.env.AI_ENGINE ??= "offline";
process.env.SECRET_KEY ??= "test-secret-" + "x".repeat(40);
process.env.LOG_LEVEL ??= "silent"; // tests that check log lines capture them (core/log.ts captureLogsForTests)
delete process.env.MONGO_URI;
delete process.env.MONGODB_URI;
