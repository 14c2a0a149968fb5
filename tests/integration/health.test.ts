import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/core/config";
import { closeStoreForTests } from "@/lib/db/store";
import { GET } from "@/app/api/health/route";

const call = () => GET(new Request("http://localhost/api/health"));

afterEach(async () => {
  delete process.env.MONGO_URI;
  await closeStoreForTests();
  resetConfigForTests();
});

describe("GET /api/health", () => {
  it("reports the embedded defaults and a working database, without authentication", async () => {
    const res = await call();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "sqlite", database_ok: true, ai_engine: "offline", version: "0.1.0" });
  });

  it("answers 503 'degraded' when the configured database does not answer", async () => {
    await closeStoreForTests();
    // Nothing listens on port 9 of loopback; the short selection timeout keeps the test quick.
    process.env.MONGO_URI = "mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=300&connectTimeoutMS=300";
    resetConfigForTests();
    const res = await call();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "degraded", database: "mongodb", database_ok: false });
  });
});
