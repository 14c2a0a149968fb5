// The repository modules (what the rest of the app imports) pick the store from configuration:
// SQLite at DATA_DIR/intervu.db by default, MongoDB when MONGO_URI is set; data survives a restart.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getConfig, resetConfigForTests } from "@/core/config";
import { closeStoreForTests, getStore } from "@/lib/db/store";
import { openMongoStore } from "@/lib/db/mongo";
import { AppError } from "@/core/errors";
import { createUser, getUserByLogin, deleteUserAndData } from "@/lib/db/users";
import { getProfileByUser, upsertProfile } from "@/lib/db/profiles";
import { createInterview, listInterviews, setInterviewAnswer } from "@/lib/db/interviews";
import { createApplication, listApplications } from "@/lib/db/applications";
import { getCounter, hitCounter } from "@/lib/db/counters";
import { emptyJobData } from "@/tests/helpers/job-data";

const STANDIN_DIR = path.resolve(__dirname, "../mongo-standin");
const standinInstalled = existsSync(path.join(STANDIN_DIR, "node_modules/@push.rocks/smartmongo/package.json"));

afterAll(async () => {
  await closeStoreForTests();
  delete process.env.MONGO_URI;
  resetConfigForTests();
});

async function exercise() {
  const user = await createUser({ email: "Repo@Example.com", username: "repo_user", password_hash: "h" });
  await upsertProfile({ userId: user.id, set: { name: "Repo" } });
  const iv = await createInterview({
    userId: user.id,
    data: { questions: ["Q"], role: "r", level: "junior", type: "behavioral", techstack: [] },
  });
  await setInterviewAnswer({ userId: user.id, id: iv.id, index: 0, text: "A" });
  await createApplication({
    userId: user.id,
    data: {
      job_data: emptyJobData({ job_title: "t", company: "c" }),
    },
  });
  await hitCounter({ key: `k:${user.id}`, windowSeconds: 60 });
  return { user, iv };
}

describe("repositories on the configured store", () => {
  it("use SQLite at DATA_DIR/intervu.db by default, and the data survives a restart", async () => {
    resetConfigForTests();
    expect(getConfig().database).toBe("sqlite");
    expect(getStore().kind).toBe("sqlite");
    expect(getStore()).toBe(getStore()); // one per process
    const { user, iv } = await exercise();
    expect(existsSync(path.join(getConfig().dataDir, "intervu.db"))).toBe(true);

    await closeStoreForTests(); // "restart"
    const again = await getUserByLogin({ login: "repo@example.com" });
    expect(again?.id).toBe(user.id);
    expect((await getProfileByUser({ userId: user.id }))?.name).toBe("Repo");
    const page = await listInterviews({ userId: user.id, limit: 20 });
    expect(page.items.map((d) => [d.id, d.answers])).toEqual([[iv.id, ["A"]]]);
    expect((await listApplications({ userId: user.id, limit: 20 })).items).toHaveLength(1);
    expect((await getCounter({ key: `k:${user.id}` }))?.count).toBe(1);
    expect(await deleteUserAndData({ id: user.id })).toBe(true);
  });

  it.skipIf(!standinInstalled)("use MongoDB when MONGO_URI is set", async () => {
    const req = createRequire(path.join(STANDIN_DIR, "package.json"));
    const { congodb } = req("@push.rocks/smartmongo");
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const server = new congodb.CongoServer({ port });
    await server.start();
    try {
      await closeStoreForTests();
      // The stand-in does not speak the streaming heartbeat protocol: poll.
      process.env.MONGO_URI = `mongodb://127.0.0.1:${port}/?serverMonitoringMode=poll`;
      resetConfigForTests();
      expect(getStore().kind).toBe("mongodb");
      const { user } = await exercise();
      expect((await getUserByLogin({ login: "REPO_USER" }))?.id).toBe(user.id);
      expect((await listInterviews({ userId: user.id, limit: 20 })).items[0].answers).toEqual(["A"]);
      expect(await deleteUserAndData({ id: user.id })).toBe(true);
    } finally {
      await closeStoreForTests();
      delete process.env.MONGO_URI;
      resetConfigForTests();
      await server.stop();
    }
  });

  it.skipIf(!standinInstalled)("report an unreachable MongoDB as an error, then connect once it is up", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const store = openMongoStore({
      uri: `mongodb://127.0.0.1:${port}/?serverMonitoringMode=poll&serverSelectionTimeoutMS=300`,
      dbName: "retry",
    });
    const req = createRequire(path.join(STANDIN_DIR, "package.json"));
    const { congodb } = req("@push.rocks/smartmongo");
    const server = new congodb.CongoServer({ port });
    try {
      const err = await store.getUserById({ id: "0123456789abcdef01234567" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("database_unavailable"); // a 503 the user can retry, no longer a 500
      await server.start();
      expect(await store.getUserById({ id: "0123456789abcdef01234567" })).toBeNull();
      const u = await store.createUser({ email: "late@example.com", username: "late", password_hash: "h" });
      expect((await store.getUserById({ id: u.id }))?.email).toBe("late@example.com");
    } finally {
      await store.close();
      await server.stop();
    }
  });
});
