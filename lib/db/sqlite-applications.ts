// The `applications` table of the SQLite store. Besides the document it keeps, written in the same statement or
// transaction as every change: `status` and `company_key` (the company, lower-cased) for the list's filters, with
// the status indexed with the owner and the date, and `summary`, what the list shows (application-summary.ts).
// An update is one IMMEDIATE transaction (read, change in JS, serialise once, write with the derived columns), so
// concurrent writers (also other processes) never lose updates.
// No "server-only" import: scripts (tsx, outside Next) open the store directly.
import type Database from "better-sqlite3";
import type { ApplicationDoc } from "@/core/schemas/career";
import type { Page } from "@/core/schemas/common";
import { applicationSummary, type ApplicationSummary } from "./application-summary";
import { applicationBody, newId, nowIso, pageWindow, toPage, withMeta, withoutMeta } from "./shared";
import type { NewApplication } from "./types";

type Db = Database.Database;
type St = (sql: string) => Database.Statement;
type DocRow = { id: string; user_id: string; created_at: string; updated_at: string; doc: string };
type ListArgs = { userId: string; limit: number; cursor?: string | null; status?: string | null; company?: string | null };

const DOC_COLS = "id, user_id, created_at, updated_at, doc";

export class SqliteApplications {
  constructor(
    private readonly db: Db,
    private readonly st: St,
  ) {}

  create(userId: string, data: NewApplication): ApplicationDoc {
    const now = nowIso();
    const doc = { id: newId(), user_id: userId, ...applicationBody(data), created_at: now, updated_at: now } as ApplicationDoc;
    this.st(
      `INSERT INTO applications (id, user_id, created_at, updated_at, doc, status, company_key, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(doc.id, userId, now, now, JSON.stringify(withoutMeta(doc)), ...derivedColumns(doc));
    return doc;
  }

  get(userId: string, id: string): ApplicationDoc | null {
    const row = this.st(`SELECT ${DOC_COLS} FROM applications WHERE id = ? AND user_id = ?`).get(id, userId) as DocRow | undefined;
    return row ? toApplication(row) : null;
  }

  list(args: ListArgs): Page<ApplicationDoc> {
    return this.page(args, DOC_COLS, toApplication);
  }

  listSummaries(args: ListArgs): Page<ApplicationSummary> {
    return this.page(
      args,
      "id, created_at, updated_at, summary",
      (r: { id: string; created_at: string; updated_at: string; summary: string }) => {
        const summary = JSON.parse(r.summary) as ApplicationSummary;
        summary.id = r.id;
        summary.created_at = r.created_at;
        summary.updated_at = r.updated_at;
        return summary;
      },
    );
  }

  update(userId: string, id: string, set: Record<string, unknown>): ApplicationDoc | null {
    const run = this.db.transaction(() => {
      const row = this.st(`SELECT ${DOC_COLS} FROM applications WHERE id = ? AND user_id = ?`).get(id, userId) as DocRow | undefined;
      if (!row) return null;
      const doc = Object.assign(toApplication(row), set, { updated_at: nowIso() });
      this.st(`UPDATE applications SET doc = ?, updated_at = ?, status = ?, company_key = ?, summary = ? WHERE id = ?`).run(
        JSON.stringify(withoutMeta(doc)),
        doc.updated_at,
        ...derivedColumns(doc),
        id,
      );
      return doc;
    });
    return run.immediate();
  }

  private page<R extends { id: string; created_at: string }, T extends { id: string; created_at: string }>(
    args: ListArgs,
    cols: string,
    map: (row: R) => T,
  ): Page<T> {
    const start = pageWindow(args);
    if (!start) return { items: [], next_cursor: null };
    const { limit, after } = start;
    const where = ["user_id = ?"];
    const params: unknown[] = [args.userId];
    if (args.status) {
      where.push("status = ?");
      params.push(args.status);
    }
    const company = args.company?.trim().toLowerCase();
    if (company) {
      where.push("instr(company_key, ?) > 0");
      params.push(company);
    }
    if (after) {
      // A row-value comparison, so SQLite does a range search on the index.
      where.push("(created_at, id) < (?, ?)");
      params.push(after.created_at, after.id);
    }
    const rows = this.st(`SELECT ${cols} FROM applications WHERE ${where.join(" AND ")} ORDER BY created_at DESC, id DESC LIMIT ?`).all(
      ...params,
      limit + 1,
    ) as R[];
    return toPage(rows, limit, map);
  }
}

/** Migration 4: the derived columns of the applications already stored. */
export function backfillApplicationColumns(db: Db): void {
  const changed: unknown[][] = [];
  for (const row of db.prepare(`SELECT ${DOC_COLS} FROM applications`).iterate() as IterableIterator<DocRow>) {
    changed.push([...derivedColumns(toApplication(row)), row.id]);
  }
  const update = db.prepare("UPDATE applications SET status = ?, company_key = ?, summary = ? WHERE id = ?");
  for (const c of changed) update.run(...c);
}

function derivedColumns(doc: ApplicationDoc): [string, string, string] {
  const summary = applicationSummary(doc);
  return [summary.status, summary.company.toLowerCase(), JSON.stringify(summary)];
}

function toApplication(row: DocRow): ApplicationDoc {
  return withMeta<ApplicationDoc>(JSON.parse(row.doc), row);
}
