// The SQLite schema: ordered migrations, applied at open. Append only: never edit or reorder a released one.
// No "server-only" import: scripts (tsx, outside Next) open the store directly.
import type Database from "better-sqlite3";
import { nowIso } from "./shared";
import { backfillApplicationColumns } from "./sqlite-applications";
import { repairInterviewDerived } from "./sqlite-repair";

type Db = Database.Database;

export const SQLITE_MIGRATIONS: { version: number; name: string; up: (db: Db) => void }[] = [
  {
    version: 1,
    name: "initial collections",
    up: (db) => {
      db.exec(`
        CREATE TABLE users (
          id TEXT PRIMARY KEY,
          email TEXT NOT NULL,
          username_key TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          doc TEXT NOT NULL
        );
        CREATE UNIQUE INDEX users_email_unique ON users(email);
        CREATE UNIQUE INDEX users_username_unique ON users(username_key);

        CREATE TABLE user_profiles (
          id TEXT PRIMARY KEY,
          user_id TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          doc TEXT NOT NULL
        );
        CREATE UNIQUE INDEX user_profiles_user_unique ON user_profiles(user_id);

        CREATE TABLE interviews (
          id TEXT PRIMARY KEY,
          user_id TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          doc TEXT NOT NULL
        );
        CREATE INDEX interviews_user_created ON interviews(user_id, created_at, id);

        CREATE TABLE applications (
          id TEXT PRIMARY KEY,
          user_id TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          doc TEXT NOT NULL
        );
        CREATE INDEX applications_user_created ON applications(user_id, created_at, id);

        CREATE TABLE rate_limits (
          key TEXT PRIMARY KEY,
          count INTEGER NOT NULL,
          reset_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    name: "rate_limits expiry index",
    up: (db) => {
      db.exec("CREATE INDEX rate_limits_reset_at ON rate_limits(reset_at)");
    },
  },
  {
    version: 3,
    name: "interview summaries, status index and running aggregates",
    up: (db) => {
      // Lists read `summary` (a few hundred bytes) instead of the whole document; the "evaluated" filter and the
      // newest-first order use interviews_user_status_created. `agg` is the interview's share of its owner's totals
      // (NULL = none), so a write applies (new − old) without reading the old document.
      db.exec(`
        ALTER TABLE interviews ADD COLUMN status TEXT NOT NULL DEFAULT 'in_progress';
        ALTER TABLE interviews ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE interviews ADD COLUMN agg TEXT;
        CREATE INDEX interviews_user_status_created ON interviews(user_id, status, created_at, id);

        CREATE TABLE interview_counters (
          user_id TEXT NOT NULL,
          name TEXT NOT NULL,
          value INTEGER NOT NULL,
          PRIMARY KEY (user_id, name)
        ) WITHOUT ROWID;

        CREATE TABLE interview_tallies (
          user_id TEXT NOT NULL,
          kind TEXT NOT NULL,
          key TEXT NOT NULL,
          text TEXT NOT NULL,
          count INTEGER NOT NULL,
          recency INTEGER NOT NULL,
          PRIMARY KEY (user_id, kind, key)
        ) WITHOUT ROWID;
        CREATE INDEX interview_tallies_top ON interview_tallies(user_id, kind, count DESC, recency DESC, key);
      `);
      // Existing interviews get their summary, status and share now, and every owner their totals.
      repairInterviewDerived(db, null);
    },
  },
  {
    version: 4,
    name: "interview summaries carry the question texts",
    up: (db) => {
      // The history list answers the original client, which reads each interview's `questions` (issue 15).
      repairInterviewDerived(db, null);
    },
  },
  {
    version: 5,
    name: "application list columns and status index",
    up: (db) => {
      // The list reads `summary` instead of the whole document and filters on real columns.
      db.exec(`
        ALTER TABLE applications ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
        ALTER TABLE applications ADD COLUMN company_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE applications ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
        CREATE INDEX applications_user_status_created ON applications(user_id, status, created_at, id);
      `);
      backfillApplicationColumns(db);
    },
  },
];

/** Creates the schema_version table and applies pending migrations in order, each in one IMMEDIATE transaction. */
export function migrateSqlite(db: Db): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const current = () => (db.prepare("SELECT coalesce(max(version), 0) AS v FROM schema_version").get() as { v: number }).v;
  for (const m of [...SQLITE_MIGRATIONS].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (current() >= m.version) return; // another process got there first
      m.up(db);
      db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, nowIso());
    });
    apply.immediate();
  }
  return current();
}
