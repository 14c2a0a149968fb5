import { describe, expect, it } from "vitest";
import type { Level } from "@/core/schemas/interview";
import { QUESTION_BANK, type BankQuestion } from "./question-bank";
import { isRival } from "./question-ranking";
import { offlineQuestions } from "./questions";
import { canonicalTech } from "../text/tech-names";

// Offline questions follow the requested stack: a question's topic is the technology it is about, its other tags are
// parents (Angular questions are tagged "typescript", Next.js ones "react"). Topics in the stack come first; rival
// frameworks (Angular/Vue for React, Flask for Django, MySQL for PostgreSQL) only when everything else has run out.

const byText = new Map(QUESTION_BANK.map((q) => [q.text, q]));
const LEVELS: Level[] = ["junior", "mid", "senior", "lead"];

function bankTopics(questions: string[]): string[] {
  return questions
    .map((t) => byText.get(t))
    .filter((q): q is BankQuestion => !!q && q.category === "technical")
    .map((q) => q.topic);
}

describe("offline questions: the requested stack", () => {
  it("never asks Angular or Vue questions for a React/TypeScript stack", () => {
    for (const level of LEVELS)
      for (const amount of [3, 6, 10, 15, 20])
        for (const type of ["technical", "mixed"] as const) {
          const r = offlineQuestions({ role: "Frontend Developer", level, type, techstack: ["React", "TypeScript"], amount });
          const topics = bankTopics(r.map((q) => q.text));
          expect(topics, `${level} ${type} ${amount}`).not.toContain("angular");
          expect(topics, `${level} ${type} ${amount}`).not.toContain("vue.js");
        }
  });

  it("ranks questions whose topic is in the stack above those that only share a parent tag", () => {
    for (const level of LEVELS) {
      const r = offlineQuestions({ role: "Developer", level, type: "technical", techstack: ["React", "TS"], amount: 6 });
      const topics = bankTopics(r.map((q) => q.text));
      expect(topics.length, level).toBeGreaterThanOrEqual(4);
      for (const t of topics) expect(["react", "typescript"], `${level}: ${t}`).toContain(t);
    }
  });

  it("keeps to the chosen framework or database within a family", () => {
    const django = offlineQuestions({
      role: "Backend Developer",
      level: "mid",
      type: "technical",
      techstack: ["Python", "Django"],
      amount: 12,
    });
    expect(bankTopics(django.map((q) => q.text))).not.toContain("flask");
    const postgres = offlineQuestions({ role: "Developer", level: "mid", type: "technical", techstack: ["PostgreSQL", "SQL"], amount: 12 });
    expect(bankTopics(postgres.map((q) => q.text))).not.toContain("mysql");
    const vue = offlineQuestions({
      role: "Frontend Developer",
      level: "mid",
      type: "technical",
      techstack: ["Vue", "JavaScript"],
      amount: 12,
    });
    const vueTopics = bankTopics(vue.map((q) => q.text));
    expect(vueTopics).toContain("vue.js");
    expect(vueTopics).not.toContain("react");
    expect(vueTopics).not.toContain("next.js");
  });

  it("uses a rival framework's questions only when the stack is exhausted", () => {
    const q = (id: string, topic: string, tech: string[]): BankQuestion => ({
      id,
      text: `Question ${id} about ${topic}?`,
      category: "technical",
      topic,
      tech,
      levels: ["mid"],
      key_points: ["one", "two", "three"],
    });
    const bank = [
      q("react-001", "react", ["react"]),
      q("ng-001", "angular", ["angular", "typescript"]),
      q("ng-002", "angular", ["angular", "typescript"]),
    ];
    const small = offlineQuestions({ role: "Dev", level: "mid", type: "technical", techstack: ["React", "TypeScript"], amount: 5 }, bank);
    expect(small.map((x) => x.text).filter((t) => t.includes("angular"))).toEqual([]);
    expect(small.map((x) => x.text)).toContain("Question react-001 about react?");
    const all = offlineQuestions({ role: "Dev", level: "mid", type: "technical", techstack: ["React", "TypeScript"], amount: 20 }, bank);
    expect(all).toHaveLength(20);
    expect(all.map((x) => x.text).filter((t) => t.includes("angular")).length).toBeGreaterThan(0);
  });

  it("isRival: rivals within a group, never the requested technologies or their own family", () => {
    const stack = new Set(["react", "typescript"]);
    expect(isRival("angular", stack)).toBe(true);
    expect(isRival("vue.js", stack)).toBe(true);
    expect(isRival("next.js", stack)).toBe(false);
    expect(isRival("react", stack)).toBe(false);
    expect(isRival("node.js", stack)).toBe(false);
    expect(isRival("next.js", new Set(["angular"]))).toBe(true);
    expect(isRival("angular", new Set(["typescript"]))).toBe(false);
    expect(isRival("mysql", new Set(["postgresql", "sql"]))).toBe(true);
    expect(isRival("flask", new Set(["django"]))).toBe(true);
    expect(isRival("flask", new Set(["django", "flask"]))).toBe(false);
  });
});

describe("offline question bank: tags aligned with the skills dictionary", () => {
  it("spells every technical topic as the dictionary's canonical name, first among its tags", () => {
    for (const q of QUESTION_BANK.filter((x) => x.category === "technical")) {
      expect(q.topic, q.id).toBe(canonicalTech(q.topic));
      expect(q.tech[0], q.id).toBe(q.topic);
    }
  });

  it("uses canonical names for every tag, or an alias of another tag of the same question", () => {
    for (const q of QUESTION_BANK)
      for (const tag of q.tech) {
        const canonical = canonicalTech(tag);
        expect(canonical === tag || q.tech.includes(canonical), `${q.id}: ${tag}`).toBe(true);
      }
  });

  it("keeps the ids of renamed groups stable", () => {
    const topicOf = (id: string) => QUESTION_BANK.find((q) => q.id === id)?.topic;
    expect(topicOf("vue-001")).toBe("vue.js");
    expect(topicOf("kafka-001")).toBe("apache kafka");
    expect(topicOf("gcp-001")).toBe("google cloud platform");
    expect(topicOf("azure-001")).toBe("microsoft azure");
    expect(topicOf("rest-001")).toBe("rest apis");
    expect(topicOf("testing-001")).toBe("software testing");
  });
});
