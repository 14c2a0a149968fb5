import { describe, expect, it } from "vitest";
import { highlightEvidence } from "@/lib/interview/highlight";
import { levelFromSeniority, MAX_PREFILLED_TECH, prefillFromJob, techFromJob } from "@/lib/interview/prefill";
import { averageCriteria, overallScore, topItems } from "@/lib/interview/scores";
import { formatClock, suggestedSeconds } from "@/lib/interview/timing";
import { generateInterviewSchema, patchInterviewSchema } from "@/lib/interview/interview.validation";
import type { AnswerEvaluation } from "@/core/schemas/interview";

const delivery = { word_count: 0, filler_words: 0, filler_terms: [], estimated_speaking_seconds: 0, average_sentence_words: 0 };
function evaluation(i: number, status: AnswerEvaluation["status"], c: number | null): AnswerEvaluation {
  return {
    question_index: i,
    status,
    overall_score: c,
    criteria: c === null ? null : { clarity: c, structure: c, depth: c, examples: c },
    evidence: [],
    strengths: [],
    weaknesses: [],
    feedback: "",
    improved_answer: "",
    delivery,
  };
}

describe("highlightEvidence", () => {
  it("marks each quote where it occurs and keeps all the text", () => {
    const answer = "First I measured. Then we shipped it and latency fell 40%.";
    const segments = highlightEvidence(answer, ["latency fell 40%", "First I measured"]);
    expect(segments.map((s) => s.text).join("")).toBe(answer);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["First I measured", "latency fell 40%"]);
  });

  it("merges overlapping quotes and ignores quotes that are not in the answer", () => {
    const segments = highlightEvidence("abc def ghi", ["abc def", "def ghi", "xyz"]);
    expect(segments).toEqual([{ text: "abc def ghi", mark: true }]);
  });
});

describe("scores", () => {
  it("averages only the ok evaluations", () => {
    const list = [evaluation(0, "ok", 8), evaluation(1, "failed", null), evaluation(2, "ok", 5), evaluation(3, "unanswered", null)];
    expect(overallScore(list)).toBe(6.5);
    expect(averageCriteria(list)).toEqual({ clarity: 6.5, structure: 6.5, depth: 6.5, examples: 6.5 });
    expect(overallScore([evaluation(0, "failed", null)])).toBeNull();
  });

  it("topItems counts case-insensitively, most frequent first", () => {
    expect(
      topItems(
        [
          ["Clear", "Short"],
          ["clear", "Vague"],
          ["Vague", "CLEAR"],
        ],
        2,
      ),
    ).toEqual(["Clear", "Vague"]);
  });
});

describe("prefill from a job", () => {
  it("maps seniority to a level", () => {
    expect(levelFromSeniority("Senior")).toBe("senior");
    expect(levelFromSeniority("Staff engineer")).toBe("lead");
    expect(levelFromSeniority("Entry level")).toBe("junior");
    expect(levelFromSeniority("")).toBe("mid");
  });

  it("takes the role and de-duplicated hard skills", () => {
    const p = prefillFromJob("0123456789abcdef01234567", {
      job_title: "Senior Backend Engineer",
      seniority: "",
      hard_skills: ["Go", "go", "PostgreSQL"],
      company: "Acme",
    } as never);
    expect(p).toMatchObject({ role: "Senior Backend Engineer", level: "senior", techstack: ["Go", "PostgreSQL"] });
  });

  it("pre-fills only the posting's technologies, never its domains or practices, at most eight (issue 19)", () => {
    const job = {
      // What the offline job reader finds in a backend posting, plus a domain and a field of knowledge.
      hard_skills: [
        "Back-end Development",
        "Python",
        "FastAPI",
        "Django",
        "Data Modeling",
        "AWS",
        "Healthcare",
        "Microservices",
        "Apache Kafka",
        "Relational Databases",
        "PostgreSQL",
        "Computer Science",
        "Asynchronous Programming",
        "Docker",
        "Kubernetes",
        "Query Optimization",
        "Redis",
        "Caching",
        "CI/CD",
        "GitHub Actions",
        "Monitoring",
        "Datadog",
      ],
      domains: ["Healthcare"],
    };
    const tech = techFromJob(job);
    expect(tech.length).toBe(MAX_PREFILLED_TECH);
    for (const notTech of [
      "Back-end Development",
      "Data Modeling",
      "Healthcare",
      "Computer Science",
      "Query Optimization",
      "Caching",
      "Monitoring",
    ]) {
      expect(tech).not.toContain(notTech);
    }
    // Technologies the question bank can ask about come first, in the posting's order.
    expect(tech).toEqual(["Python", "Django", "AWS", "Apache Kafka", "PostgreSQL", "Docker", "Kubernetes", "Redis"]);
  });
});

describe("timing", () => {
  it("suggests more time for design questions and senior levels", () => {
    expect(suggestedSeconds({ type: "technical", level: "mid", category: "system-design" })).toBeGreaterThan(
      suggestedSeconds({ type: "technical", level: "mid", category: "technical" }),
    );
    expect(suggestedSeconds({ type: "behavioral", level: "lead" })).toBeGreaterThan(
      suggestedSeconds({ type: "behavioral", level: "junior" }),
    );
    expect(formatClock(125)).toBe("2:05");
  });
});

describe("validation", () => {
  it("accepts a valid setup and rejects out-of-range amounts", () => {
    const ok = { role: "Developer", level: "mid", type: "mixed", techstack: ["React"], amount: 5 };
    expect(generateInterviewSchema.safeParse(ok).success).toBe(true);
    expect(generateInterviewSchema.safeParse({ ...ok, amount: 21 }).success).toBe(false);
    expect(generateInterviewSchema.safeParse({ ...ok, amount: 0 }).success).toBe(false);
  });

  it("a PATCH needs answers, one answer or a status — not both answer forms", () => {
    expect(patchInterviewSchema.safeParse({}).success).toBe(false);
    expect(patchInterviewSchema.safeParse({ answer: { index: 0, text: "x" } }).success).toBe(true);
    expect(patchInterviewSchema.safeParse({ answers: ["a"], answer: { index: 0, text: "x" } }).success).toBe(false);
  });
});

describe("practice helpers", () => {
  it("resumes at the first unanswered question, or the last when all are answered", async () => {
    const { firstUnanswered } = await import("@/lib/interview/practice");
    expect(firstUnanswered(["a", " ", "c"], 3)).toBe(1);
    expect(firstUnanswered(["a", "b"], 3)).toBe(2);
    expect(firstUnanswered(["a", "b", "c"], 3)).toBe(2);
  });

  it("joins dictated text with a space and capitalises after a full stop", async () => {
    const { joinDictated } = await import("@/lib/interview/practice");
    expect(joinDictated("", "hello there")).toBe("Hello there");
    expect(joinDictated("I led it", "and shipped")).toBe("I led it and shipped");
    expect(joinDictated("I led it.", "then we shipped")).toBe("I led it. Then we shipped");
    expect(joinDictated("Line one\n", "next")).toBe("Line one\nnext");
  });
});
