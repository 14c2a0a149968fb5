// The `interviews` table of the SQLite store, with what it derives in the same transaction as every write: the
// list summary, the status column (indexed with the owner and the date) and the interview's share of its owner's
// running totals (interview_counters, interview_tallies). Reads of lists and totals never parse whole documents.
//
// A write is one IMMEDIATE transaction: read the document, change it in JS, serialise it once, write it with its
// derived columns, apply (new share − old share) to the totals. IMMEDIATE takes the write lock before the read, so
// two writers (also in other processes) never interleave and no update is lost; a crash rolls the whole write back.
// No "server-only" import: scripts (tsx, outside Next) open the store directly.
import type Database from "better-sqlite3";
import type { InterviewDoc } from "@/core/schemas/interview";
import type { Page } from "@/core/schemas/common";
import {
  TALLY_KINDS,
  contributionDelta,
  interviewContribution,
  interviewSummary,
  type AggregateDelta,
  type Contribution,
  type InterviewSummary,
} from "./interview-derived";
import { cleanInterview, interviewBody, newId, nowIso, pageWindow, toPage, withMeta, withoutMeta } from "./shared";
import { repairInterviewDerived } from "./sqlite-repair";
import type { InterviewAggregates, NewInterview, RepairReport } from "./types";

type Db = Database.Database;
type St = (sql: string) => Database.Statement;
type DocRow = { id: string; user_id: string; created_at: string; updated_at: string; doc: string };
type SummaryRow = { id: string; created_at: string; updated_at: string; summary: string };
type ListArgs = { userId: string; limit: number; cursor?: string | null; status?: string | null };

const DOC_COLS = "id, user_id, created_at, updated_at, doc";

export class SqliteInterviews {
  constructor(
    private readonly db: Db,
    private readonly st: St,
  ) {}

  create(userId: string, data: NewInterview): InterviewDoc {
    const now = nowIso();
    const doc = { id: newId(), user_id: userId, ...interviewBody(data), created_at: now, updated_at: now } as InterviewDoc;
    const share = interviewContribution(doc);
    const insert = () =>
      this.st(
        `INSERT INTO interviews (id, user_id, created_at, updated_at, doc, status, summary, agg) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        doc.id,
        userId,
        now,
        now,
        JSON.stringify(withoutMeta(doc)),
        doc.status,
        JSON.stringify(interviewSummary(doc)),
        shareJson(share),
      );
    if (!share) insert();
    else
      this.db
        .transaction(() => {
          insert();
          this.apply(userId, contributionDelta(null, share));
        })
        .immediate();
    return doc;
  }

  get(userId: string, id: string): InterviewDoc | null {
    const row = this.st(`SELECT ${DOC_COLS} FROM interviews WHERE id = ? AND user_id = ?`).get(id, userId) as DocRow | undefined;
    return row ? toInterview(row) : null;
  }

  /** Whole documents, for the few callers that need them (bounded pages). */
  list(args: ListArgs): Page<InterviewDoc> {
    return this.page(args, DOC_COLS, (r: DocRow) => toInterview(r));
  }

  /** What lists show: the summary column only, via the (user_id, status, created_at, id) or (user_id, created_at, id) index. */
  listSummaries(args: ListArgs): Page<InterviewSummary> {
    return this.page(args, "id, created_at, updated_at, summary", (r: SummaryRow) => {
      const summary = JSON.parse(r.summary) as InterviewSummary;
      summary.id = r.id;
      summary.created_at = r.created_at;
      summary.updated_at = r.updated_at;
      return summary;
    });
  }

  /** Read, change, write with derived columns and totals, in one IMMEDIATE transaction; null when not found. */
  write(userId: string, id: string, change: (doc: InterviewDoc) => void): InterviewDoc | null {
    const run = this.db.transaction(() => {
      const row = this.st(`SELECT ${DOC_COLS}, agg FROM interviews WHERE id = ? AND user_id = ?`).get(id, userId) as
        | (DocRow & { agg: string | null })
        | undefined;
      if (!row) return null;
      const doc = toInterview(row);
      change(doc);
      doc.updated_at = nowIso();
      const share = interviewContribution(doc);
      this.st(`UPDATE interviews SET doc = ?, updated_at = ?, status = ?, summary = ?, agg = ? WHERE id = ?`).run(
        JSON.stringify(withoutMeta(doc)),
        doc.updated_at,
        doc.status,
        JSON.stringify(interviewSummary(doc)),
        shareJson(share),
        id,
      );
      this.apply(userId, contributionDelta(parseShare(row.agg), share));
      return doc;
    });
    return run.immediate();
  }

  delete(userId: string, id: string): boolean {
    const run = this.db.transaction(() => {
      const row = this.st("DELETE FROM interviews WHERE id = ? AND user_id = ? RETURNING agg").get(id, userId) as
        | { agg: string | null }
        | undefined;
      if (!row) return false;
      this.apply(userId, contributionDelta(parseShare(row.agg), null));
      return true;
    });
    return run.immediate();
  }

  deleteAllOf(userId: string): void {
    this.st("DELETE FROM interviews WHERE user_id = ?").run(userId);
    this.st("DELETE FROM interview_counters WHERE user_id = ?").run(userId);
    this.st("DELETE FROM interview_tallies WHERE user_id = ?").run(userId);
  }

  aggregates(userId: string, limit: number): InterviewAggregates {
    const read = this.db.transaction(() => {
      const counters: Record<string, number> = {};
      for (const r of this.st("SELECT name, value FROM interview_counters WHERE user_id = ? AND value <> 0").all(userId) as {
        name: string;
        value: number;
      }[]) {
        counters[r.name] = r.value;
      }
      const top = this.st(
        `SELECT kind, key, text, count, recency FROM interview_tallies
         WHERE user_id = ? AND kind = ? AND count > 0 ORDER BY count DESC, recency DESC, key LIMIT ?`,
      );
      const tallies = Object.fromEntries(TALLY_KINDS.map((kind) => [kind, top.all(userId, kind, limit)])) as InterviewAggregates["tallies"];
      return { counters, tallies };
    });
    return read.deferred(); // one snapshot: counters and tallies from the same committed state
  }

  repair(userId: string | null): RepairReport {
    return repairInterviewDerived(this.db, userId);
  }

  // ---------- helpers ----------

  /** Applies a change to the totals: one multi-row upsert for the counters, one for the tallies. */
  private apply(userId: string, delta: AggregateDelta | null): void {
    if (!delta) return;
    const counters = Object.entries(delta.counters);
    if (counters.length) {
      this.st(
        `INSERT INTO interview_counters (user_id, name, value) VALUES ${rows(counters.length, 3)}
         ON CONFLICT(user_id, name) DO UPDATE SET value = value + excluded.value`,
      ).run(counters.flatMap(([name, by]) => [userId, name, by]));
    }
    // A removed trait keeps its wording; an added or kept one takes this write's. Batches of at most 16 rows keep
    // the number of cached statement shapes small.
    for (let i = 0; i < delta.tallies.length; i += 16) {
      const batch = delta.tallies.slice(i, i + 16);
      this.st(
        `INSERT INTO interview_tallies (user_id, kind, key, text, count, recency) VALUES ${rows(batch.length, 6)}
         ON CONFLICT(user_id, kind, key) DO UPDATE SET count = count + excluded.count, recency = recency + excluded.recency,
           text = CASE WHEN excluded.count >= 0 THEN excluded.text ELSE interview_tallies.text END`,
      ).run(batch.flatMap((t) => [userId, t.kind, t.key, t.text, t.count, t.recency]));
    }
    for (const kind of new Set(delta.tallies.filter((t) => t.count < 0).map((t) => t.kind))) {
      this.st("DELETE FROM interview_tallies WHERE user_id = ? AND kind = ? AND count <= 0").run(userId, kind);
    }
  }

  private page<R extends { id: string; created_at: string }, T extends { id: string; created_at: string }>(
    args: ListArgs,
    cols: string,
    map: (row: R) => T,
  ): Page<T> {
    const start = pageWindow(args);
    if (!start) return { items: [], next_cursor: null };
    const { limit, after } = start;
    const params: unknown[] = [args.userId];
    if (args.status) params.push(args.status);
    // A row-value comparison, so SQLite does a range search on the index.
    if (after) params.push(after.created_at, after.id);
    params.push(limit + 1);
    const rows = this.st(pageSql(cols, Boolean(args.status), Boolean(after))).all(...params) as R[];
    return toPage(rows, limit, map);
  }
}

const PAGE_SQL = new Map<string, string[]>();

/** A page's statement text, built once per shape (so the statement cache is hit without building strings). */
function pageSql(cols: string, byStatus: boolean, afterCursor: boolean): string {
  let shapes = PAGE_SQL.get(cols);
  if (!shapes) {
    shapes = [0, 1, 2, 3].map((bits) => {
      const where = ["user_id = ?", ...(bits & 1 ? ["status = ?"] : []), ...(bits & 2 ? ["(created_at, id) < (?, ?)"] : [])];
      return `SELECT ${cols} FROM interviews WHERE ${where.join(" AND ")} ORDER BY created_at DESC, id DESC LIMIT ?`;
    });
    PAGE_SQL.set(cols, shapes);
  }
  return shapes[(byStatus ? 1 : 0) | (afterCursor ? 2 : 0)];
}

/** "(?, ?, ?), (?, ?, ?)" for a multi-row VALUES: statements are cached per shape, and writes use few shapes. */
function rows(count: number, width: number): string {
  const row = `(${Array(width).fill("?").join(", ")})`;
  return Array(count).fill(row).join(", ");
}

function toInterview(row: DocRow): InterviewDoc {
  return cleanInterview(withMeta<InterviewDoc>(JSON.parse(row.doc), row));
}

/** The JSON kept in `doc`: the document without the fields kept as columns. */

function shareJson(share: Contribution | null): string | null {
  return share ? JSON.stringify(share) : null;
}

function parseShare(json: string | null): Contribution | null {
  return json ? (JSON.parse(json) as Contribution) : null;
}
