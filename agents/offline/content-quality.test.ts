import { describe, expect, it } from "vitest";
import { runEvaluationAgent, type EvaluationInput } from "../evaluation";
import { LATENCY_PLAIN_CORRECT, LATENCY_QUESTION } from "@/tests/helpers/interview-answers";
import { WEAKNESS } from "./written-feedback";

// How the offline evaluation judges what an answer says (issue 12): content by meaning, not by length or polish, and
// gaming attempts. Interview-style examples written for these tests.

const latency = LATENCY_QUESTION;

async function evaluate(answer: string, q: Partial<EvaluationInput> = latency) {
  return runEvaluationAgent({ question: "", key_points: [], role: "Backend Engineer", level: "mid", type: "technical", ...q, answer });
}

const plainCorrect = LATENCY_PLAIN_CORRECT;

describe("content by meaning", () => {
  it("a one-word correct answer scores at least 7 on content", async () => {
    const r = await evaluate("A hash table.", {
      question: "Which data structure gives average constant-time lookup by key?",
      key_points: [
        "Names a hash table (hash map)",
        "Average O(1) lookups by hashing the key",
        "Collisions handled by chaining or open addressing",
      ],
      reference_answer: "A hash table (hash map).",
    });
    expect(r.criteria?.content).toBeGreaterThanOrEqual(7);
  });

  it("the fluent wrong answer scores below the plain correct one, on content and overall", async () => {
    const fluentWrong =
      "Great question. To make the endpoint faster, the most important thing is to remove the indexes, because indexes always " +
      "make queries slower. In my experience caching is never worth it for APIs, since the data must always be fresh. Finally, " +
      "I would add more joins to every query so that the database does all of the work in one place, which is cleaner.";
    const [right, wrong] = await Promise.all([evaluate(plainCorrect), evaluate(fluentWrong)]);
    expect(wrong.criteria!.content!).toBeLessThan(right.criteria!.content!);
    expect(wrong.overall_score!).toBeLessThan(right.overall_score!);
    expect(wrong.weaknesses).toContain(WEAKNESS.contradicts);
  });

  it("a paraphrase in other words than the key points is not off-topic", async () => {
    const paraphrase =
      "I'd begin by timing each step of the request to find the bottleneck. If lookups in the tables are slow, I'd tune " +
      "them, for example by letting the engine find rows without scanning everything, and I'd keep frequently read " +
      "results in memory, knowing they could get out of date.";
    const r = await evaluate(paraphrase);
    expect(r.weaknesses).not.toContain(WEAKNESS.offTopic);
    expect(r.overall_score!).toBeGreaterThan(3);
    const unrelated = await evaluate(
      "I enjoy working with people from different backgrounds, and in my free time I play football and volunteer at an animal shelter.",
    );
    expect(unrelated.weaknesses).toContain(WEAKNESS.offTopic);
  });

  it("a keyword salad scores at most 1, the key-point words pasted without sentences at most 3", async () => {
    const salad = await evaluate("synergy blockchain agile leadership kubernetes paradigm stakeholder innovation disruption cloud-native");
    expect(salad.overall_score!).toBeLessThanOrEqual(1);
    const pasted = await evaluate("profile slow queries indexes N+1 cache invalidation stale data memory trade-offs");
    expect(pasted.overall_score!).toBeLessThanOrEqual(3);
    expect(pasted.weaknesses).toContain(WEAKNESS.wordList);
    // The same words in sentences are an answer.
    expect((await evaluate(plainCorrect)).overall_score!).toBeGreaterThan(5);
  });

  it("length does not drive content; brevity lowers depth only where the question asks for depth", async () => {
    const short = await evaluate("Profile it, index the slow queries, and cache what rarely changes, accepting stale reads.");
    const padded = await evaluate(
      "Well, this is a really interesting question and there are many ways to look at it. Performance matters a lot to users " +
        "and to the business, and every team I have been on cared about it deeply. I think it is important to be thoughtful, " +
        "to communicate with the team, to keep the code clean and to follow best practices, and to always keep learning.",
    );
    expect(short.criteria!.content!).toBeGreaterThan(padded.criteria!.content!);
    const factual = { question: "What does ACID stand for in databases?", key_points: ["Atomicity, consistency, isolation, durability"] };
    const why = {
      question: "Explain why a database needs transactions, with an example.",
      key_points: ["Atomicity, consistency, isolation, durability"],
    };
    const brief = "Atomicity, consistency, isolation and durability.";
    const [a, b] = await Promise.all([evaluate(brief, factual), evaluate(brief, why)]);
    expect(a.criteria!.depth).toBeGreaterThan(b.criteria!.depth);
    expect(a.weaknesses).not.toContain(WEAKNESS.tooShort);
  });
});
