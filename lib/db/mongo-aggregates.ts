// Running interview totals on MongoDB: one `interview_aggregates` document per owner (counters, and the owner's
// write lock) and one `interview_tallies` document per owner, kind and trait.
//
// Without multi-document transactions (a standalone server has none, and the test stand-in cannot roll one back),
// a write that changes totals runs under the owner's lock:
//   1. take the lock: one atomic update of the aggregates document (a lease: `lock.until`, 30 s);
//   2. write the interview with its new share (`agg`) in the same single-document update as the change itself;
//   3. $inc the tallies (one bulkWrite);
//   4. $inc the counters and release the lock in ONE update (so counters and release are atomic together).
// A crash (or an error) between 2 and 4 leaves the lock held until its lease ends, or marks the owner `stale`: the
// next writer or reader that finds an expired lock or `stale` rebuilds the owner's totals from the interviews
// (which are always right, since each carries its own share written with it) before going on. So an interrupted
// write is repaired automatically, and totals are never read half-applied for longer than the lease. A rebuild
// runs under the lock too, so it never races a write of the same owner.
// No "server-only" import: scripts (tsx, outside Next) load it.
import { createHash, randomBytes } from "node:crypto";
import { ObjectId, type Collection, type Document } from "mongodb";
import { AppError } from "@/core/errors";
import {
  TALLY_KINDS,
  sameTotals,
  totalsOf,
  type TallyKind,
  type AggregateDelta,
  type AggregateTotals,
  type Contribution,
} from "./interview-derived";
import type { InterviewAggregates } from "./types";

const LOCK_LEASE_MS = 30_000;
const LOCK_WAIT_MS = LOCK_LEASE_MS + 5_000;

export type AggregateCols = { aggregates: Collection<Document>; tallies: Collection<Document> };

/** Recomputes one owner's shares from their interviews (and stores any that were wrong): the rebuild's input. */
export type ShareScan = (userId: string) => Promise<{ interviews: number; shares: Contribution[] }>;

export class MongoAggregates {
  constructor(
    private readonly c: AggregateCols,
    private readonly scan: ShareScan,
  ) {}

  /**
   * Runs `write` (which changes interviews and returns the change to the totals) under the owner's lock and
   * applies that change. Rebuilds first if an earlier write was interrupted.
   */
  async withOwnerLock<T>(userId: string, write: () => Promise<{ result: T; delta: AggregateDelta | null }>): Promise<T> {
    const _id = new ObjectId(userId);
    const token = randomBytes(12).toString("hex");
    const interrupted = await this.acquire(_id, token);
    let applied = false;
    try {
      if (interrupted) await this.rebuild(userId);
      const { result, delta } = await write();
      if (delta?.tallies.length) await this.applyTallies(userId, delta);
      const inc = Object.fromEntries(Object.entries(delta?.counters ?? {}).map(([name, by]) => [`counters.${name}`, by]));
      const released = await this.c.aggregates.updateOne(
        { _id, "lock.token": token },
        { $set: { lock: null }, ...(Object.keys(inc).length ? { $inc: inc } : {}) },
      );
      // Our lease ran out and someone else took the lock: they rebuilt without our change. Flag it for the next.
      if (released.matchedCount === 0) await this.c.aggregates.updateOne({ _id }, { $set: { stale: true } });
      applied = true;
      return result;
    } finally {
      if (!applied) {
        await this.c.aggregates.updateOne({ _id, "lock.token": token }, { $set: { lock: null, stale: true } }).catch(() => undefined);
      }
    }
  }

  async read(userId: string, limit: number): Promise<InterviewAggregates> {
    const _id = new ObjectId(userId);
    let doc = await this.c.aggregates.findOne({ _id });
    if (doc && (doc.stale || (doc.lock && Number(doc.lock.until) < Date.now()))) {
      await this.withOwnerLock(userId, async () => ({ result: null, delta: null })); // acquiring it rebuilds
      doc = await this.c.aggregates.findOne({ _id });
    }
    const counters: Record<string, number> = {};
    for (const [name, value] of Object.entries((doc?.counters ?? {}) as Record<string, unknown>)) {
      if (Number(value) !== 0) counters[name] = Number(value);
    }
    const top = (kind: TallyKind) =>
      this.c.tallies
        .find({ user_id: userId, kind, count: { $gt: 0 } }, { projection: { _id: 0, key: 1, text: 1, count: 1, recency: 1 } })
        .sort({ count: -1, recency: -1, key: 1 })
        .limit(limit)
        .toArray()
        .then((rows) =>
          rows.map((r) => ({ kind, key: String(r.key), text: String(r.text), count: Number(r.count), recency: Number(r.recency) })),
        );
    const tallies = Object.fromEntries(
      await Promise.all(TALLY_KINDS.map(async (kind) => [kind, await top(kind)] as const)),
    ) as InterviewAggregates["tallies"];
    return { counters, tallies };
  }

  /** Recomputes the owner's totals under the lock; true when they were wrong. */
  async repair(userId: string): Promise<{ interviews: number; repaired: boolean }> {
    let out = { interviews: 0, repaired: false };
    await this.withOwnerLock(userId, async () => {
      out = await this.rebuild(userId);
      return { result: null, delta: null };
    });
    return out;
  }

  /** Owners that have totals (also those left without interviews). */
  async owners(): Promise<string[]> {
    return (await this.c.aggregates.find({}, { projection: { _id: 1 } }).toArray()).map((d) => (d._id as ObjectId).toHexString());
  }

  async deleteAllOf(userId: string): Promise<void> {
    await Promise.all([this.c.aggregates.deleteOne({ _id: new ObjectId(userId) }), this.c.tallies.deleteMany({ user_id: userId })]);
  }

  // ---------- helpers ----------

  /** Takes the lock (waiting for a live holder); true when the previous holder never released it, or left it stale. */
  private async acquire(_id: ObjectId, token: string): Promise<boolean> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      const now = Date.now();
      try {
        const before = await this.c.aggregates.findOneAndUpdate(
          { _id, $or: [{ lock: null }, { "lock.until": { $lt: now } }] },
          { $set: { lock: { token, until: now + LOCK_LEASE_MS } } },
          { upsert: true, returnDocument: "before" },
        );
        return Boolean(before && (before.lock || before.stale));
      } catch (err) {
        if (!isDuplicateKey(err)) throw err; // the document exists and its lock is held: wait
      }
      if (Date.now() > deadline) throw new AppError("internal", "Your interview totals are busy; please try again.");
      await new Promise((r) => setTimeout(r, Math.min(100, 5 * 2 ** Math.min(attempt, 5))));
    }
  }

  private async applyTallies(userId: string, delta: AggregateDelta): Promise<void> {
    await this.c.tallies.bulkWrite(
      delta.tallies.map((t) => ({
        updateOne: {
          filter: { _id: tallyId(userId, t.kind, t.key) },
          // A removed trait keeps its wording; an added or kept one takes this write's.
          update: {
            $inc: { count: t.count, recency: t.recency },
            $set: { user_id: userId, kind: t.kind, key: t.key, ...(t.count >= 0 ? { text: t.text } : {}) },
            ...(t.count < 0 ? { $setOnInsert: { text: t.text } } : {}),
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
    const removed = delta.tallies.filter((t) => t.count < 0).map((t) => tallyId(userId, t.kind, t.key));
    if (removed.length) await this.c.tallies.deleteMany({ _id: { $in: removed }, count: { $lte: 0 } });
  }

  /** Replaces the owner's totals with a recomputation from their interviews (the caller holds the lock). */
  private async rebuild(userId: string): Promise<{ interviews: number; repaired: boolean }> {
    const { interviews, shares } = await this.scan(userId);
    const totals = totalsOf(shares);
    const repaired = !sameTotals(await this.current(userId), totals);
    await this.c.tallies.deleteMany({ user_id: userId });
    if (totals.tallies.length) {
      await this.c.tallies.insertMany(totals.tallies.map((t) => ({ _id: tallyId(userId, t.kind, t.key), user_id: userId, ...t })));
    }
    await this.c.aggregates.updateOne({ _id: new ObjectId(userId) }, { $set: { counters: totals.counters, stale: false } });
    return { interviews, repaired };
  }

  private async current(userId: string): Promise<AggregateTotals> {
    const doc = await this.c.aggregates.findOne({ _id: new ObjectId(userId) });
    const rows = await this.c.tallies.find({ user_id: userId, count: { $gt: 0 } }).toArray();
    return {
      counters: Object.fromEntries(Object.entries((doc?.counters ?? {}) as Record<string, number>).filter(([, v]) => Number(v) !== 0)),
      tallies: rows.map((r) => ({ kind: r.kind, key: r.key, text: r.text, count: Number(r.count), recency: Number(r.recency) })),
    };
  }
}

/** A tally's _id: an ObjectId made from a hash of owner, kind and key, so concurrent upserts meet on one document. */
function tallyId(userId: string, kind: string, key: string): ObjectId {
  return new ObjectId(createHash("sha256").update(`${userId}\u0000${kind}\u0000${key}`).digest().subarray(0, 12));
}

export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  return !!e && (e.code === 11000 || e.code === 11001 || (typeof e.message === "string" && /duplicate key/i.test(e.message)));
}
