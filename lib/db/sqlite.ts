// SQLite adapter (the default store): better-sqlite3, WAL, one table per collection.
// Each table keeps the store-managed fields as real columns (id, user_id, created_at, updated_at, plus the unique
// user fields) and the rest of the document as JSON text in `doc`. Interviews also keep derived columns and their
// owner's running totals (sqlite-interviews.ts); the schema and its migrations are in sqlite-schema.ts.
// Partial updates are single statements or IMMEDIATE transactions, so concurrent writers (also other processes)
// never lose updates.
//
// Durability: WAL with synchronous=NORMAL. A commit appends to the WAL without an fsync; the WAL is synced at each
// checkpoint. A crash of the process (or of the app) loses nothing that was committed, because the WAL is in the
// operating system's page cache; a power loss can lose the last commits since the previous checkpoint, but never
// corrupts the database or leaves half a transaction (each commit is atomic in the WAL, and a torn WAL tail is
// discarded on recovery). That is the documented guarantee of WAL+NORMAL and what an interview app needs; FULL
// would add an fsync to every write.
// No "server-only" import: scripts/bench-store.ts (tsx, outside Next) imports this file directly.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/core/errors";
import type { ApplicationDoc } from "@/core/schemas/career";
import type { InterviewDoc } from "@/core/schemas/interview";
import type { ProfileDoc } from "@/core/schemas/profile";
import type { UserDoc } from "@/core/schemas/user";
import {
  EMAIL_TAKEN,
  USERNAME_TAKEN,
  answerRevision,
  checkAnswerIndex,
  staleAnswerError,
  checkWindow,
  cleanInterview,
  isId,
  newId,
  normalizeEmail,
  nowIso,
  profileDefaults,
  setEntries,
  usernameKey,
  withMeta,
} from "./shared";
import { migrateSqlite } from "./sqlite-schema";
import { SqliteApplications } from "./sqlite-applications";
import { SqliteInterviews } from "./sqlite-interviews";
import type { Counter, Store, StoreArgs } from "./types";

export { SQLITE_MIGRATIONS, migrateSqlite } from "./sqlite-schema";

type Row = { id: string; user_id?: string; created_at: string; updated_at: string; doc: string };
type Db = Database.Database;

export function openSqliteStore(opts: { file: string; busyTimeoutMs?: number }): Store {
  if (opts.file !== ":memory:") mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
  const db = new Database(opts.file);
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  migrateSqlite(db);
  return new SqliteStore(db);
}

const COLS = "id, user_id, created_at, updated_at, doc";
const PRUNE_EVERY_MS = 60_000;

class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly stmts = new Map<string, Database.Statement>();
  private readonly interviews: SqliteInterviews;
  private readonly applications: SqliteApplications;
  private lastPrune = 0;

  constructor(readonly db: Db) {
    this.interviews = new SqliteInterviews(db, (sql) => this.st(sql));
    this.applications = new SqliteApplications(db, (sql) => this.st(sql));
  }

  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  // ---------- users ----------

  private toUser(row: Row | undefined): UserDoc | null {
    return row ? withMeta<UserDoc>(JSON.parse(row.doc), row) : null;
  }

  async createUser(args: { email: string; username: string; password_hash: string; name?: string }): Promise<UserDoc> {
    const now = nowIso();
    const id = newId();
    const email = normalizeEmail(args.email);
    const username = args.username.trim();
    const body = { email, username, ...(args.name ? { name: args.name } : {}), password_hash: args.password_hash, session_version: 0 };
    try {
      this.st("INSERT INTO users (id, email, username_key, created_at, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?)").run(
        id,
        email,
        usernameKey(username),
        now,
        now,
        JSON.stringify(body),
      );
    } catch (err) {
      throw mapSqliteConflict(err);
    }
    return { id, ...body, created_at: now, updated_at: now };
  }

  async getUserById({ id }: { id: string }): Promise<UserDoc | null> {
    if (!isId(id)) return null;
    return this.toUser(this.st("SELECT id, created_at, updated_at, doc FROM users WHERE id = ?").get(id) as Row | undefined);
  }

  async getUserByLogin({ login }: { login: string }): Promise<UserDoc | null> {
    if (typeof login !== "string" || !login.trim()) return null;
    const row = this.st(
      "SELECT id, created_at, updated_at, doc FROM users WHERE email = ? OR username_key = ? ORDER BY (email = ?) DESC LIMIT 1",
    ).get(normalizeEmail(login), usernameKey(login), normalizeEmail(login)) as Row | undefined;
    return this.toUser(row);
  }

  async updateUserPassword({ id, password_hash }: { id: string; password_hash: string }): Promise<UserDoc | null> {
    if (!isId(id)) return null;
    const now = nowIso();
    const row = this.st(
      `UPDATE users SET doc = json_set(doc, '$.password_hash', ?, '$.session_version', coalesce(json_extract(doc, '$.session_version'), 0) + 1),
         updated_at = ? WHERE id = ? RETURNING id, created_at, updated_at, doc`,
    ).get(password_hash, now, id) as Row | undefined;
    return this.toUser(row);
  }

  async bumpUserSessionVersion({ id }: { id: string }): Promise<number | null> {
    if (!isId(id)) return null;
    const row = this.st(
      `UPDATE users SET doc = json_set(doc, '$.session_version', coalesce(json_extract(doc, '$.session_version'), 0) + 1),
         updated_at = ? WHERE id = ? RETURNING json_extract(doc, '$.session_version') AS v`,
    ).get(nowIso(), id) as { v: number } | undefined;
    return row ? row.v : null;
  }

  async deleteUserAndData({ id }: { id: string }): Promise<boolean> {
    if (!isId(id)) return false;
    const run = this.db.transaction(() => {
      this.interviews.deleteAllOf(id);
      this.st("DELETE FROM applications WHERE user_id = ?").run(id);
      this.st("DELETE FROM user_profiles WHERE user_id = ?").run(id);
      this.st("DELETE FROM rate_limits WHERE instr(key, ?) > 0").run(id);
      return this.st("DELETE FROM users WHERE id = ?").run(id).changes > 0;
    });
    return run.immediate();
  }

  async exportUserData({ userId }: { userId: string }) {
    if (!isId(userId)) return null;
    const read = this.db.transaction(() => {
      const user = this.toUser(this.st("SELECT id, created_at, updated_at, doc FROM users WHERE id = ?").get(userId) as Row | undefined);
      if (!user) return null;
      const { password_hash, ...publicUser } = user;
      void password_hash;
      const profileRow = this.st(`SELECT ${COLS} FROM user_profiles WHERE user_id = ?`).get(userId) as Row | undefined;
      const interviews = (
        this.st(`SELECT ${COLS} FROM interviews WHERE user_id = ? ORDER BY created_at DESC, id DESC`).all(userId) as Row[]
      ).map((r) => cleanInterview(withMeta<InterviewDoc>(JSON.parse(r.doc), r)));
      const applications = (
        this.st(`SELECT ${COLS} FROM applications WHERE user_id = ? ORDER BY created_at DESC, id DESC`).all(userId) as Row[]
      ).map((r) => withMeta<ApplicationDoc>(JSON.parse(r.doc), r));
      return { user: publicUser, profile: this.toProfile(profileRow), interviews, applications };
    });
    return read.deferred();
  }

  // ---------- user_profiles ----------

  private toProfile(row: Row | undefined): ProfileDoc | null {
    return row ? withMeta<ProfileDoc>(JSON.parse(row.doc), row) : null;
  }

  async getProfileByUser({ userId }: { userId: string }): Promise<ProfileDoc | null> {
    if (!isId(userId)) return null;
    return this.toProfile(this.st(`SELECT ${COLS} FROM user_profiles WHERE user_id = ?`).get(userId) as Row | undefined);
  }

  async getProfileVersion({ userId }: { userId: string }) {
    if (!isId(userId)) return null;
    return (
      (this.st("SELECT id, updated_at FROM user_profiles WHERE user_id = ?").get(userId) as
        | { id: string; updated_at: string }
        | undefined) ?? null
    );
  }

  async upsertProfile({ userId, set }: { userId: string; set: Record<string, unknown> }): Promise<ProfileDoc> {
    if (!isId(userId)) throw new AppError("not_found");
    const entries = setEntries(set);
    const now = nowIso();
    const insertDoc = JSON.stringify({ ...profileDefaults(), ...Object.fromEntries(entries) });
    const setExpr = entries.length ? `json_set(user_profiles.doc, ${entries.map(() => "?, json(?)").join(", ")})` : "user_profiles.doc";
    const row = this.st(
      `INSERT INTO user_profiles (id, user_id, created_at, updated_at, doc) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET doc = ${setExpr}, updated_at = excluded.updated_at
       RETURNING ${COLS}`,
    ).get(newId(), userId, now, now, insertDoc, ...jsonSetParams(entries)) as Row;
    return this.toProfile(row)!;
  }

  // ---------- interviews (sqlite-interviews.ts) ----------

  async createInterview({ userId, data }: StoreArgs<"createInterview">): Promise<InterviewDoc> {
    if (!isId(userId)) throw new AppError("not_found");
    return this.interviews.create(userId, data);
  }

  async getInterviewById({ userId, id }: { userId: string; id: string }): Promise<InterviewDoc | null> {
    if (!isId(id) || !isId(userId)) return null;
    return this.interviews.get(userId, id);
  }

  async listInterviews(args: StoreArgs<"listInterviews">) {
    return this.interviews.list(args);
  }

  async listInterviewSummaries(args: StoreArgs<"listInterviewSummaries">) {
    return this.interviews.listSummaries(args);
  }

  async updateInterview({ userId, id, set }: StoreArgs<"updateInterview">): Promise<InterviewDoc | null> {
    const entries = setEntries(set);
    if (!isId(id) || !isId(userId)) return null;
    return this.interviews.write(userId, id, (doc) => Object.assign(doc, Object.fromEntries(entries)));
  }

  async setInterviewAnswer({ userId, id, index, text, baseRevision }: StoreArgs<"setInterviewAnswer">): Promise<InterviewDoc | null> {
    checkAnswerIndex(index);
    if (!isId(id) || !isId(userId)) return null;
    return this.interviews.write(userId, id, (doc) => {
      // Checked inside the IMMEDIATE transaction: no other save can slip in between the check and the write.
      const revision = answerRevision(doc, index);
      if (baseRevision !== undefined && baseRevision !== revision) throw staleAnswerError();
      doc.answer_revisions = { ...doc.answer_revisions, [String(index)]: revision + 1 };
      const answers = doc.answers.slice();
      while (answers.length <= index) answers.push("");
      answers[index] = String(text);
      doc.answers = answers;
    });
  }

  async deleteInterview({ userId, id }: { userId: string; id: string }): Promise<boolean> {
    if (!isId(id) || !isId(userId)) return false;
    return this.interviews.delete(userId, id);
  }

  async getInterviewAggregates({ userId, limit }: StoreArgs<"getInterviewAggregates">) {
    if (!isId(userId)) return { counters: {}, tallies: { strength: [], weakness: [] } };
    return this.interviews.aggregates(userId, Math.max(1, Math.floor(limit)));
  }

  async repairInterviewAggregates({ userId }: StoreArgs<"repairInterviewAggregates">) {
    if (userId !== undefined && userId !== null && !isId(userId)) return { users: 0, interviews: 0, repaired: 0 };
    return this.interviews.repair(userId ?? null);
  }

  // ---------- applications (sqlite-applications.ts) ----------

  async createApplication({ userId, data }: StoreArgs<"createApplication">): Promise<ApplicationDoc> {
    if (!isId(userId)) throw new AppError("not_found");
    return this.applications.create(userId, data);
  }

  async getApplicationById({ userId, id }: { userId: string; id: string }): Promise<ApplicationDoc | null> {
    if (!isId(id) || !isId(userId)) return null;
    return this.applications.get(userId, id);
  }

  async listApplications(args: StoreArgs<"listApplications">) {
    return this.applications.list(args);
  }

  async listApplicationSummaries(args: StoreArgs<"listApplicationSummaries">) {
    return this.applications.listSummaries(args);
  }

  async updateApplication({ userId, id, set }: StoreArgs<"updateApplication">): Promise<ApplicationDoc | null> {
    const entries = setEntries(set);
    if (!isId(id) || !isId(userId)) return null;
    return this.applications.update(userId, id, Object.fromEntries(entries));
  }

  async deleteApplication({ userId, id }: { userId: string; id: string }): Promise<boolean> {
    if (!isId(id) || !isId(userId)) return false;
    return this.st("DELETE FROM applications WHERE id = ? AND user_id = ?").run(id, userId).changes > 0;
  }

  // ---------- counters ----------

  async hitCounter({ key, windowSeconds }: { key: string; windowSeconds: number }): Promise<Counter> {
    checkWindow(windowSeconds);
    const now = new Date();
    if (now.getTime() - this.lastPrune > PRUNE_EVERY_MS) {
      // Expired windows are dead rows: drop them now and then (a hit on one would restart it at 1 anyway).
      this.lastPrune = now.getTime();
      this.st("DELETE FROM rate_limits WHERE reset_at <= ?").run(now.toISOString());
    }
    const resetAt = new Date(now.getTime() + windowSeconds * 1000).toISOString();
    // One statement: a new key or an expired window starts at 1; otherwise count + 1 (the UPDATE sees the old row).
    return this.st(
      `INSERT INTO rate_limits (key, count, reset_at) VALUES (:key, 1, :resetAt)
       ON CONFLICT(key) DO UPDATE SET
         count = CASE WHEN rate_limits.reset_at <= :now THEN 1 ELSE rate_limits.count + 1 END,
         reset_at = CASE WHEN rate_limits.reset_at <= :now THEN excluded.reset_at ELSE rate_limits.reset_at END
       RETURNING count, reset_at`,
    ).get({ key, resetAt, now: now.toISOString() }) as Counter;
  }

  async getCounter({ key }: { key: string }): Promise<Counter | null> {
    const row = this.st("SELECT count, reset_at FROM rate_limits WHERE key = ? AND reset_at > ?").get(key, nowIso()) as Counter | undefined;
    return row ?? null;
  }

  async resetCounter({ key }: { key: string }): Promise<void> {
    this.st("DELETE FROM rate_limits WHERE key = ?").run(key);
  }

  async ping(): Promise<void> {
    this.st("SELECT 1").get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function jsonSetParams(entries: [string, unknown][]): string[] {
  return entries.flatMap(([k, v]) => [`$.${k}`, JSON.stringify(v)]);
}

function mapSqliteConflict(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  if (e && typeof e.code === "string" && e.code.startsWith("SQLITE_CONSTRAINT")) {
    if (e.message?.includes("users.email")) return new AppError("conflict", EMAIL_TAKEN, { cause: err });
    if (e.message?.includes("users.username_key")) return new AppError("conflict", USERNAME_TAKEN, { cause: err });
    return new AppError("conflict", undefined, { cause: err });
  }
  return err;
}
