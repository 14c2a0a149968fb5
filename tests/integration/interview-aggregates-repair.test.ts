// The running interview totals survive failures and upgrades:
// - SQLite: a write whose totals cannot be applied is rolled back entirely (one transaction);
// - MongoDB (no transactions): a write interrupted after the interview was written (a crash: the owner's lock is
//   left behind) or failed half-way (marked stale) is repaired by the next reader, from the interviews;
// - both: a database written before the totals existed gets them at start (migration), and the repair command
//   rebuilds totals that were damaged by hand.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { MongoClient, ObjectId } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InterviewDoc } from "@/core/schemas/interview";
import { COUNTERS, interviewContribution, totalsOf } from "@/lib/db/interview-derived";
import { openMongoStore } from "@/lib/db/mongo";
import { openSqliteStore } from "@/lib/db/sqlite";
import type { InterviewSet, Store } from "@/lib/db/types";
import { scoredEvaluation } from "@/tests/helpers/evaluations";
import { mongoHarness, sqliteDatabaseAt, type Harness } from "@/tests/helpers/store-harnesses";

const evaluatedSet = (score: number, strength: string): InterviewSet => ({
  status: "evaluated",
  evaluations: [scoredEvaluation(score, [strength], ["Few numbers"])],
  strengths: [strength],
  weaknesses: [],
  overall_score: score,
  evaluated_at: new Date().toISOString(),
});

/** An interview document as a version without the derived fields stored it. */
function legacyBody(i: number, questions: string[], answers: string[]) {
  const at = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
  return {
    questions,
    answers,
    question_notes: [],
    role: "Developer",
    level: "mid",
    type: "mixed",
    techstack: [],
    feedback: "",
    coaching_tips: [],
    engine: "offline",
    model: null,
    created_at: at,
    updated_at: at,
  };
}

const newInterview = { questions: ["Q1"], role: "Developer", level: "mid" as const, type: "mixed" as const, techstack: [] };

async function expectTotalsMatchDocuments(store: Store, userId: string) {
  const interviews: InterviewDoc[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store["listInterviews"]>> = await store.listInterviews({ userId, limit: 100, cursor });
    interviews.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  const expected = totalsOf(interviews.map(interviewContribution));
  const got = await store.getInterviewAggregates({ userId, limit: 100 });
  expect(got.counters).toEqual(expected.counters);
  const strip = (t: { kind: string; key: string; count: number }) => `${t.kind}:${t.key}:${t.count}`;
  expect([...got.tallies.strength, ...got.tallies.weakness].map(strip).sort()).toEqual(expected.tallies.map(strip).sort());
}

describe("SQLite: totals in the same transaction as the interview", () => {
  it("rolls the interview back when its totals cannot be written", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "intervu-agg-")), "intervu.db");
    const store = openSqliteStore({ file });
    try {
      const user = await store.createUser({ email: "tx@example.com", username: "tx_user", password_hash: "h" });
      const iv = await store.createInterview({ userId: user.id, data: newInterview });
      const raw = new Database(file);
      raw.exec("CREATE TRIGGER fail_tallies BEFORE INSERT ON interview_tallies BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
      await expect(store.updateInterview({ userId: user.id, id: iv.id, set: evaluatedSet(7, "Clear structure") })).rejects.toThrow(
        /injected failure/,
      );
      expect((await store.getInterviewById({ userId: user.id, id: iv.id }))?.status).toBe("in_progress");
      expect((await store.getInterviewAggregates({ userId: user.id, limit: 10 })).counters).toEqual({});

      raw.exec("DROP TRIGGER fail_tallies");
      raw.close();
      await store.updateInterview({ userId: user.id, id: iv.id, set: evaluatedSet(7, "Clear structure") });
      expect((await store.getInterviewAggregates({ userId: user.id, limit: 10 })).counters[COUNTERS.evaluated]).toBe(1);
      await expectTotalsMatchDocuments(store, user.id);
    } finally {
      await store.close();
    }
  });

  it("upgrades a version-2 database in place: summaries and exact totals for the interviews it holds", async () => {
    const { file, raw } = sqliteDatabaseAt(2);
    const userId = "bbbbbbbbbbbbbbbbbbbbbbbb";
    const insert = raw.prepare("INSERT INTO interviews (id, user_id, created_at, updated_at, doc) VALUES (?, ?, ?, ?, ?)");
    for (let i = 0; i < 30; i++) {
      const { created_at, updated_at, ...body } = legacyBody(i, ["Q1", "Q2"], ["an answer", ""]);
      const state =
        i % 3 === 0
          ? { status: "completed", evaluations: [], strengths: [], weaknesses: [], overall_score: null, evaluated_at: null }
          : { ...evaluatedSet(i % 10, i % 2 ? "Clear structure" : "Good depth"), evaluated_at: created_at };
      insert.run(new ObjectId().toHexString(), userId, created_at, updated_at, JSON.stringify({ ...body, ...state }));
    }
    raw.close();

    const store = openSqliteStore({ file });
    try {
      const totals = await store.getInterviewAggregates({ userId, limit: 10 });
      expect(totals.counters[COUNTERS.evaluated]).toBe(20);
      expect(totals.tallies.strength.map((t) => [t.text, t.count])).toEqual([
        ["Clear structure", 10],
        ["Good depth", 10],
      ]);
      await expectTotalsMatchDocuments(store, userId);
      const page = await store.listInterviewSummaries({ userId, limit: 5, status: "evaluated" });
      expect(page.items).toHaveLength(5);
      expect(page.items[0]).toMatchObject({ status: "evaluated", question_count: 2, answered_count: 1, role: "Developer" });
    } finally {
      await store.close();
    }
  });

  it("the repair command rebuilds totals damaged outside the store", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "intervu-agg-")), "intervu.db");
    const store = openSqliteStore({ file });
    try {
      const user = await store.createUser({ email: "rep@example.com", username: "rep_user", password_hash: "h" });
      for (let i = 0; i < 3; i++) {
        const iv = await store.createInterview({ userId: user.id, data: newInterview });
        await store.updateInterview({ userId: user.id, id: iv.id, set: evaluatedSet(6, "Clear structure") });
      }
      const raw = new Database(file);
      raw.prepare("UPDATE interview_counters SET value = value + 40 WHERE user_id = ?").run(user.id);
      raw.prepare("DELETE FROM interview_tallies WHERE user_id = ? AND kind = 'weakness'").run(user.id);
      raw.close();
      expect(await store.repairInterviewAggregates({})).toMatchObject({ repaired: 1, interviews: 3 });
      await expectTotalsMatchDocuments(store, user.id);
      expect(await store.repairInterviewAggregates({ userId: user.id })).toMatchObject({ repaired: 0 });
    } finally {
      await store.close();
    }
  });
});

const mongo = mongoHarness();
const describeMongo = "skip" in mongo ? describe.skip : describe;

describeMongo("MongoDB: interrupted writes are repaired", () => {
  const h = mongo as Harness;
  let store: Store;
  let client: MongoClient;
  beforeAll(async () => {
    store = await h.open();
    client = new MongoClient(h.mongo!.uri);
    await client.connect();
  });
  afterAll(async () => {
    await client?.close();
    await store?.close();
    await h.teardown();
  });
  const db = () => client.db(h.mongo!.dbName);

  async function userWithOneEvaluated() {
    const tag = new ObjectId().toHexString().slice(-8);
    const user = await store.createUser({ email: `m${tag}@example.com`, username: `m_${tag}`, password_hash: "h" });
    const a = await store.createInterview({ userId: user.id, data: newInterview });
    await store.updateInterview({ userId: user.id, id: a.id, set: evaluatedSet(8, "Good depth") });
    const b = await store.createInterview({ userId: user.id, data: newInterview });
    return { userId: user.id, b };
  }

  it("a crash after the interview was written, before the totals: the next reader rebuilds them", async () => {
    const { userId, b } = await userWithOneEvaluated();
    // What a writer that died after step 2 leaves behind: its lock (lease over), the interview with its new share,
    // and totals without that share.
    const doc = { ...b, ...evaluatedSet(4, "Clear structure") } as InterviewDoc;
    await db()
      .collection("interviews")
      .updateOne({ _id: new ObjectId(b.id) }, { $set: { ...evaluatedSet(4, "Clear structure"), agg: interviewContribution(doc) } });
    await db()
      .collection("interview_aggregates")
      .updateOne({ _id: new ObjectId(userId) }, { $set: { lock: { token: "dead-writer", until: Date.now() - 1 } } });

    expect((await store.getInterviewAggregates({ userId, limit: 10 })).counters[COUNTERS.evaluated]).toBe(2);
    await expectTotalsMatchDocuments(store, userId);
  });

  it("a write that failed half-way leaves the totals stale: the next writer rebuilds them first", async () => {
    const { userId, b } = await userWithOneEvaluated();
    await db()
      .collection("interview_aggregates")
      .updateOne({ _id: new ObjectId(userId) }, { $set: { stale: true }, $inc: { [`counters.${COUNTERS.evaluated}`]: 5 } });
    await store.updateInterview({ userId, id: b.id, set: evaluatedSet(5, "Clear structure") });
    expect((await store.getInterviewAggregates({ userId, limit: 10 })).counters[COUNTERS.evaluated]).toBe(2);
    await expectTotalsMatchDocuments(store, userId);
  });

  it("a live lock makes a second writer wait, and both writes count", async () => {
    const { userId, b } = await userWithOneEvaluated();
    const c = await store.createInterview({ userId, data: newInterview });
    await Promise.all([
      store.updateInterview({ userId, id: b.id, set: evaluatedSet(5, "Clear structure") }),
      store.updateInterview({ userId, id: c.id, set: evaluatedSet(6, "Clear structure") }),
      store.deleteInterview({ userId, id: b.id }),
    ]);
    await expectTotalsMatchDocuments(store, userId);
  });

  it("a database written before the totals existed gets them at start", async () => {
    const dbName = `${h.mongo!.dbName}_legacy`;
    const legacy = client.db(dbName);
    const userId = new ObjectId().toHexString();
    const docs = Array.from({ length: 12 }, (_, i) => ({
      _id: new ObjectId(),
      user_id: userId,
      ...legacyBody(i, ["Q1", "Q2", "Q3"], ["yes", " ", ""]),
      ...(i < 4
        ? { status: "in_progress", evaluations: [], strengths: [], weaknesses: [], overall_score: null, evaluated_at: null }
        : evaluatedSet(7, "Clear structure")),
    }));
    await legacy.collection("interviews").insertMany(docs);
    const upgraded = openMongoStore({ uri: h.mongo!.uri, dbName });
    try {
      const totals = await upgraded.getInterviewAggregates({ userId, limit: 10 });
      expect(totals.counters[COUNTERS.evaluated]).toBe(8);
      expect(totals.tallies.strength).toMatchObject([{ text: "Clear structure", count: 8 }]);
      await expectTotalsMatchDocuments(upgraded, userId);
      const page = await upgraded.listInterviewSummaries({ userId, limit: 20 });
      expect(page.items).toHaveLength(12);
      expect(page.items.every((s) => s.question_count === 3 && s.answered_count === 1)).toBe(true);
      expect(await legacy.collection("store_meta").countDocuments()).toBe(1);
    } finally {
      await upgraded.close();
    }
  });

  it("the repair command rebuilds totals damaged outside the store", async () => {
    const { userId } = await userWithOneEvaluated();
    await db()
      .collection("interview_aggregates")
      .updateOne({ _id: new ObjectId(userId) }, { $inc: { [`counters.${COUNTERS.scored}`]: 9 } });
    await db().collection("interview_tallies").deleteMany({ user_id: userId, kind: "weakness" });
    expect(await store.repairInterviewAggregates({ userId })).toMatchObject({ users: 1, repaired: 1 });
    await expectTotalsMatchDocuments(store, userId);
  });
});
