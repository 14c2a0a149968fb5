import { describe, expect, it } from "vitest";
import { ev } from "@/tests/helpers/evaluations";
import { textSimilarity } from "../text/similarity";
import { offlineCoaching } from "./coaching";
import { WEAKNESS } from "./written-feedback";

const base = { role: "Backend Engineer", level: "mid" as const, type: "behavioral" as const };

function expectNoNearDuplicates(list: string[]) {
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) expect(textSimilarity(list[i], list[j]), `${list[i]}\n${list[j]}`).toBeLessThan(0.6);
}

describe("offline coaching: specific, never repeated", () => {
  const heavy = offlineCoaching({
    ...base,
    evaluations: [
      ev(0, { clarity: 6, structure: 4, depth: 5, examples: 2 }, [WEAKNESS.noResult, WEAKNESS.noExample, WEAKNESS.starIncomplete], 5),
      ev(1, { clarity: 6, structure: 4, depth: 5, examples: 3 }, [WEAKNESS.noResult, WEAKNESS.noExample, WEAKNESS.starIncomplete], 4),
      ev(2, { clarity: 7, structure: 5, depth: 6, examples: 3 }, [WEAKNESS.noResult, WEAKNESS.starIncomplete]),
    ],
    recurring_weaknesses: [
      { text: WEAKNESS.noResult, count: 6 },
      { text: "No measurable result", count: 3 },
      { text: WEAKNESS.noExample, count: 4 },
    ],
  });

  it("has no near-duplicate tips, focus areas or plan steps", () => {
    expectNoNearDuplicates(heavy.coaching_tips);
    expectNoNearDuplicates(heavy.focus_areas);
    expectNoNearDuplicates(heavy.practice_plan);
    expect(heavy.coaching_tips.length).toBeGreaterThanOrEqual(3);
  });

  it("merges recurring weaknesses worded differently and cites the total count and today's questions", () => {
    const quantify = heavy.coaching_tips.filter((t) => /measurable result/i.test(t));
    expect(quantify).toHaveLength(1);
    expect(quantify[0]).toMatch(/seen 9 times/);
    expect(quantify[0]).toMatch(/questions 1, 2 and 3/);
    expect(heavy.coaching_tips[0]).toBe(quantify[0]);
  });

  it("cites the criterion average and the questions behind it, with advice that fits the issue", () => {
    const star = heavy.coaching_tips.find((t) => /STAR/.test(t));
    expect(star).toMatch(/Structure averaged 4\.3\/10/);
    expect(star).toMatch(/questions 1, 2 and 3/);
    // Behavioural STAR problems get STAR advice, not the technical-answer template.
    expect(star).not.toMatch(/technical questions/);
    expect(heavy.coaching_tips.join(" ")).toMatch(/9 filler words/);
  });

  it("names the lowest criterion as such and only that one", () => {
    const r = offlineCoaching({
      ...base,
      type: "technical",
      evaluations: [ev(0, { clarity: 8, structure: 7, depth: 4, examples: 6 }), ev(1, { clarity: 8, structure: 7, depth: 5, examples: 6 })],
      recurring_weaknesses: [],
    });
    expect(r.coaching_tips[0]).toMatch(/^Depth averaged 4\.5\/10, your lowest score\./);
    expect(r.coaching_tips.filter((t) => /your lowest score/.test(t))).toHaveLength(1);
    expectNoNearDuplicates(r.coaching_tips);
  });

  it("groups a model's own weakness wording by similarity", () => {
    const r = offlineCoaching({
      ...base,
      evaluations: [
        ev(0, { clarity: 7, structure: 7, depth: 7, examples: 7 }, ["Talks about the team but not their personal contribution."]),
        ev(1, { clarity: 7, structure: 7, depth: 7, examples: 7 }, ["Talks about the team, not their own personal contribution."]),
      ],
      recurring_weaknesses: [],
    });
    const personal = r.coaching_tips.filter((t) => /personal contribution/.test(t));
    expect(personal).toHaveLength(1);
    expect(personal[0]).toMatch(/questions 1 and 2/);
  });
});
