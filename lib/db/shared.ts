// Helpers both adapters share: ids, cursors, limits, field checks, default documents, conflict messages.
// No "server-only" import here: the benchmark script (tsx, outside Next) imports the adapters directly.
import { ObjectId } from "mongodb";
import { AppError } from "@/core/errors";
import { emptyProfileFields, type ProfileDoc } from "@/core/schemas/profile";
import type { ApplicationDoc } from "@/core/schemas/career";
import type { InterviewDoc } from "@/core/schemas/interview";
import type { NewApplication, NewInterview } from "./types";

export const MAX_PAGE = 100;
export const MAX_ANSWER_INDEX = 999;

export const EMAIL_TAKEN = "That e-mail is already registered.";
export const USERNAME_TAKEN = "That username is taken.";

const HEX24 = /^[a-f0-9]{24}$/;

export function newId(): string {
  return new ObjectId().toHexString();
}

export function isId(value: unknown): value is string {
  return typeof value === "string" && HEX24.test(value);
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

export function clampLimit(limit: number | undefined): number {
  const n = Math.floor(Number(limit));
  if (!Number.isFinite(n) || n < 1) return 20;
  return Math.min(n, MAX_PAGE);
}

/** Opaque cursor: base64url of JSON [created_at, id] of the last item of the previous page. */
export function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): { created_at: string; id: string } | null {
  if (cursor === undefined || cursor === null || cursor === "") return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      isId(parsed[1])
    ) {
      return { created_at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw new AppError("bad_request", "That page cursor is not valid.");
}

/**
 * The start of a list call: its page size and the position after which it continues. null for a malformed owner id
 * (the caller returns an empty page); a malformed cursor throws bad_request.
 */
export function pageWindow(args: {
  userId: string;
  limit: number;
  cursor?: string | null;
}): { limit: number; after: { created_at: string; id: string } | null } | null {
  const limit = clampLimit(args.limit);
  const after = decodeCursor(args.cursor);
  if (!isId(args.userId)) return null;
  return { limit, after };
}

/** A page from up to limit + 1 rows, newest first: the extra row only says that a next page exists. */
export function toPage<R, T extends { id: string; created_at: string }>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
): { items: T[]; next_cursor: string | null } {
  const items = rows.slice(0, limit).map(map);
  const last = items[items.length - 1];
  return { items, next_cursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null };
}

const STORE_MANAGED = new Set(["id", "_id", "user_id", "created_at", "updated_at"]);
const FIELD_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** The defined entries of a `set`, refusing store-managed and odd field names (they are used in JSON paths). */
export function setEntries(set: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(set ?? {})) {
    if (value === undefined) continue;
    if (STORE_MANAGED.has(key) || !FIELD_NAME.test(key)) {
      throw new AppError("bad_request", `The field "${key}" cannot be set.`);
    }
    out.push([key, value]);
  }
  return out;
}

/** The saved revision of one answer (0 when it was never saved). */
export function answerRevision(doc: Pick<InterviewDoc, "answer_revisions">, index: number): number {
  return doc.answer_revisions?.[String(index)] ?? 0;
}

export function staleAnswerError(): AppError {
  return new AppError("conflict", "This answer was changed in another tab or device since this page loaded it.");
}

export function checkAnswerIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0 || index > MAX_ANSWER_INDEX) {
    throw new AppError("bad_request", "That answer index is not valid.");
  }
}

export function checkWindow(windowSeconds: number): void {
  if (!Number.isFinite(windowSeconds) || windowSeconds <= 0) {
    throw new AppError("internal", "A counter window must be a positive number of seconds.");
  }
}

type Body<T> = Omit<T, "id" | "user_id" | "created_at" | "updated_at">;

export function interviewBody(data: NewInterview): Body<InterviewDoc> {
  return {
    ...data,
    questions: data.questions ?? [],
    answers: (data.answers ?? []).map((a) => a ?? ""),
    question_notes: data.question_notes ?? [],
    techstack: data.techstack ?? [],
    status: data.status ?? "in_progress",
    evaluations: data.evaluations ?? [],
    overall_score: data.overall_score ?? null,
    strengths: data.strengths ?? [],
    weaknesses: data.weaknesses ?? [],
    feedback: data.feedback ?? "",
    coaching_tips: data.coaching_tips ?? [],
    engine: data.engine ?? null,
    model: data.model ?? null,
    evaluated_at: data.evaluated_at ?? null,
  };
}

export function applicationBody(data: NewApplication): Body<ApplicationDoc> {
  return {
    ...data,
    tailored_resume: data.tailored_resume ?? null,
    cover_letter: data.cover_letter ?? null,
    messages: data.messages ?? null,
    status: data.status ?? "draft",
  };
}

export function profileDefaults(): Body<ProfileDoc> {
  return {
    ...structuredClone(emptyProfileFields),
    cv_text: "",
    strengths: [],
    weaknesses: [],
    engine: "",
    model: null,
    edited_fields: [],
  };
}

/** Strip fields the store keeps for itself from whatever JSON was stored, and put the managed ones in. */
export function withMeta<T>(body: Record<string, unknown>, meta: Record<string, unknown>): T {
  const { _id, id, user_id, created_at, updated_at, username_key, ...rest } = body;
  void _id;
  void id;
  void user_id;
  void created_at;
  void updated_at;
  void username_key;
  return {
    id: meta.id,
    ...(meta.user_id !== undefined ? { user_id: meta.user_id } : {}),
    ...rest,
    created_at: meta.created_at,
    updated_at: meta.updated_at,
  } as T;
}

/** A document without the fields the store keeps as columns (what SQLite stores as JSON in `doc`). */
export function withoutMeta<T extends { id: string; user_id: string; created_at: string; updated_at: string }>(
  doc: T,
): Omit<T, "id" | "user_id" | "created_at" | "updated_at"> {
  const { id, user_id, created_at, updated_at, ...body } = doc;
  void id;
  void user_id;
  void created_at;
  void updated_at;
  return body;
}

/** Answers padded by the store may briefly hold null on MongoDB; they read as "". */
export function cleanInterview(doc: InterviewDoc): InterviewDoc {
  if (Array.isArray(doc.answers) && doc.answers.some((a) => a === null || a === undefined)) {
    doc.answers = doc.answers.map((a) => a ?? "");
  }
  return doc;
}
