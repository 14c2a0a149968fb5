import { describe, expect, it } from "vitest";
import { answerGaps } from "./answer-gaps";
import { extractFeatures } from "./answer-signals";

const QUESTION = "Tell me about a time you improved the performance of a slow system.";
const KEY_POINTS = [
  "Explains how the bottleneck was found, for example by profiling",
  "Describes the fix and the alternatives considered",
  "Quantifies the improvement",
  "Mentions how regressions are prevented",
];
const gaps = (answer: string, key_points = KEY_POINTS) => answerGaps({ question: QUESTION, key_points, answer, type: "behavioral" });

describe("answerGaps", () => {
  it("a full story: points covered, result with a number, own actions, reasons and trade-offs, each with a verbatim quote", () => {
    const answer =
      "Our checkout API was slow, with p95 latency around 1.8 seconds. I profiled the service and found N+1 database queries. " +
      "I batched the queries and added a cache instead of scaling the database, because the cache was cheaper. " +
      "As a result p95 dropped to 320 ms. I also added a latency budget to CI so regressions are caught early.";
    const g = gaps(answer);
    expect(g.covered).toEqual(KEY_POINTS);
    expect(g.missing).toEqual([]);
    expect(g.result).toEqual({ present: true, quote: "As a result p95 dropped to 320 ms." });
    expect(g.number.present).toBe(true);
    expect(answer).toContain(g.number.quote!);
    expect(g.ownership).toBe("own");
    expect(g.reasons.quote).toContain("because the cache was cheaper");
    expect(g.trade_offs.quote).toContain("instead of scaling the database");
    expect(g.star.result).toBe(true);
  });

  it("a thin team story: points missing, no result or number, 'we' only, no reasons or trade-offs", () => {
    const answer = "We had a slow page last year. We looked at it together and we fixed the database part. It was better after that.";
    const g = gaps(answer);
    expect(g.missing).toEqual(expect.arrayContaining([KEY_POINTS[2], KEY_POINTS[3]]));
    expect(g.covered).not.toContain(KEY_POINTS[3]);
    expect(g.result.present).toBe(false);
    expect(g.number).toEqual({ present: false, quote: null });
    expect(g.ownership).toBe("we_only");
    expect(g.ownership_quote).toBe("We looked at it together and we fixed the database part.");
    expect(g.reasons.present).toBe(false);
    expect(g.trade_offs.present).toBe(false);
  });

  it("says which key point is contradicted, and which words of it", () => {
    const q = "What is the difference between a process and a thread?";
    const kps = ["Threads share the memory of their process; processes have separate memory"];
    const g = answerGaps({ question: q, key_points: kps, answer: "Threads do not share the memory of their process.", type: "technical" });
    expect(g.contradicted).toEqual(kps);
    expect(g.key_points[0].contradicted_words.length).toBeGreaterThan(0);
  });

  it("flags off-topic answers and key words without sentences; reuses computed features", () => {
    const offTopic = "I enjoy hiking on weekends and I have two cats who like the sun.";
    expect(gaps(offTopic).off_topic).toBe(true);
    const list = "profiling bottleneck cache alternatives regression latency";
    expect(gaps(list).word_list).toBe(true);
    const input = { question: QUESTION, key_points: KEY_POINTS, answer: list, type: "behavioral" };
    expect(answerGaps(input, extractFeatures(input))).toEqual(answerGaps(input));
  });

  it("an answer with no key points still reports its signals", () => {
    const g = gaps("I rewrote the report query, so it now takes 2 seconds rather than 40.", []);
    expect(g.key_points).toEqual([]);
    expect(g.number.present).toBe(true);
    expect(g.ownership).toBe("own");
    expect(g.trade_offs.present).toBe(true);
  });

  it("keeps its contract on any input: blank key points skipped in order, empty or odd answers give a full result", () => {
    const kps = ["Quantifies the improvement", "  ", "Mentions how regressions are prevented"];
    const g = gaps("It went from 40 seconds to 2 seconds.", kps);
    expect(g.key_points.map((k) => k.text)).toEqual([kps[0], kps[2]]);
    const fields = Object.keys(g).sort();
    for (const answer of ["", "   ", "\u0000\u200b😀", "—".repeat(5000), "not not not no never"]) {
      const out = gaps(answer);
      expect(Object.keys(out).sort()).toEqual(fields);
      expect(out.key_points.map((k) => k.status)).toEqual(KEY_POINTS.map(() => "missing"));
      expect(out.result).toEqual({ present: false, quote: null });
    }
  });
});
