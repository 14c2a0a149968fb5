import { describe, expect, it } from "vitest";
import { extractFeatures, type EvalInput } from "../text/answer-signals";
import { rubricScores } from "./evaluation";
import { offlineWrittenFeedback } from "./written-feedback";
import { isWeakSentence } from "./answer-sentences";

// "A stronger answer" builds on what the user said, but a thin sentence of theirs ("I would design it with a queue,
// then measure.") is never presented as model content: it becomes a [Build on "…": …] prompt, the answer is
// restructured (key-point order, or STAR), and facts only the user can supply stay [bracketed] — nothing invented.

const QUEUE_Q = "How would you design a system that processes background jobs reliably?";
const QUEUE_KP = ["Uses a durable queue and workers", "Explains retries and idempotency", "Mentions monitoring and dead-letter queues"];
const CONFLICT_Q = "Tell me about a time you had to deal with a conflict in your team.";
const CONFLICT_KP = [
  "Describes a specific conflict and the people involved",
  "Explains the actions they personally took to resolve it",
  "Gives the outcome and what they learned",
];

function improved(answer: string, question: string, key_points: string[], type: string): string {
  const input: EvalInput = { question, key_points, answer, type };
  const f = extractFeatures(input);
  return offlineWrittenFeedback(input, f, rubricScores(f)).improved_answer;
}

/** The text of the stronger answer outside [brackets], per line, without STAR labels. */
function modelContent(text: string): string[] {
  return text
    .split("\n")
    .slice(2)
    .map((l) =>
      l
        .replace(/\[[^\]]*\]/g, "")
        .replace(/^(?:Situation|Task|Action|Result):/, "")
        .trim(),
    )
    .filter(Boolean);
}

describe("the stronger answer does not reuse a weak sentence as model content", () => {
  it("technical: 'I would design it with a queue, then measure.' becomes a prompt that builds on it", () => {
    const out = improved("I would design it with a queue, then measure.", QUEUE_Q, QUEUE_KP, "technical");
    expect(modelContent(out)).toEqual([]);
    expect(out).toContain(
      '[Build on "I would design it with a queue, then measure": make it a one-sentence answer that names your approach and the main reason for it.]',
    );
    // Restructured in key-point order, each gap a single placeholder.
    const lines = out.split("\n");
    expect(lines.indexOf("[Explain retries and idempotency.]")).toBeGreaterThan(lines.indexOf("[Use a durable queue and workers.]"));
    expect(out).toContain("[Mention monitoring and dead-letter queues.]");
    expect(out).toMatch(/with your metric if you have one/);
    expect(out).not.toMatch(/\[[^\]]*\[/);
  });

  it("behavioural: a thin action ('I talked to them and we fixed it.') asks for the steps, in STAR order", () => {
    const out = improved("I talked to them and we fixed it.", CONFLICT_Q, CONFLICT_KP, "behavioral");
    expect(modelContent(out)).toEqual([]);
    expect(out).toMatch(/^Situation: \[/m);
    expect(out).toContain(
      'Action: [Build on "I talked to them and we fixed it": name who was involved, the two or three steps you took yourself, and why you chose them.]',
    );
    expect(out).toMatch(/^Result: \[What changed because of what you did \(your metric, before and after/m);
  });

  it("behavioural: a hypothetical answer is turned into a request for a real case", () => {
    const out = improved(
      "I would design it with a queue, then measure.",
      "Tell me about a time you had to design a queue-based system.",
      [],
      "behavioral",
    );
    expect(modelContent(out)).toEqual([]);
    expect(out).toContain('[You said what you would do ("I would design it with a queue, then measure"); tell what you actually did');
  });

  it("a vague scene is kept but marked to be made specific", () => {
    const answer = "There was this thing at work where people were not agreeing about the design. We had meetings and it was fine.";
    const out = improved(answer, CONFLICT_Q, CONFLICT_KP, "behavioral");
    expect(out).toMatch(
      /Situation: There was this thing at work where people were not agreeing about the design\. .*\[Make it specific: which team, which project, when\.\]/,
    );
    expect(out).not.toMatch(/^[^[]*\bit was fine\b/m);
  });

  it("specific sentences of a weak answer stay as the user's own words", () => {
    const out = improved("I would put the background jobs on a durable queue in Redis. That's it.", QUEUE_Q, QUEUE_KP, "technical");
    expect(out).toContain("I would put the background jobs on a durable queue in Redis.");
  });

  it("a strong answer keeps its own sentences, short ones included", () => {
    const answer =
      "At my last job at a fintech startup, our nightly billing job failed twice a week. My task was to make it reliable before the audit. " +
      "I moved the work to a durable queue with idempotent workers and added retries with a dead-letter queue, because retries without idempotency double-charge. " +
      "I also added monitoring on queue depth. As a result failures dropped from 8 a month to 0. I learned to measure first.";
    const out = improved(answer, "Tell me about a time you made a system more reliable.", CONFLICT_KP, "behavioral");
    expect(out).toContain("I learned to measure first.");
    expect(out).not.toContain("Build on");
  });

  it("never invents numbers: every figure outside [brackets] is the user's", () => {
    for (const [a, q, kp, t] of [
      ["I would design it with a queue, then measure.", QUEUE_Q, QUEUE_KP, "technical"],
      ["I talked to them and we fixed it.", CONFLICT_Q, CONFLICT_KP, "behavioral"],
      ["We cut costs by 30% after I moved jobs to a queue. It was fine.", QUEUE_Q, QUEUE_KP, "technical"],
    ] as const) {
      const out = improved(a, q, [...kp], t);
      for (const n of out.replace(/\[[^\]]*\]/g, " ").match(/\d+/g) ?? []) expect(a).toContain(n);
    }
  });

  it("isWeakSentence", () => {
    expect(isWeakSentence("I talked to them and we fixed it.", true)).toBe(true);
    expect(isWeakSentence("I would design it with a queue, then measure.", false)).toBe(true);
    expect(isWeakSentence("Caching is important for performance.", false, "How would you design caching?")).toBe(true);
    expect(isWeakSentence("I learned that listening first defuses most conflicts.", true)).toBe(false);
    expect(isWeakSentence("Latency dropped from 800 ms to 120 ms.", true)).toBe(false);
    expect(isWeakSentence("I would use Redis because it is fast.", false)).toBe(false);
    expect(isWeakSentence("I proposed a two-day spike to test both approaches with the team.", true)).toBe(false);
  });
});
