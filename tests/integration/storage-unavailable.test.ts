// No writable DATA_DIR and no MONGO_URI (Vercel's read-only file system, a container without a volume): every
// request answers 503 `storage_unavailable` — JSON for the API, a plain page for people — and the start-up line names
// the fix. (Tests run as root, for whom no folder is read-only: a DATA_DIR below a plain file cannot be created
// either. The real read-only mount, against the standalone server, is in tests/e2e/standalone.spec.ts.)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getConfig, loadConfig, resetConfigForTests } from "@/core/config";
import { GET as health } from "@/app/api/health/route";
import { POST as register } from "@/app/api/auth/register/route";
import { captureLogsForTests } from "@/core/log";
import { closeStoreForTests } from "@/lib/db/store";
import { resetStorageStatusForTests, storageFixMessage, storageStatus } from "@/lib/db/storage-check";
import { storageUnavailableReply } from "@/lib/http/storage-unavailable";
import { startObservability } from "@/lib/ops/start";
import { noParams } from "@/tests/integration/interview-helpers";

const original = { DATA_DIR: process.env.DATA_DIR, SECRET_KEY: process.env.SECRET_KEY };

function unwritableDataDir(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "intervu-ro-")), "plain-file");
  writeFileSync(file, "");
  return path.join(file, "data");
}

async function configure(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
  resetStorageStatusForTests();
  await closeStoreForTests();
}

afterEach(async () => {
  await configure({ ...original, MONGO_URI: undefined });
});

describe("a data folder that cannot be written, and no MONGO_URI", () => {
  it("the API answers 503 storage_unavailable (not 500), the health check included", async () => {
    await configure({ DATA_DIR: unwritableDataDir() });
    const res = await health(new Request("http://localhost/api/health"), noParams);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: "storage_unavailable", detail: expect.stringMatching(/not writable.*MongoDB/) });
    const reg = await register(
      new Request("http://localhost/api/auth/register", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: "ro@example.com", username: "ro_user", password: "a long enough password 1" }),
      }),
      noParams,
    );
    expect(reg.status).toBe(503);
    expect((await reg.json()).code).toBe("storage_unavailable");
  });

  it("the proxy's reply: JSON for /api paths, a plain explanation page for everything else", async () => {
    await configure({ DATA_DIR: unwritableDataDir() });
    const api = storageUnavailableReply("/api/interview/history")!;
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ code: "storage_unavailable" });
    const page = storageUnavailableReply("/")!;
    expect(page.status).toBe(503);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("can't save anything on this server");
    expect(html).toContain("MONGO_URI");
    expect(html).not.toContain(getConfig().dataDir); // the folder is for the operator's log, not for visitors
  });

  it("one start-up line names the folder and the fix; a development secret that cannot be kept does not crash start-up", async () => {
    const dataDir = unwritableDataDir();
    await configure({ DATA_DIR: dataDir, SECRET_KEY: undefined });
    expect(() => loadConfig({ DATA_DIR: dataDir })).not.toThrow();
    expect(getConfig().secretIsEphemeral).toBe(true);
    const logs = captureLogsForTests();
    try {
      startObservability();
      const lines = logs.lines().filter((l) => l.event === "storage_unavailable");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: "fatal", data_dir: dataDir, reason: "ENOTDIR" });
      expect(lines[0].msg).toBe(storageFixMessage({ dataDir, reason: "ENOTDIR" }));
      expect(String(lines[0].msg)).toMatch(/Set MONGO_URI .* or set DATA_DIR to a writable folder/);
    } finally {
      logs.stop();
    }
  });

  it("with MONGO_URI set, the data folder does not matter", async () => {
    await configure({ DATA_DIR: unwritableDataDir(), MONGO_URI: "mongodb://127.0.0.1:9" });
    expect(storageStatus().ok).toBe(true);
    expect(storageUnavailableReply("/")).toBeNull();
  });

  it("a writable data folder is fine", async () => {
    await configure({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "intervu-rw-")) });
    expect(storageStatus().ok).toBe(true);
    expect((await health(new Request("http://localhost/api/health"), noParams)).status).toBe(200);
  });
});
