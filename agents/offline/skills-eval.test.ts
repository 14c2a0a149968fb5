import { describe, expect, it } from "vitest";
import { fixturePath } from "@/tests/helpers/fixtures";
import { parseJobOffline } from "./job";
import { evaluate, evaluateExact, exactKey, goldSkills, loadSkillSpan } from "./skills-eval";

// Guard for `npm run eval:skills` (scripts/skillspan-eval.ts): the offline job agent's hard-skill extraction on
// SkillSpan's dev split reached F1 0.674 (P 0.628, R 0.728) when this test was written; it must not fall below 0.62.
// The exact rule on the posting's wording (hard_skill_terms) reached 0.520; issue 11's target is 0.50.
const F1_FLOOR = 0.62;
const EXACT_F1_FLOOR = 0.5;

describe("SkillSpan KNOWLEDGE evaluation", () => {
  it("reads postings and their gold spans", () => {
    const postings = loadSkillSpan(fixturePath("skillspan", "dev.json"));
    expect(postings.length).toBe(58);
    expect(postings[0].gold.length).toBeGreaterThan(0);
    expect(postings.every((p) => p.gold.every((g) => !/^<[A-Z]+>/.test(g)))).toBe(true);
  });

  it("matches gold spans leniently: by alias or by a skill inside the span", () => {
    expect(goldSkills("amazon-web-services")).toEqual(new Set(["AWS"]));
    expect(goldSkills("Spring Framework )").has("Spring")).toBe(true);
    expect(goldSkills("AWS DevOps engineer or Azure DevOps solution certification")).toEqual(expect.objectContaining({}));
    expect([...goldSkills("AWS DevOps engineer or Azure DevOps solution certification")]).toEqual(
      expect.arrayContaining(["AWS", "DevOps", "Microsoft Azure"]),
    );
  });

  it(`the offline job agent's hard skills reach F1 >= ${F1_FLOOR}`, () => {
    const postings = loadSkillSpan(fixturePath("skillspan", "dev.json"));
    const result = evaluate(postings, (text) => parseJobOffline({ text }).hard_skills);
    expect(result.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    expect(result.precision).toBeGreaterThan(0.5);
    expect(result.recall).toBeGreaterThan(0.5);
  });
});

describe("exact rule", () => {
  it(`the offline job agent's skill terms reach exact-rule F1 >= ${EXACT_F1_FLOOR}`, () => {
    const postings = loadSkillSpan(fixturePath("skillspan", "dev.json"));
    const result = evaluateExact(postings, (text) => (parseJobOffline({ text }).hard_skill_terms ?? []).map((t) => t.term));
    expect(result.f1).toBeGreaterThanOrEqual(EXACT_F1_FLOOR);
  });

  it("normalises both sides and counts exact string matches only", () => {
    expect(exactKey("Spring Framework )")).toBe("spring framework");
    expect(exactKey("&IBM MQ )")).toBe("ibm mq");
    expect(exactKey("C#/.NET")).toBe("c#/.net");
    const postings = [{ idx: 1, text: "", gold: ["Java", "Spring Framework )", "amazon-web-services"] }];
    const result = evaluateExact(postings, () => ["java", "Spring", "Amazon-Web-Services", "Kafka"]);
    expect(result).toMatchObject({ predicted: 4, gold: 3, truePositivePredictions: 2 });
    expect(result.precision).toBeCloseTo(0.5);
    expect(result.recall).toBeCloseTo(2 / 3);
  });
});
