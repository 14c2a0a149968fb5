// The MongoDB schema: indexes (created idempotently at start) and ordered data migrations, recorded in the
// `store_meta` collection so each runs once per database. A migration must be safe to run twice at the same time
// (two app instances starting together): each one below only recomputes derived fields, under the owner's lock.
// No "server-only" import: scripts (tsx, outside Next) load it.
import { ObjectId, type Db } from "mongodb";
import { nowIso } from "./shared";

/** Indexes, created at start; createIndexes is idempotent for identical specs. */
export async function ensureMongoIndexes(db: Db): Promise<void> {
  await Promise.all([
    db.collection("users").createIndexes([
      { key: { email: 1 }, name: "email_unique", unique: true },
      { key: { username_key: 1 }, name: "username_unique", unique: true },
    ]),
    db.collection("user_profiles").createIndexes([{ key: { user_id: 1 }, name: "user_id_unique", unique: true }]),
    db.collection("interviews").createIndexes([
      { key: { user_id: 1, created_at: -1, _id: -1 }, name: "user_created" },
      // The "evaluated" filter of lists and the dashboard's trend, newest first.
      { key: { user_id: 1, status: 1, created_at: -1, _id: -1 }, name: "user_status_created" },
    ]),
    db
      .collection("interview_tallies")
      .createIndexes([{ key: { user_id: 1, kind: 1, count: -1, recency: -1, key: 1 }, name: "user_kind_top" }]),
    db.collection("applications").createIndexes([
      { key: { user_id: 1, created_at: -1, _id: -1 }, name: "user_created" },
      { key: { user_id: 1, status: 1, created_at: -1, _id: -1 }, name: "user_status_created" },
    ]),
    db.collection("rate_limits").createIndexes([
      { key: { key: 1 }, name: "key" },
      // TTL: MongoDB removes a counter some time after its window ended (a hit on it would restart it at 1 anyway).
      { key: { expire_at: 1 }, name: "expire_at_ttl", expireAfterSeconds: 0 },
    ]),
  ]);
}

type MongoMigration = { version: number; name: string; up: (ctx: MigrationContext) => Promise<void> };
export type MigrationContext = { db: Db; repairOwner: (userId: string) => Promise<unknown> };

/** Append only: never edit or reorder a released one. */
const MONGO_MIGRATIONS: MongoMigration[] = [
  {
    version: 1,
    name: "interview list fields, shares and running totals",
    up: async ({ db, repairOwner }) => {
      const owners = await db.collection("interviews").distinct("user_id");
      for (const owner of owners) if (typeof owner === "string" && ObjectId.isValid(owner)) await repairOwner(owner);
    },
  },
];

const META_ID = new ObjectId("000000000000000000000001");

/** Applies pending migrations in order; returns the database's version. */
export async function migrateMongo(ctx: MigrationContext): Promise<number> {
  const meta = ctx.db.collection("store_meta");
  let version = Number((await meta.findOne({ _id: META_ID }))?.version ?? 0);
  for (const m of [...MONGO_MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (version >= m.version) continue;
    await m.up(ctx);
    await meta.updateOne({ _id: META_ID }, { $set: { version: m.version, [`applied.v${m.version}`]: nowIso() } }, { upsert: true });
    version = m.version;
  }
  return version;
}
