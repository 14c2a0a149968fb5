// One page of a user's documents on MongoDB, newest first, continuing after a cursor; optionally only some fields.
// No "server-only" import: scripts (tsx, outside Next) load it.
import { ObjectId, type Collection, type Document, type Filter } from "mongodb";
import type { Page } from "@/core/schemas/common";
import { pageWindow, toPage } from "./shared";

export async function findPage<T extends { id: string; created_at: string }>(
  col: Collection<Document>,
  args: { userId: string; limit: number; cursor?: string | null },
  extra: Filter<Document>,
  projection: Document | undefined,
  map: (d: Document) => T,
): Promise<Page<T>> {
  const start = pageWindow(args);
  if (!start) return { items: [], next_cursor: null };
  const { limit, after } = start;
  const filter: Filter<Document> = { user_id: args.userId, ...extra };
  if (after) {
    filter.$or = [{ created_at: { $lt: after.created_at } }, { created_at: after.created_at, _id: { $lt: new ObjectId(after.id) } }];
  }
  const docs = await col
    .find(filter, projection ? { projection } : {})
    .sort({ created_at: -1, _id: -1 })
    .limit(limit + 1)
    .toArray();
  return toPage(docs, limit, map);
}
