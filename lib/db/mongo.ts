// MongoDB adapter: the official driver, one client per process and URI (kept on globalThis so Next's dev hot reload
// reuses it), indexes created idempotently at start, majority write concern. `_id` is an ObjectId, read back as the
// `id` hex string; `user_id` is stored as a string. Partial updates are single atomic update operators.
// Interviews and their running totals live in mongo-interviews.ts and mongo-aggregates.ts; indexes and data
// migrations in mongo-schema.ts (run at start, before the first operation).
// No "server-only" import: scripts/bench-store.ts (tsx, outside Next) imports this file directly.
import { createHash } from "node:crypto";
import { MongoClient, ObjectId, type Collection, type Document, type Filter } from "mongodb";
import { AppError } from "@/core/errors";
import type { ApplicationDoc } from "@/core/schemas/career";
import type { ProfileDoc } from "@/core/schemas/profile";
import type { UserDoc } from "@/core/schemas/user";
import {
  EMAIL_TAKEN,
  USERNAME_TAKEN,
  applicationBody,
  checkAnswerIndex,
  checkWindow,
  isId,
  normalizeEmail,
  nowIso,
  profileDefaults,
  setEntries,
  usernameKey,
  withMeta,
} from "./shared";
import { APPLICATION_SUMMARY_PROJECTION, applicationSummary } from "./application-summary";
import { MongoAggregates, isDuplicateKey } from "./mongo-aggregates";
import { findPage } from "./mongo-pages";
import { MongoInterviews, toInterview } from "./mongo-interviews";
import { ensureMongoIndexes, migrateMongo } from "./mongo-schema";
import type { Counter, Store, StoreArgs } from "./types";

export { ensureMongoIndexes } from "./mongo-schema";

type ClientEntry = { client: MongoClient; connected: Promise<MongoClient>; users: number };
const g = globalThis as typeof globalThis & { __intervuMongoClients?: Map<string, ClientEntry> };
const clients = (g.__intervuMongoClients ??= new Map());

function acquireClient(uri: string): ClientEntry {
  let entry = clients.get(uri);
  if (!entry) {
    const client = new MongoClient(uri, {
      writeConcern: { w: "majority" },
      ignoreUndefined: true,
      // Fail fast when no server answers, so a request gets its 503 well within the store guard's deadline
      // (lib/db/guard.ts) with the driver's own cause (refused, DNS, TLS...) rather than a bare timeout.
      serverSelectionTimeoutMS: 2_000,
      appName: "intervu",
    });
    const created: ClientEntry = { client, connected: client.connect(), users: 0 };
    // A failed connect is forgotten, so the next attempt makes a new client.
    created.connected.catch(() => {
      if (clients.get(uri) === created) clients.delete(uri);
    });
    clients.set(uri, created);
    entry = created;
  }
  entry.users += 1;
  return entry;
}

export function openMongoStore(opts: { uri: string; dbName: string }): Store {
  return new MongoStore(opts.uri, opts.dbName);
}

type Cols = {
  users: Collection<Document>;
  user_profiles: Collection<Document>;
  interviews: MongoInterviews;
  interviewDocs: Collection<Document>;
  totals: MongoAggregates;
  applications: Collection<Document>;
  rate_limits: Collection<Document>;
};

class MongoStore implements Store {
  readonly kind = "mongodb" as const;
  private entry: ClientEntry | null = null;
  private ready: Promise<Cols> | null = null;
  private closed = false;

  constructor(
    private readonly uri: string,
    private readonly dbName: string,
  ) {
    // Connect and create the indexes at start; a failure is reported to the first caller and retried by the next.
    this.ready = this.init();
    this.ready.catch(() => undefined);
  }

  private async init(): Promise<Cols> {
    const entry = (this.entry ??= acquireClient(this.uri));
    try {
      const client = await entry.connected;
      const db = client.db(this.dbName);
      await ensureMongoIndexes(db);
      const interviewDocs = db.collection("interviews");
      let interviews: MongoInterviews | null = null;
      const totals = new MongoAggregates(
        { aggregates: db.collection("interview_aggregates"), tallies: db.collection("interview_tallies") },
        (userId) => interviews!.scanShares(userId),
      );
      interviews = new MongoInterviews(interviewDocs, totals);
      await migrateMongo({ db, repairOwner: (userId) => totals.repair(userId) });
      return {
        users: db.collection("users"),
        user_profiles: db.collection("user_profiles"),
        interviews,
        interviewDocs,
        totals,
        applications: db.collection("applications"),
        rate_limits: db.collection("rate_limits"),
      };
    } catch (err) {
      await this.release();
      throw err;
    }
  }

  private async cols(): Promise<Cols> {
    if (this.closed) throw new AppError("internal", "The database connection is closed.");
    this.ready ??= this.init();
    try {
      return await this.ready;
    } catch (err) {
      this.ready = null;
      throw new AppError("database_unavailable", undefined, { cause: err });
    }
  }

  private async release(): Promise<void> {
    const entry = this.entry;
    if (!entry) return;
    this.entry = null;
    entry.users -= 1;
    if (entry.users <= 0) {
      if (clients.get(this.uri) === entry) clients.delete(this.uri);
      await entry.client.close().catch(() => undefined);
    }
  }

  // ---------- users ----------

  async createUser(args: { email: string; username: string; password_hash: string; name?: string }): Promise<UserDoc> {
    const c = await this.cols();
    const now = nowIso();
    const _id = new ObjectId();
    const email = normalizeEmail(args.email);
    const username = args.username.trim();
    const body = { email, username, ...(args.name ? { name: args.name } : {}), password_hash: args.password_hash, session_version: 0 };
    try {
      await c.users.insertOne({ _id, ...body, username_key: usernameKey(username), created_at: now, updated_at: now });
    } catch (err) {
      throw mapMongoConflict(err);
    }
    return { id: _id.toHexString(), ...body, created_at: now, updated_at: now };
  }

  async getUserById({ id }: { id: string }): Promise<UserDoc | null> {
    if (!isId(id)) return null;
    const c = await this.cols();
    return toDoc<UserDoc>(await c.users.findOne({ _id: new ObjectId(id) }));
  }

  async getUserByLogin({ login }: { login: string }): Promise<UserDoc | null> {
    if (typeof login !== "string" || !login.trim()) return null;
    const c = await this.cols();
    const email = normalizeEmail(login);
    const found = await c.users
      .find({ $or: [{ email }, { username_key: usernameKey(login) }] })
      .limit(2)
      .toArray();
    const best = found.find((d) => d.email === email) ?? found[0] ?? null;
    return toDoc<UserDoc>(best);
  }

  async updateUserPassword({ id, password_hash }: { id: string; password_hash: string }): Promise<UserDoc | null> {
    if (!isId(id)) return null;
    const c = await this.cols();
    const doc = await c.users.findOneAndUpdate(
      { _id: new ObjectId(id) },
      { $set: { password_hash, updated_at: nowIso() }, $inc: { session_version: 1 } },
      { returnDocument: "after" },
    );
    return toDoc<UserDoc>(doc);
  }

  async bumpUserSessionVersion({ id }: { id: string }): Promise<number | null> {
    if (!isId(id)) return null;
    const c = await this.cols();
    const doc = await c.users.findOneAndUpdate(
      { _id: new ObjectId(id) },
      { $inc: { session_version: 1 }, $set: { updated_at: nowIso() } },
      { returnDocument: "after" },
    );
    return doc ? Number(doc.session_version) : null;
  }

  async deleteUserAndData({ id }: { id: string }): Promise<boolean> {
    if (!isId(id)) return false;
    const c = await this.cols();
    // No multi-document transaction (a standalone server has none): owned documents go first, then the user, then
    // one more sweep for anything created while this ran. Re-running it finishes an interrupted deletion.
    const sweep = () =>
      Promise.all([
        c.interviewDocs.deleteMany({ user_id: id }),
        c.totals.deleteAllOf(id),
        c.applications.deleteMany({ user_id: id }),
        c.user_profiles.deleteMany({ user_id: id }),
        c.rate_limits.deleteMany({ key: { $regex: id } }),
      ]);
    await sweep();
    const res = await c.users.deleteOne({ _id: new ObjectId(id) });
    await sweep();
    return res.deletedCount > 0;
  }

  async exportUserData({ userId }: { userId: string }) {
    if (!isId(userId)) return null;
    const c = await this.cols();
    const user = toDoc<UserDoc>(await c.users.findOne({ _id: new ObjectId(userId) }));
    if (!user) return null;
    const { password_hash, ...publicUser } = user;
    void password_hash;
    const newest = { created_at: -1, _id: -1 } as const;
    const [profile, interviews, applications] = await Promise.all([
      c.user_profiles.findOne({ user_id: userId }),
      c.interviewDocs.find({ user_id: userId }).sort(newest).toArray(),
      c.applications.find({ user_id: userId }).sort(newest).toArray(),
    ]);
    return {
      user: publicUser,
      profile: toDoc<ProfileDoc>(profile),
      interviews: interviews.map((d) => toInterview(d)!),
      applications: applications.map((d) => toDoc<ApplicationDoc>(d)!),
    };
  }

  // ---------- user_profiles ----------

  async getProfileByUser({ userId }: { userId: string }): Promise<ProfileDoc | null> {
    if (!isId(userId)) return null;
    const c = await this.cols();
    return toDoc<ProfileDoc>(await c.user_profiles.findOne({ user_id: userId }));
  }

  async getProfileVersion({ userId }: { userId: string }) {
    if (!isId(userId)) return null;
    const c = await this.cols();
    const doc = await c.user_profiles.findOne({ user_id: userId }, { projection: { _id: 1, updated_at: 1 } });
    return doc ? { id: (doc._id as ObjectId).toHexString(), updated_at: String(doc.updated_at) } : null;
  }

  async upsertProfile({ userId, set }: { userId: string; set: Record<string, unknown> }): Promise<ProfileDoc> {
    if (!isId(userId)) throw new AppError("not_found");
    const entries = setEntries(set);
    const c = await this.cols();
    const now = nowIso();
    const given = Object.fromEntries(entries);
    const onInsert: Record<string, unknown> = { created_at: now };
    for (const [k, v] of Object.entries(profileDefaults())) if (!(k in given)) onInsert[k] = v;
    const run = () =>
      c.user_profiles.findOneAndUpdate(
        { user_id: userId },
        { $set: { ...given, updated_at: now }, $setOnInsert: onInsert },
        { upsert: true, returnDocument: "after" },
      );
    let doc;
    try {
      doc = await run();
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      doc = await run(); // two first saves raced on the unique user_id; the second now updates
    }
    return toDoc<ProfileDoc>(doc)!;
  }

  // ---------- interviews (mongo-interviews.ts) ----------

  async createInterview({ userId, data }: StoreArgs<"createInterview">) {
    if (!isId(userId)) throw new AppError("not_found");
    return (await this.cols()).interviews.create(userId, data);
  }

  async getInterviewById({ userId, id }: { userId: string; id: string }) {
    if (!isId(id) || !isId(userId)) return null;
    return (await this.cols()).interviews.get(userId, id);
  }

  async listInterviews(args: StoreArgs<"listInterviews">) {
    return (await this.cols()).interviews.list(args);
  }

  async listInterviewSummaries(args: StoreArgs<"listInterviewSummaries">) {
    return (await this.cols()).interviews.listSummaries(args);
  }

  async updateInterview({ userId, id, set }: StoreArgs<"updateInterview">) {
    const entries = setEntries(set);
    if (!isId(id) || !isId(userId)) return null;
    return (await this.cols()).interviews.update(userId, id, entries);
  }

  async setInterviewAnswer({ userId, id, index, text, baseRevision }: StoreArgs<"setInterviewAnswer">) {
    checkAnswerIndex(index);
    if (!isId(id) || !isId(userId)) return null;
    return (await this.cols()).interviews.setAnswer(userId, id, index, String(text), baseRevision);
  }

  async deleteInterview({ userId, id }: { userId: string; id: string }): Promise<boolean> {
    if (!isId(id) || !isId(userId)) return false;
    return (await this.cols()).interviews.delete(userId, id);
  }

  async getInterviewAggregates({ userId, limit }: StoreArgs<"getInterviewAggregates">) {
    if (!isId(userId)) return { counters: {}, tallies: { strength: [], weakness: [] } };
    return (await this.cols()).totals.read(userId, Math.max(1, Math.floor(limit)));
  }

  async repairInterviewAggregates({ userId }: StoreArgs<"repairInterviewAggregates">) {
    const c = await this.cols();
    if (userId !== undefined && userId !== null && !isId(userId)) return { users: 0, interviews: 0, repaired: 0 };
    const owners = userId ? [userId] : (await c.interviewDocs.distinct("user_id")).filter((o): o is string => isId(o));
    if (!userId) {
      const withTotals = await c.totals.owners();
      for (const o of withTotals) if (!owners.includes(o)) owners.push(o);
    }
    const report = { users: owners.length, interviews: 0, repaired: 0 };
    for (const owner of owners) {
      const r = await c.totals.repair(owner);
      report.interviews += r.interviews;
      if (r.repaired) report.repaired++;
    }
    return report;
  }

  // ---------- applications ----------

  async createApplication({ userId, data }: StoreArgs<"createApplication">): Promise<ApplicationDoc> {
    if (!isId(userId)) throw new AppError("not_found");
    const c = await this.cols();
    return insertOwned<ApplicationDoc>(c.applications, userId, applicationBody(data));
  }

  async getApplicationById({ userId, id }: { userId: string; id: string }): Promise<ApplicationDoc | null> {
    if (!isId(id) || !isId(userId)) return null;
    const c = await this.cols();
    return toDoc<ApplicationDoc>(await c.applications.findOne({ _id: new ObjectId(id), user_id: userId }));
  }

  async listApplications(args: { userId: string; limit: number; cursor?: string | null; status?: string | null; company?: string | null }) {
    const c = await this.cols();
    const extra = applicationFilter(args);
    return findPage(c.applications, args, extra, undefined, (d) => toDoc<ApplicationDoc>(d)!);
  }

  async listApplicationSummaries(args: StoreArgs<"listApplicationSummaries">) {
    const c = await this.cols();
    return findPage(c.applications, args, applicationFilter(args), APPLICATION_SUMMARY_PROJECTION, (d) => ({
      id: (d._id as ObjectId).toHexString(),
      ...applicationSummary(d),
      created_at: String(d.created_at),
      updated_at: String(d.updated_at),
    }));
  }

  async updateApplication({ userId, id, set }: StoreArgs<"updateApplication">): Promise<ApplicationDoc | null> {
    const entries = setEntries(set);
    if (!isId(id) || !isId(userId)) return null;
    const c = await this.cols();
    return updateOwned<ApplicationDoc>(c.applications, userId, id, entries);
  }

  async deleteApplication({ userId, id }: { userId: string; id: string }): Promise<boolean> {
    if (!isId(id) || !isId(userId)) return false;
    const c = await this.cols();
    return (await c.applications.deleteOne({ _id: new ObjectId(id), user_id: userId })).deletedCount > 0;
  }

  // ---------- counters ----------

  async hitCounter({ key, windowSeconds }: { key: string; windowSeconds: number }): Promise<Counter> {
    checkWindow(windowSeconds);
    const c = await this.cols();
    const _id = counterId(key);
    for (let attempt = 0; attempt < 10; attempt++) {
      const now = new Date();
      const nowStr = now.toISOString();
      const resetAt = new Date(now.getTime() + windowSeconds * 1000);
      // 1. An open window: atomic $inc.
      const inc = await c.rate_limits.findOneAndUpdate(
        { _id, reset_at: { $gt: nowStr } },
        { $inc: { count: 1 } },
        { returnDocument: "after" },
      );
      if (inc) return { count: Number(inc.count), reset_at: String(inc.reset_at) };
      // 2. No counter or an expired one: start a window. If someone else started it meanwhile, the upsert's insert
      //    hits the duplicate _id and we go back to step 1.
      try {
        const fresh = await c.rate_limits.findOneAndUpdate(
          { _id, reset_at: { $lte: nowStr } },
          { $set: { key, count: 1, reset_at: resetAt.toISOString(), expire_at: resetAt } },
          { upsert: true, returnDocument: "after" },
        );
        if (fresh) return { count: Number(fresh.count), reset_at: String(fresh.reset_at) };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
    throw new AppError("internal", "The counter could not be updated.");
  }

  async getCounter({ key }: { key: string }): Promise<Counter | null> {
    const c = await this.cols();
    const doc = await c.rate_limits.findOne({ _id: counterId(key), reset_at: { $gt: nowIso() } });
    return doc ? { count: Number(doc.count), reset_at: String(doc.reset_at) } : null;
  }

  async resetCounter({ key }: { key: string }): Promise<void> {
    const c = await this.cols();
    await c.rate_limits.deleteOne({ _id: counterId(key) });
  }

  async ping(): Promise<void> {
    const c = await this.cols();
    await c.users.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.ready?.catch(() => undefined);
    await this.release();
  }

  // ---------- shared ----------
}

/** Inserts a new document owned by userId and returns it as the store reads it back. */
async function insertOwned<T>(col: Collection<Document>, userId: string, body: object): Promise<T> {
  const now = nowIso();
  const _id = new ObjectId();
  await col.insertOne({ _id, user_id: userId, ...body, created_at: now, updated_at: now });
  return { id: _id.toHexString(), user_id: userId, ...body, created_at: now, updated_at: now } as T;
}

/** One atomic $set of the given top-level fields (and updated_at) on a document the user owns; null if none matches. */
async function updateOwned<T>(col: Collection<Document>, userId: string, id: string, entries: [string, unknown][]): Promise<T | null> {
  return toDoc<T>(
    await col.findOneAndUpdate(
      { _id: new ObjectId(id), user_id: userId },
      { $set: { ...Object.fromEntries(entries), updated_at: nowIso() } },
      { returnDocument: "after" },
    ),
  );
}

function toDoc<T>(doc: Document | null | undefined): T | null {
  if (!doc) return null;
  return withMeta<T>(doc, {
    id: (doc._id as ObjectId).toHexString(),
    user_id: doc.user_id,
    created_at: doc.created_at,
    updated_at: doc.updated_at,
  });
}

/** A counter's _id: an ObjectId made from a hash of its key, so a duplicate is refused by the _id index itself. */
function counterId(key: string): ObjectId {
  return new ObjectId(createHash("sha256").update(key).digest().subarray(0, 12));
}

/** The list's filters: status exact, company a case-insensitive part of job_data.company. */
function applicationFilter(args: { status?: string | null; company?: string | null }): Filter<Document> {
  const extra: Filter<Document> = {};
  if (args.status) extra.status = args.status;
  if (args.company && args.company.trim()) {
    extra["job_data.company"] = { $regex: escapeRegExp(args.company.trim()), $options: "i" };
  }
  return extra;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function mapMongoConflict(err: unknown): unknown {
  if (!isDuplicateKey(err)) return err;
  const e = err as { keyPattern?: Record<string, unknown>; message?: string };
  const which = Object.keys(e.keyPattern ?? {}).join(",") + " " + (e.message ?? "");
  if (/email/.test(which)) return new AppError("conflict", EMAIL_TAKEN, { cause: err });
  if (/username/.test(which)) return new AppError("conflict", USERNAME_TAKEN, { cause: err });
  return new AppError("conflict", undefined, { cause: err });
}
