import { describe, expect, it } from "vitest";
import { canonicalSkill } from "../../text/skills";
import { canonicalTech } from "../../text/tech-names";
import { QUESTION_BANK } from "./index";
import { BANK_LEVELS, bankQuestionSchema } from "./types";

// The whole bank as the offline engine sees it (QUESTION_BANK), entry by entry and as a set: not a list of files.

const all = QUESTION_BANK;
const byCategory = (c: string) => all.filter((q) => q.category === c);
const behavioralQuestions = byCategory("behavioral");
const generalQuestions = byCategory("general");
const systemDesignQuestions = byCategory("system-design");
const technical = byCategory("technical");

describe("offline question bank", () => {
  it("holds at least 300 questions with the planned spread", () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(behavioralQuestions.length).toBeGreaterThanOrEqual(50);
    expect(generalQuestions.length).toBeGreaterThanOrEqual(35);
    expect(systemDesignQuestions.length).toBeGreaterThanOrEqual(20);
  });

  it("keeps every entry well formed (the bank's zod schema: id, text, category, topic, tags, levels, key points)", () => {
    const problems = all.flatMap((q) => {
      const parsed = bankQuestionSchema.safeParse(q);
      return parsed.success ? [] : [`${q.id}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`];
    });
    expect(problems).toEqual([]);
  });

  it("gives every question a unique id and a distinct text", () => {
    const ids = all.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = all.map((q) => q.text.trim().toLowerCase());
    const dupes = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });

  it("follows each category's rules", () => {
    for (const q of [...behavioralQuestions, ...generalQuestions]) expect(q.tech, q.id).toEqual([]);
    for (const q of technical) {
      expect(q.tech.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.tech, q.id).toContain(q.topic);
    }
  });

  it("names technologies as the skills dictionary does (topics canonical, every tag a known name or alias)", () => {
    for (const q of technical) expect(canonicalTech(q.topic), q.id).toBe(q.topic);
    const tags = new Set(all.flatMap((q) => q.tech));
    expect([...tags].filter((t) => !canonicalSkill(t))).toEqual([]);
  });

  it("covers at least 30 technologies with at least 5 questions each", () => {
    const perTech = new Map<string, number>();
    for (const q of technical) for (const t of q.tech) perTech.set(t, (perTech.get(t) ?? 0) + 1);
    const wellCovered = [...perTech].filter(([, n]) => n >= 5).map(([t]) => t);
    expect(wellCovered.length).toBeGreaterThanOrEqual(30);
    for (const t of [
      "javascript",
      "typescript",
      "react",
      "next.js",
      "node.js",
      "python",
      "java",
      "go",
      "sql",
      "postgresql",
      "mongodb",
      "redis",
      "docker",
      "kubernetes",
      "aws",
      "git",
      "testing",
    ]) {
      expect(perTech.get(t) ?? 0, t).toBeGreaterThanOrEqual(5);
    }
  });

  it("gives every topic of the technical questions at least 6 questions", () => {
    const perTopic = new Map<string, number>();
    for (const q of technical) perTopic.set(q.topic, (perTopic.get(q.topic) ?? 0) + 1);
    for (const [topic, n] of perTopic) expect(n, topic).toBeGreaterThanOrEqual(6);
  });

  it("has enough technical and behavioural questions at every level", () => {
    for (const level of BANK_LEVELS) {
      const tech = technical.filter((q) => q.levels.includes(level)).length;
      const beh = behavioralQuestions.filter((q) => q.levels.includes(level)).length;
      expect(tech, `technical ${level}`).toBeGreaterThanOrEqual(20);
      expect(beh, `behavioral ${level}`).toBeGreaterThanOrEqual(10);
    }
  });

  it("keeps system design questions mostly above junior level", () => {
    const juniorOnly = systemDesignQuestions.filter((q) => q.levels.length === 1 && q.levels[0] === "junior");
    expect(juniorOnly).toEqual([]);
    const aboveJunior = systemDesignQuestions.filter((q) => q.levels.some((l) => l !== "junior")).length;
    expect(aboveJunior).toBe(systemDesignQuestions.length);
  });
});
