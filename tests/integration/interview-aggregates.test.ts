// Property test of the running interview totals, on SQLite and on MongoDB (the stand-in, or MONGO_URI_TEST): after
// any random sequence of creations, evaluations, edits, answers, un-evaluations and deletions (some of them at the
// same time), the totals the store keeps equal a full recomputation from the stored interviews, and every list
// summary equals the one computed from its document.
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import type { AnswerEvaluation } from "@/core/schemas/interview";
import { TALLY_KINDS, interviewContribution, interviewSummary, totalsOf, traitKey } from "@/lib/db/interview-derived";
import type { InterviewSet, Store } from "@/lib/db/types";
import { describeEachStore } from "@/tests/helpers/store-harnesses";

// Variants of a few traits (case, spacing, trailing punctuation) so that matching by key is exercised.
const TRAITS = [
  "Clear structure",
  "clear  structure.",
  "CLEAR STRUCTURE!",
  "Good depth",
  "A concrete example",
  "Few numbers",
  "few numbers;",
  "Rambling",
  "No result",
];
const trait = fc.constantFrom(...TRAITS);
const traits = fc.array(trait, { maxLength: 4 });
const score = fc.integer({ min: 0, max: 40 }).map((n) => n / 4); // quarters: sums must stay exact

const evaluation = (i: number) =>
  fc
    .record({
      status: fc.constantFrom("ok", "ok", "ok", "unanswered", "failed"),
      // Content is absent on evaluations made before it existed: the aggregates must handle both.
      criteria: fc.record(
        { content: score, clarity: score, structure: score, depth: score, examples: score },
        { requiredKeys: ["clarity", "structure", "depth", "examples"] },
      ),
      strengths: traits,
      weaknesses: traits,
    })
    .map(
      (e): AnswerEvaluation => ({
        question_index: i,
        status: e.status as AnswerEvaluation["status"],
        overall_score: e.status === "ok" ? (e.criteria.clarity + e.criteria.structure + e.criteria.depth + e.criteria.examples) / 4 : null,
        criteria: e.status === "ok" ? e.criteria : null,
        evidence: [],
        strengths: e.status === "ok" ? e.strengths : [],
        weaknesses: e.status === "ok" ? e.weaknesses : [],
        feedback: "",
        improved_answer: "",
        delivery: { word_count: 0, filler_words: 0, filler_terms: [], estimated_speaking_seconds: 0, average_sentence_words: 0 },
      }),
    );
const evaluated = fc.record({
  evaluations: fc.tuple(evaluation(0), evaluation(1), evaluation(2)).map((t) => [...t]),
  strengths: traits,
  weaknesses: traits,
});

type Evaluated = typeof evaluated extends fc.Arbitrary<infer T> ? T : never;
type Op =
  | { op: "create"; evaluatedNow: boolean; set: Evaluated }
  | { op: "evaluate"; at: number; set: Evaluated }
  | { op: "edit"; at: number; set: InterviewSet }
  | { op: "answer"; at: number; index: number; text: string }
  | { op: "delete"; at: number };

const at = fc.nat({ max: 20 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("create" as const), evaluatedNow: fc.boolean(), set: evaluated }),
  fc.record({ op: fc.constant("evaluate" as const), at, set: evaluated }),
  fc.record({
    op: fc.constant("edit" as const),
    at,
    set: fc.oneof(
      fc.record({ strengths: traits }),
      fc.record({ weaknesses: traits, role: fc.constantFrom("Backend", "Frontend") }),
      fc.constant<InterviewSet>({ status: "completed" }), // un-evaluates it
      fc.record({ overall_score: fc.option(score, { nil: null }), techstack: fc.array(fc.constantFrom("go", "sql"), { maxLength: 2 }) }),
    ),
  }),
  fc.record({ op: fc.constant("answer" as const), at, index: fc.nat({ max: 3 }), text: fc.constantFrom("", "  ", "an answer") }),
  fc.record({ op: fc.constant("delete" as const), at }),
);
/** A step is one operation, or two or three run at the same time. */
const steps = fc.array(
  fc.oneof({ weight: 3, arbitrary: op.map((o) => [o]) }, { weight: 1, arbitrary: fc.array(op, { minLength: 2, maxLength: 3 }) }),
  {
    minLength: 1,
    maxLength: 14,
  },
);

async function run(store: Store, userId: string, ids: string[], o: Op): Promise<void> {
  const id = ids.length ? ids[("at" in o ? o.at : 0) % ids.length] : null;
  const evaluatedSet = (s: Evaluated): InterviewSet => ({ ...s, status: "evaluated", evaluated_at: new Date().toISOString() });
  switch (o.op) {
    case "create": {
      const doc = await store.createInterview({
        userId,
        data: {
          questions: ["Q1", "Q2", "Q3"],
          role: "Developer",
          level: "mid",
          type: "mixed",
          techstack: [],
          ...(o.evaluatedNow ? evaluatedSet(o.set) : {}),
        },
      });
      ids.push(doc.id);
      return;
    }
    case "evaluate":
      if (id) await store.updateInterview({ userId, id, set: evaluatedSet(o.set) });
      return;
    case "edit":
      if (id) await store.updateInterview({ userId, id, set: o.set });
      return;
    case "answer":
      if (id) await store.setInterviewAnswer({ userId, id, index: o.index, text: o.text });
      return;
    case "delete":
      if (id && (await store.deleteInterview({ userId, id }))) ids.splice(ids.indexOf(id), 1);
  }
}

/** The store's totals and summaries against a recomputation from the stored documents. */
async function expectConsistent(store: Store, userId: string): Promise<void> {
  const { interviews } = (await store.exportUserData({ userId }))!;
  const oldestEvaluationFirst = [...interviews].sort((a, b) =>
    (a.evaluated_at ?? a.created_at).localeCompare(b.evaluated_at ?? b.created_at),
  );
  const expected = totalsOf(oldestEvaluationFirst.map(interviewContribution));
  const got = await store.getInterviewAggregates({ userId, limit: 1000 });

  expect(got.counters).toEqual(expected.counters);
  for (const kind of TALLY_KINDS) {
    const strip = (t: { key: string; count: number; recency: number }) => ({ key: t.key, count: t.count, recency: t.recency });
    expect(got.tallies[kind].map(strip)).toEqual(expected.tallies.filter((t) => t.kind === kind).map(strip));
    for (const t of got.tallies[kind]) expect(traitKey(t.text)).toBe(t.key); // the wording is one of the trait's
  }
  const summaries = await store.listInterviewSummaries({ userId, limit: 100 });
  expect(summaries.items).toEqual(
    interviews.map((d) => ({ id: d.id, ...interviewSummary(d), created_at: d.created_at, updated_at: d.updated_at })),
  );
}

describeEachStore("interview totals", (current, h) => {
  let store: Store;
  beforeAll(() => {
    store = current();
  });

  it("always equal a full recomputation, whatever the sequence of writes", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const user = await store.createUser({
          email: `agg${n}-${Date.now()}@example.com`,
          username: `agg_${n++}_${Date.now()}`,
          password_hash: "h",
        });
        const ids: string[] = [];
        for (const step of plan) {
          await Promise.all(step.map((o) => run(store, user.id, ids, o)));
          await expectConsistent(store, user.id);
        }
        await store.deleteUserAndData({ id: user.id });
        expect(await store.getInterviewAggregates({ userId: user.id, limit: 10 })).toEqual({
          counters: {},
          tallies: { strength: [], weakness: [] },
        });
      }),
      { numRuns: h.standin ? 12 : 30, endOnFailure: true },
    );
  }, 120_000);
});
