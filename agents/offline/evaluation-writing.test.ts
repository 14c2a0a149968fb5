import { describe, expect, it } from "vitest";
import { extractFeatures, type EvalInput } from "../text/answer-signals";
import { keyPointAsAdvice, keyPointAsDone, withoutFillers } from "../text/coach-phrasing";
import { rubricScores } from "./evaluation";
import { offlineWrittenFeedback, WEAKNESS } from "./written-feedback";

// The offline rubric's written output should read like a coach wrote it: specific to this answer, no template soup,
// and a stronger answer that builds on the user's own words with [placeholders], never invented facts.

const CONFLICT_Q = "Tell me about a time you had to deal with a conflict in your team.";
const CONFLICT_KP = [
  "Describes a specific conflict and the people involved",
  "Explains the actions they personally took to resolve it",
  "Shows empathy and listening",
  "Gives the outcome and what they learned",
];
const CACHE_Q = "How would you design caching for a read-heavy API?";
const CACHE_KP = [
  "Identifies what to cache and where (client, CDN, application, database)",
  "Explains invalidation strategies such as TTL and write-through",
  "Discusses consistency trade-offs and stale data",
  "Mentions monitoring hit rate and memory",
];

const GOOD_STAR =
  "In my last job at a fintech startup, two senior engineers on my team disagreed about whether to rewrite our payments service. " +
  "The situation was getting tense and code reviews were stalling. My task as tech lead was to get us to a decision within the sprint. " +
  "I first met each of them one to one to listen to their concerns, then I organised a session where we listed the trade-offs together. " +
  "I proposed a two-day spike to test both approaches. As a result we chose an incremental refactor, review time dropped from 3 days to 1 day, " +
  "and both engineers felt heard. I learned that listening first defuses most conflicts.";
const RAMBLING =
  "So, um, basically there was this thing, like, at work, you know, where people were, like, not agreeing and stuff like that, and I think it was " +
  "kind of about the design or something, and we had a lot of meetings and, um, basically everyone was talking and I was also talking and then " +
  "we kind of moved on and it was fine I guess, and honestly I think it worked out, so yeah, it was, like, a learning experience for everyone involved and stuff.";
const SHORT = "I talked to them and we fixed it.";
const OFF_TOPIC = "I really enjoy hiking and photography on weekends, and I am learning Spanish.";
const TECH_GOOD =
  "I would cache at two levels. First, a CDN for public GET responses with a short TTL, because most reads are identical. " +
  "Second, Redis in front of the database for per-user data, using cache-aside. For invalidation I'd use TTLs plus explicit deletes on writes, " +
  "because write-through adds latency to every write. The trade-off is some stale data for a few seconds, which is fine for a product catalogue " +
  "but not for balances. I'd monitor hit rate and memory, and at my last job this approach cut p95 latency from 800 ms to 120 ms.";
const TECH_VAGUE =
  "Caching is important for performance. I would use Redis because it is fast and popular. You put things in the cache and get them out later so the database is not used as much.";

function write(answer: string, question: string, key_points: string[], type: string) {
  const input: EvalInput = { question, key_points, answer, type };
  const f = extractFeatures(input);
  const c = rubricScores(f);
  return { ...offlineWrittenFeedback(input, f, c), criteria: c };
}
const beh = (a: string) => write(a, CONFLICT_Q, CONFLICT_KP, "behavioral");
const tech = (a: string) => write(a, CACHE_Q, CACHE_KP, "technical");

const ALL: [string, string, ReturnType<typeof write>][] = [
  ["good STAR", GOOD_STAR, beh(GOOD_STAR)],
  ["rambling", RAMBLING, beh(RAMBLING)],
  ["short", SHORT, beh(SHORT)],
  ["off-topic", OFF_TOPIC, beh(OFF_TOPIC)],
  ["technical, good", TECH_GOOD, tech(TECH_GOOD)],
  ["technical, vague", TECH_VAGUE, tech(TECH_VAGUE)],
];

describe("offline written feedback reads like a coach", () => {
  it.each(ALL)("%s: the stronger answer invents no numbers and marks every gap with [brackets]", (_name, answer, out) => {
    expect(out.improved_answer).not.toMatch(/\[[^\]]*\[/);
    const numbers = out.improved_answer.replace(/\[[^\]]*\]/g, " ").match(/\d+(?:[.,]\d+)?/g) ?? [];
    for (const n of numbers) expect(answer).toContain(n);
    // Outside the brackets, every line is the user's own words (filler words removed) or a STAR label.
    const ownWords = new Set(
      withoutFillers(answer)
        .toLowerCase()
        .match(/[a-z0-9']+/g) ?? [],
    );
    const lines = out.improved_answer.split("\n").slice(2);
    for (const line of lines) {
      const outside = line.replace(/\[[^\]]*\]/g, " ").replace(/^(?:Situation|Task|Action|Result):/, " ");
      for (const w of outside.toLowerCase().match(/[a-z0-9']+/g) ?? []) expect(ownWords, `${w} in "${line}"`).toContain(w);
    }
    expect(out.feedback).not.toMatch(/: (?:Describes|Explains|Shows|Gives|Identifies)\b/);
    expect(out.feedback.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(5);
  });

  it("a good STAR answer: praised specifically, no irrelevant advice, its own story kept whole", () => {
    const out = beh(GOOD_STAR);
    expect(out.weaknesses).toEqual([]);
    expect(out.feedback).toMatch(/^Strong answer\./);
    expect(out.feedback).toContain('"review time dropped from 3 days to 1 day"');
    expect(out.feedback).not.toMatch(/filler|one-sentence answer/i);
    expect(out.improved_answer).toContain("Result: As a result we chose an incremental refactor");
    expect(out.improved_answer).toContain("I learned that listening first defuses most conflicts.");
    expect(out.improved_answer).toContain("The situation was getting tense and code reviews were stalling.");
  });

  it("a rambling answer: counts the fillers, asks for structure, and reuses its content without the fillers", () => {
    const out = beh(RAMBLING);
    expect(out.weaknesses).toEqual(expect.arrayContaining([WEAKNESS.fillers, WEAKNESS.longSentences]));
    expect(out.feedback).toMatch(/You used \d+ filler words \("um"/);
    expect(out.feedback).toMatch(/task, action and result/);
    expect(out.improved_answer).toMatch(/Situation: There was this thing at work where people were not agreeing/);
    expect(out.improved_answer).not.toMatch(/\bum\b|basically|you know|stuff like that/i);
    expect(out.improved_answer).toMatch(/Result: \[What changed because of what you did \(your metric, before and after/);
    // Placeholders are single [brackets], never nested, so they read as one instruction each.
    expect(out.improved_answer).not.toMatch(/\[[^\]]*\[/);
  });

  it("a short answer is too short (not off-topic) and its own sentence anchors the action to build on", () => {
    const out = beh(SHORT);
    expect(out.weaknesses).not.toContain(WEAKNESS.offTopic);
    expect(out.weaknesses).toContain(WEAKNESS.tooShort);
    expect(out.feedback).toMatch(/At 8 words/);
    // The thin sentence is not presented as model content; the stronger answer asks the user to build on it.
    expect(out.improved_answer).toContain('Action: [Build on "I talked to them and we fixed it":');
    expect(out.improved_answer).not.toContain("Action: I talked to them and we fixed it.");
  });

  it("an off-topic answer: says so, names the question, and offers a shape to fill rather than reusing it", () => {
    const out = beh(OFF_TOPIC);
    expect(out.weaknesses[0]).toBe(WEAKNESS.offTopic);
    expect(out.strengths).toEqual([]);
    expect(out.feedback).toContain(CONFLICT_Q.replace(/\.$/, ""));
    expect(out.improved_answer).not.toMatch(/hiking|Spanish/);
    expect(out.improved_answer).toMatch(/Situation: \[/);
  });

  it("technical answers keep the user's reasoning and example; gaps become the missing key points", () => {
    const good = tech(TECH_GOOD);
    expect(good.improved_answer).toContain("Second, Redis in front of the database for per-user data, using cache-aside.");
    expect(good.improved_answer).toContain("cut p95 latency from 800 ms to 120 ms");
    expect(good.improved_answer).not.toMatch(/\[Close with the main trade-off/);
    const vague = tech(TECH_VAGUE);
    expect(vague.improved_answer).toContain("[Explain invalidation strategies such as TTL and write-through.]");
    expect(vague.improved_answer).toContain("[Discuss consistency trade-offs and stale data.]");
    expect(vague.feedback).toMatch(/What's missing: explain invalidation strategies/);
  });
});

describe("key point phrasing", () => {
  it("turns the rubric's third-person key points into advice and into what was done", () => {
    expect(keyPointAsAdvice("Explains the actions they personally took to resolve it")).toBe(
      "explain the actions you personally took to resolve it",
    );
    expect(keyPointAsDone("Gives the outcome and what they learned")).toBe("gave the outcome and what you learned");
    expect(keyPointAsAdvice("Quantifies the improvement")).toBe("quantify the improvement");
    expect(keyPointAsAdvice("Threads are cheaper to create and switch")).toBe("explain that threads are cheaper to create and switch");
    // Statements about the subject keep their pronouns ("their process" is the threads' process, not the candidate's).
    expect(keyPointAsDone("Processes have separate memory spaces; threads share the memory of their process")).toContain(
      "of their process",
    );
  });

  it("removes filler words and nothing else", () => {
    expect(withoutFillers("Um, so basically we had a slow system and, like, I looked at it.")).toBe(
      "We had a slow system and I looked at it.",
    );
    expect(withoutFillers("What kind of database is it? I like Go.")).toBe("What kind of database is it? I like Go.");
  });
});
