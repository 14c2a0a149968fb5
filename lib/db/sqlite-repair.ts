// Recomputes what the SQLite store derives from interviews (summary, status and share columns, and each owner's
// running totals) from the stored documents. Used by migration 3 (existing databases) and by the repair command
// (`npm run repair:aggregates`). It reads whole documents, so it is slow for big histories: it is never on a
// request's path. Migration 3 calls it, so it may only touch columns that exist since version 3.
// No "server-only" import: scripts (tsx, outside Next) load it.
import type Database from "better-sqlite3";
import type { InterviewDoc } from "@/core/schemas/interview";
import {
  interviewContribution,
  interviewSummary,
  sameTotals,
  totalsOf,
  type AggregateTotals,
  type Contribution,
} from "./interview-derived";
import { withMeta } from "./shared";
import type { RepairReport } from "./types";

type Db = Database.Database;
type Row = {
  id: string;
  user_id: string;
  created_at: string;
  updated_at: string;
  doc: string;
  status: string;
  summary: string;
  agg: string | null;
};

/** Every owner (userId null) or one; `repaired` counts owners whose totals were wrong. */
export function repairInterviewDerived(db: Db, userId: string | null): RepairReport {
  const owners = userId
    ? [userId]
    : (
        db
          .prepare(
            `SELECT user_id FROM interviews UNION SELECT user_id FROM interview_counters UNION SELECT user_id FROM interview_tallies`,
          )
          .all() as { user_id: string }[]
      ).map((r) => r.user_id);
  const report: RepairReport = { users: owners.length, interviews: 0, repaired: 0 };
  const repairOne = db.transaction((owner: string) => {
    const { interviews, totals } = recomputeOwner(db, owner);
    report.interviews += interviews;
    if (!sameTotals(readTotals(db, owner), totals)) {
      writeTotals(db, owner, totals);
      report.repaired++;
    }
  });
  for (const owner of owners) repairOne.immediate(owner);
  return report;
}

function recomputeOwner(db: Db, owner: string): { interviews: number; totals: AggregateTotals } {
  const changed: { id: string; status: string; summary: string; agg: string | null }[] = [];
  const shares: { at: string; share: Contribution }[] = [];
  let interviews = 0;
  const rows = db.prepare("SELECT id, user_id, created_at, updated_at, doc, status, summary, agg FROM interviews WHERE user_id = ?");
  for (const row of rows.iterate(owner) as IterableIterator<Row>) {
    interviews++;
    const doc = withMeta<InterviewDoc>(JSON.parse(row.doc), row);
    const share = interviewContribution(doc);
    const summary = JSON.stringify(interviewSummary(doc));
    const agg = share ? JSON.stringify(share) : null;
    if (share) shares.push({ at: doc.evaluated_at ?? doc.created_at, share });
    if (row.status !== doc.status || row.summary !== summary || row.agg !== agg)
      changed.push({ id: row.id, status: doc.status, summary, agg });
  }
  const update = db.prepare("UPDATE interviews SET status = ?, summary = ?, agg = ? WHERE id = ?");
  for (const c of changed) update.run(c.status, c.summary, c.agg, c.id);
  // Oldest evaluation first: a trait's wording is then the newest one, as the running totals keep it.
  shares.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { interviews, totals: totalsOf(shares.map((s) => s.share)) };
}

function readTotals(db: Db, owner: string): AggregateTotals {
  const counters: Record<string, number> = {};
  for (const r of db.prepare("SELECT name, value FROM interview_counters WHERE user_id = ?").all(owner) as {
    name: string;
    value: number;
  }[]) {
    if (r.value !== 0) counters[r.name] = r.value;
  }
  const tallies = db
    .prepare(
      "SELECT kind, key, text, count, recency FROM interview_tallies WHERE user_id = ? AND count > 0 ORDER BY count DESC, recency DESC, key",
    )
    .all(owner) as AggregateTotals["tallies"];
  return { counters, tallies };
}

function writeTotals(db: Db, owner: string, totals: AggregateTotals): void {
  db.prepare("DELETE FROM interview_counters WHERE user_id = ?").run(owner);
  db.prepare("DELETE FROM interview_tallies WHERE user_id = ?").run(owner);
  const counter = db.prepare("INSERT INTO interview_counters (user_id, name, value) VALUES (?, ?, ?)");
  for (const [name, value] of Object.entries(totals.counters)) if (value !== 0) counter.run(owner, name, value);
  const tally = db.prepare("INSERT INTO interview_tallies (user_id, kind, key, text, count, recency) VALUES (?, ?, ?, ?, ?, ?)");
  for (const t of totals.tallies) tally.run(owner, t.kind, t.key, t.text, t.count, t.recency);
}
