// What the store derives from an interview on every write, in the same write (both adapters use these):
// - its list SUMMARY: the few plain fields lists and the dashboard show, so a list never parses whole documents;
// - its CONTRIBUTION to the owner's aggregates (counters and trait tallies), so the strengths summary, the criteria
//   averages and the counts are read from running totals instead of scanning the history.
// The store keeps each interview's last contribution beside it; a write applies (new − old) to the totals.
//
// To extend: a new list field → add it to InterviewSummary and interviewSummary() (and, on MongoDB, to
// SUMMARY_PROJECTION in mongo-interviews.ts), then append a migration that recomputes the derived columns
// (see SQLITE_MIGRATIONS); a new running total → add a counter name in contribution() (no schema change: counters
// are name/value rows) and read it in lib/profile/traits.ts. `npm run repair:aggregates` rebuilds everything.
// No "server-only" import: the store scripts (tsx, outside Next) load this file.
import { CRITERIA, type CriterionName } from "@/core/rubric";
import type { AnswerEvaluation, InterviewDoc, InterviewSummary } from "@/core/schemas/interview";

/** The shape is core/schemas/interview.ts interviewSummarySchema (the API documents it from there). */
export type { InterviewSummary };

/** The stored part of a summary: everything but the store-managed id and dates (kept as columns/fields). */
export type StoredSummary = Omit<InterviewSummary, "id" | "created_at" | "updated_at">;

type SummarySource = Pick<
  InterviewDoc,
  "role" | "level" | "type" | "techstack" | "status" | "overall_score" | "questions" | "answers" | "application_id" | "evaluated_at"
>;

export function interviewSummary(doc: SummarySource): StoredSummary {
  return summaryOf({
    ...doc,
    questions: doc.questions ?? [],
    question_count: doc.questions?.length ?? 0,
    answered_count: (doc.answers ?? []).filter((a) => typeof a === "string" && a.trim() !== "").length,
  });
}

/** The summary from its fields as a store keeps them (MongoDB keeps the counts, not the texts, for lists). */
export function summaryOf(
  f: Omit<SummarySource, "questions" | "answers"> & { questions?: string[]; question_count: number; answered_count: number },
): StoredSummary {
  return {
    role: f.role,
    level: f.level,
    type: f.type,
    techstack: f.techstack ?? [],
    questions: f.questions ?? [],
    status: f.status,
    overall_score: f.overall_score ?? null,
    question_count: f.question_count,
    answered_count: f.answered_count,
    application_id: f.application_id ?? null,
    evaluated_at: f.evaluated_at ?? null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Contributions and aggregates

export const TALLY_KINDS = ["strength", "weakness"] as const;
export type TallyKind = (typeof TALLY_KINDS)[number];

/** Counter names. Criteria sums are kept in thousandths, as integers, so adding and removing is exact. */
export const COUNTERS = {
  evaluated: "interviews_evaluated",
  scored: "answers_scored",
  /** Answers with a content score (evaluations made before the content criterion have none). */
  contentScored: "answers_content_scored",
  criterionMilli: (c: CriterionName) => `${c}_milli`,
} as const;

export type TallyItem = { kind: TallyKind; key: string; text: string };

/**
 * One evaluated interview's share of its owner's aggregates. `weight` (the interview's creation time in whole
 * seconds) is summed per trait as `recency`, to order traits noted equally often: more recent interviews first.
 */
export type Contribution = { counters: Record<string, number>; tallies: TallyItem[]; weight: number };

type ContributionSource = Pick<InterviewDoc, "status" | "strengths" | "weaknesses" | "created_at"> & {
  evaluations?: Pick<AnswerEvaluation, "status" | "criteria" | "strengths" | "weaknesses">[] | null;
};

/** What an interview adds to the aggregates: nothing unless it is evaluated. */
export function interviewContribution(doc: ContributionSource): Contribution | null {
  if (doc.status !== "evaluated") return null;
  const evaluations = doc.evaluations ?? [];
  const counters: Record<string, number> = { [COUNTERS.evaluated]: 1 };
  let scored = 0;
  let contentScored = 0;
  const milli: Record<CriterionName, number> = { content: 0, clarity: 0, structure: 0, depth: 0, examples: 0 };
  for (const e of evaluations) {
    if (e?.status !== "ok" || !e.criteria) continue;
    scored++;
    if (typeof e.criteria.content === "number") contentScored++;
    for (const c of CRITERIA) milli[c] += Math.round(Number(e.criteria[c] ?? 0) * 1000);
  }
  if (scored) {
    counters[COUNTERS.scored] = scored;
    for (const c of CRITERIA) if (c !== "content") counters[COUNTERS.criterionMilli(c)] = milli[c];
  }
  if (contentScored) {
    counters[COUNTERS.contentScored] = contentScored;
    counters[COUNTERS.criterionMilli("content")] = milli.content;
  }
  // A trait counts once per interview, whether noted in the interview's summary or in any answer's evaluation.
  const tallies = [
    ...onePerKey("strength", [...(doc.strengths ?? []), ...evaluations.flatMap((e) => e?.strengths ?? [])]),
    ...onePerKey("weakness", [...(doc.weaknesses ?? []), ...evaluations.flatMap((e) => e?.weaknesses ?? [])]),
  ];
  return { counters, tallies, weight: Math.floor(Date.parse(doc.created_at) / 1000) || 0 };
}

function onePerKey(kind: TallyKind, texts: unknown[]): TallyItem[] {
  const seen = new Set<string>();
  const out: TallyItem[] = [];
  for (const raw of texts) {
    if (typeof raw !== "string") continue;
    const { text, key } = trait(raw);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, key, text });
  }
  return out;
}

const TRAIT_CACHE_SIZE = 5000;
const traitCache = new Map<string, { text: string; key: string }>();

/** A noted trait's wording (spacing tidied) and key. Remembered: the same wordings recur in every evaluation. */
function trait(raw: string): { text: string; key: string } {
  let entry = traitCache.get(raw);
  if (!entry) {
    const text = raw.replace(/\s+/g, " ").trim().slice(0, 500);
    entry = { text, key: traitKey(text) };
    if (traitCache.size >= TRAIT_CACHE_SIZE) traitCache.clear();
    traitCache.set(raw, entry);
  }
  return entry;
}

/** "Clear structure." and "clear  structure" are the same trait. */
export function traitKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(?<![\s.!;:,])[\s.!;:,]+$/u, "")
    .trim()
    .slice(0, 500);
}

/** A change to apply to the totals. A tally with count 0 only refreshes its wording (the newest write's). */
export type AggregateDelta = {
  counters: Record<string, number>;
  tallies: (TallyItem & { count: number; recency: number })[];
};

/** before → after, or null when the totals do not change. */
export function contributionDelta(before: Contribution | null, after: Contribution | null): AggregateDelta | null {
  const counters: Record<string, number> = {};
  for (const [name, v] of Object.entries(before?.counters ?? {})) counters[name] = (counters[name] ?? 0) - v;
  for (const [name, v] of Object.entries(after?.counters ?? {})) counters[name] = (counters[name] ?? 0) + v;
  for (const name of Object.keys(counters)) if (counters[name] === 0) delete counters[name];

  const tallies = new Map<string, AggregateDelta["tallies"][number]>();
  const id = (t: TallyItem) => `${t.kind}\u0000${t.key}`;
  for (const t of before?.tallies ?? []) tallies.set(id(t), { ...t, count: -1, recency: -(before?.weight ?? 0) });
  for (const t of after?.tallies ?? []) {
    const prior = tallies.get(id(t));
    const weight = after?.weight ?? 0;
    tallies.set(id(t), { ...t, count: (prior?.count ?? 0) + 1, recency: (prior?.recency ?? 0) + weight });
  }
  // An unchanged trait with unchanged wording needs no write.
  const changed = [...tallies.values()].filter(
    (t) => t.count !== 0 || t.recency !== 0 || before?.tallies.find((b) => id(b) === id(t))?.text !== t.text,
  );
  if (!Object.keys(counters).length && !changed.length) return null;
  return { counters, tallies: changed };
}

export type TallyRow = { kind: TallyKind; key: string; text: string; count: number; recency: number };
export type AggregateTotals = { counters: Record<string, number>; tallies: TallyRow[] };

/**
 * The full recomputation: the totals of a set of interviews, tallies in the order the store returns them
 * (count, then recency, descending; then key). Pass them oldest evaluation first: a trait's wording is the last
 * one seen, as the running totals keep the newest write's. The repair command and the property test use it.
 */
export function totalsOf(contributions: (Contribution | null)[]): AggregateTotals {
  const counters: Record<string, number> = {};
  const tallies = new Map<string, TallyRow>();
  for (const c of contributions) {
    if (!c) continue;
    for (const [name, v] of Object.entries(c.counters)) counters[name] = (counters[name] ?? 0) + v;
    for (const t of c.tallies) {
      const k = `${t.kind}\u0000${t.key}`;
      const row = tallies.get(k) ?? { kind: t.kind, key: t.key, text: t.text, count: 0, recency: 0 };
      row.text = t.text;
      row.count += 1;
      row.recency += c.weight;
      tallies.set(k, row);
    }
  }
  for (const name of Object.keys(counters)) if (counters[name] === 0) delete counters[name]; // absent = 0, as stored
  return { counters, tallies: [...tallies.values()].sort(compareTallies) };
}

export function compareTallies(a: TallyRow, b: TallyRow): number {
  return b.count - a.count || b.recency - a.recency || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Equal counts (wording aside: the live totals keep the newest write's wording, which may differ in case). */
export function sameTotals(a: AggregateTotals, b: AggregateTotals): boolean {
  const names = new Set([...Object.keys(a.counters), ...Object.keys(b.counters)]);
  for (const n of names) if ((a.counters[n] ?? 0) !== (b.counters[n] ?? 0)) return false;
  const key = (t: AggregateTotals["tallies"][number]) => `${t.kind}\u0000${t.key}\u0000${t.count}\u0000${t.recency}`;
  const left = a.tallies.map(key).sort();
  const right = b.tallies.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}
