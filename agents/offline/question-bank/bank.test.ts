import { describe, expect, it } from "vitest";
import type { BankQuestion } from "./types";
import { behavioralQuestions } from "./behavioral";
import { generalQuestions } from "./general";
import { systemDesignQuestions } from "./system-design";
import { frontendQuestions } from "./tech-frontend";
import { backendQuestions } from "./tech-backend";
import { dataQuestions } from "./tech-data";
import { cloudQuestions } from "./tech-cloud";
import { mobileTestingQuestions } from "./tech-mobile-testing";

const technical: BankQuestion[] = [
  ...frontendQuestions,
  ...backendQuestions,
  ...dataQuestions,
  ...cloudQuestions,
  ...mobileTestingQuestions,
];
const all: BankQuestion[] = [...behavioralQuestions, ...generalQuestions, ...systemDesignQuestions, ...technical];
const LEVELS = ["junior", "mid", "senior", "lead"] as const;

describe("offline question bank", () => {
  it("holds at least 300 questions with the planned spread", () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(behavioralQuestions.length).toBeGreaterThanOrEqual(50);
    expect(generalQuestions.length).toBeGreaterThanOrEqual(35);
    expect(systemDesignQuestions.length).toBeGreaterThanOrEqual(20);
  });

  it("gives every question a unique id and a distinct text", () => {
    const ids = all.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = all.map((q) => q.text.trim().toLowerCase());
    const dupes = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });

  it("keeps every question well formed", () => {
    for (const q of all) {
      const where = `${q.id}: ${q.text}`;
      expect(q.id, where).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-\d{3}$/);
      expect(q.text.trim(), where).toMatch(/[?.]$/);
      expect(q.text.length, where).toBeGreaterThan(15);
      expect(q.topic.trim().length, where).toBeGreaterThan(0);
      expect(q.key_points.length, where).toBeGreaterThanOrEqual(3);
      expect(q.key_points.length, where).toBeLessThanOrEqual(5);
      for (const p of q.key_points) expect(p.trim().length, where).toBeGreaterThan(3);
      expect(new Set(q.key_points).size, where).toBe(q.key_points.length);
      expect(q.levels.length, where).toBeGreaterThanOrEqual(1);
      expect(new Set(q.levels).size, where).toBe(q.levels.length);
      for (const l of q.levels) expect(LEVELS, where).toContain(l);
      for (const t of q.tech) expect(t, where).toBe(t.trim().toLowerCase());
    }
  });

  it("files each question under its file's category", () => {
    for (const q of behavioralQuestions) {
      expect(q.category).toBe("behavioral");
      expect(q.tech).toEqual([]);
    }
    for (const q of generalQuestions) expect(q.category).toBe("general");
    for (const q of systemDesignQuestions) expect(q.category).toBe("system-design");
    for (const q of technical) {
      expect(q.category).toBe("technical");
      expect(q.tech.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.tech, q.id).toContain(q.topic);
    }
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

  it("gives every topic of the technical files at least 6 questions", () => {
    const perTopic = new Map<string, number>();
    for (const q of technical) perTopic.set(q.topic, (perTopic.get(q.topic) ?? 0) + 1);
    for (const [topic, n] of perTopic) expect(n, topic).toBeGreaterThanOrEqual(6);
  });

  it("has enough technical and behavioural questions at every level", () => {
    for (const level of LEVELS) {
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
