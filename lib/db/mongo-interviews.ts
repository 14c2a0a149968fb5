// The `interviews` collection of the MongoDB store. Besides the document's own fields it keeps what lists and
// totals need, written in the same single-document update as the change that affects them:
//   question_count, answered (one boolean per answer: non-empty?) — so a list reads a small projection;
//   agg — the interview's share of its owner's running totals (mongo-aggregates.ts applies the difference).
// Writes that change a share (status, evaluations, strengths, weaknesses; deletion) run under the owner's lock.
// No "server-only" import: scripts (tsx, outside Next) load it.
import { ObjectId, type Collection, type Document, type Filter } from "mongodb";
import type { Page } from "@/core/schemas/common";
import type { InterviewDoc } from "@/core/schemas/interview";
import { contributionDelta, interviewContribution, summaryOf, type Contribution, type InterviewSummary } from "./interview-derived";
import type { MongoAggregates } from "./mongo-aggregates";
import { findPage } from "./mongo-pages";
import { answerRevision, cleanInterview, interviewBody, nowIso, staleAnswerError, withMeta } from "./shared";
import type { NewInterview } from "./types";

type ListArgs = { userId: string; limit: number; cursor?: string | null; status?: string | null };

/** The fields a list reads (see interviewSummary); add a field here when InterviewSummary gains one. */
const SUMMARY_PROJECTION = {
  role: 1,
  level: 1,
  type: 1,
  techstack: 1,
  questions: 1,
  status: 1,
  overall_score: 1,
  question_count: 1,
  answered: 1,
  application_id: 1,
  evaluated_at: 1,
  created_at: 1,
  updated_at: 1,
} as const;
/** The fields an interview's share is computed from. */
const SHARE_FIELDS = ["status", "evaluations", "strengths", "weaknesses"] as const;
const SHARE_PROJECTION = { status: 1, evaluations: 1, strengths: 1, weaknesses: 1, created_at: 1, agg: 1 } as const;
/** Stored beside the document, never returned as part of it. */
const DERIVED = ["question_count", "answered", "agg"] as const;

export class MongoInterviews {
  constructor(
    private readonly col: Collection<Document>,
    private readonly totals: MongoAggregates,
  ) {}

  async create(userId: string, data: NewInterview): Promise<InterviewDoc> {
    const now = nowIso();
    const _id = new ObjectId();
    const body = interviewBody(data);
    const doc = { id: _id.toHexString(), user_id: userId, ...body, created_at: now, updated_at: now } as InterviewDoc;
    const share = interviewContribution(doc);
    const insert = () =>
      this.col.insertOne({ _id, user_id: userId, ...body, ...derivedFrom(body), agg: share, created_at: now, updated_at: now });
    if (!share) await insert();
    else await this.totals.withOwnerLock(userId, async () => ({ result: await insert(), delta: contributionDelta(null, share) }));
    return doc;
  }

  async get(userId: string, id: string): Promise<InterviewDoc | null> {
    return toInterview(await this.col.findOne({ _id: new ObjectId(id), user_id: userId }));
  }

  async list(args: ListArgs): Promise<Page<InterviewDoc>> {
    return findPage(this.col, args, statusFilter(args), undefined, (d) => toInterview(d)!);
  }

  async listSummaries(args: ListArgs): Promise<Page<InterviewSummary>> {
    return findPage(this.col, args, statusFilter(args), SUMMARY_PROJECTION, toSummary);
  }

  async update(userId: string, id: string, entries: [string, unknown][]): Promise<InterviewDoc | null> {
    const set = Object.fromEntries(entries);
    const filter = { _id: new ObjectId(id), user_id: userId };
    const $set = { ...set, ...derivedFrom(set), updated_at: nowIso() };
    if (!SHARE_FIELDS.some((f) => f in set)) {
      return toInterview(await this.col.findOneAndUpdate(filter, { $set }, { returnDocument: "after" }));
    }
    // The share depends on fields this update may not set: read them under the lock (no other share writer runs).
    return this.totals.withOwnerLock(userId, async () => {
      const old = await this.col.findOne(filter, { projection: SHARE_PROJECTION });
      if (!old) return { result: null, delta: null };
      const next = interviewContribution({ ...(old as unknown as InterviewDoc), ...set, created_at: String(old.created_at) });
      const doc = await this.col.findOneAndUpdate(filter, { $set: { ...$set, agg: next } }, { returnDocument: "after" });
      return { result: toInterview(doc), delta: doc ? contributionDelta(shareOf(old), next) : null };
    });
  }

  async setAnswer(userId: string, id: string, index: number, text: string, baseRevision?: number): Promise<InterviewDoc | null> {
    const filter = { _id: new ObjectId(id), user_id: userId };
    const revisionPath = `answer_revisions.${index}`;
    // The revision check is part of the same single-document update (compare-and-set): a save typed on an older
    // revision matches nothing. A missing revision counts as 0.
    const guard: Filter<Document> =
      baseRevision === undefined ? {} : { [revisionPath]: baseRevision === 0 ? { $in: [0, null] } : baseRevision };
    // $set on "answers.<i>" is atomic on that one element; MongoDB pads a shorter array with null.
    const doc = await this.col.findOneAndUpdate(
      { ...filter, ...guard },
      {
        $set: { [`answers.${index}`]: text, [`answered.${index}`]: text.trim() !== "", updated_at: nowIso() },
        $inc: { [revisionPath]: 1 },
      },
      { returnDocument: "after" },
    );
    if (!doc && baseRevision !== undefined) {
      const current = await this.col.findOne(filter, { projection: { answer_revisions: 1 } });
      if (current && answerRevision(current as Pick<InterviewDoc, "answer_revisions">, index) !== baseRevision) throw staleAnswerError();
      return null;
    }
    if (doc && Array.isArray(doc.answers) && doc.answers.some((a: unknown) => a === null)) {
      // Turn the padding into "" (only nulls are touched, so a concurrent save of another answer is never lost).
      // Readers map any remaining null to "" as well (the test stand-in ignores arrayFilters).
      await this.col.updateOne(filter, { $set: { "answers.$[pad]": "" } }, { arrayFilters: [{ pad: null }] });
    }
    return toInterview(doc);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    return this.totals.withOwnerLock(userId, async () => {
      const old = await this.col.findOneAndDelete({ _id: new ObjectId(id), user_id: userId }, { projection: SHARE_PROJECTION });
      return { result: Boolean(old), delta: old ? contributionDelta(shareOf(old), null) : null };
    });
  }

  /** Recomputes every share and list field of the owner's interviews from the documents (rebuilds and repairs). */
  async scanShares(userId: string): Promise<{ interviews: number; shares: Contribution[] }> {
    const found: { at: string; share: Contribution }[] = [];
    let interviews = 0;
    for await (const raw of this.col.find({ user_id: userId })) {
      interviews++;
      const doc = toInterview(raw)!;
      const share = interviewContribution(doc);
      const derived = { ...derivedFrom(doc), agg: share };
      if (JSON.stringify(DERIVED.map((k) => raw[k] ?? null)) !== JSON.stringify(DERIVED.map((k) => derived[k] ?? null))) {
        await this.col.updateOne({ _id: raw._id }, { $set: derived });
      }
      if (share) found.push({ at: doc.evaluated_at ?? doc.created_at, share });
    }
    // Oldest evaluation first: a trait's wording is then the newest one, as the running totals keep it.
    found.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return { interviews, shares: found.map((f) => f.share) };
  }
}

function statusFilter(args: ListArgs): Filter<Document> {
  return args.status ? { status: args.status } : {};
}

/** The list fields derived from the given document fields (only those present). */
function derivedFrom(fields: { questions?: unknown; answers?: unknown }): { question_count?: number; answered?: boolean[] } {
  const out: { question_count?: number; answered?: boolean[] } = {};
  if (Array.isArray(fields.questions)) out.question_count = fields.questions.length;
  if (Array.isArray(fields.answers)) out.answered = fields.answers.map((a) => typeof a === "string" && a.trim() !== "");
  return out;
}

/** The share counted in the totals: the stored one (written with the document), or computed for older documents. */
function shareOf(old: Document): Contribution | null {
  if ("agg" in old) return (old.agg as Contribution | null) ?? null;
  return interviewContribution({ ...(old as unknown as InterviewDoc), created_at: String(old.created_at) });
}

export function toInterview(doc: Document | null | undefined): InterviewDoc | null {
  if (!doc) return null;
  const { question_count, answered, agg, ...rest } = doc;
  void question_count;
  void answered;
  void agg;
  return cleanInterview(
    withMeta<InterviewDoc>(rest, {
      id: (doc._id as ObjectId).toHexString(),
      user_id: doc.user_id,
      created_at: doc.created_at,
      updated_at: doc.updated_at,
    }),
  );
}

function toSummary(d: Document): InterviewSummary {
  const summary = summaryOf({
    ...(d as unknown as InterviewSummary),
    question_count: Number(d.question_count ?? 0),
    answered_count: Array.isArray(d.answered) ? d.answered.filter((a: unknown) => a === true).length : 0,
  });
  return { id: (d._id as ObjectId).toHexString(), ...summary, created_at: d.created_at, updated_at: d.updated_at };
}
