import { describe, expect, it } from "vitest";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { ev } from "@/tests/helpers/evaluations";
import { runCoachingAgent } from "./coaching";
import { criterionForWeakness } from "./offline/coaching-issues";

const base = { role: "Backend Engineer", level: "mid" as const, type: "mixed" as const };

describe("coaching agent (offline)", () => {
  it("prioritises recurring weaknesses, then the lowest criteria; plan and focus areas follow", async () => {
    const evaluations = [
      ev(0, { clarity: 8, structure: 7, depth: 6, examples: 3 }, ["No measurable result: the outcome is not quantified."]),
      ev(1, { clarity: 7, structure: 6, depth: 5, examples: 2 }, ["No measurable result: the outcome is not quantified."]),
      ev(2, { clarity: 8, structure: 8, depth: 7, examples: 4 }),
      ev(3, null),
    ];
    const r = await runCoachingAgent({
      ...base,
      evaluations,
      recurring_weaknesses: [
        { text: "Frequent filler words weaken the delivery.", count: 2 },
        { text: "The story is missing parts of the STAR structure (situation, task, action, result).", count: 5 },
      ],
    });
    expect(r.engine).toBe("offline");
    expect(r.model).toBeNull();
    expect(r.coaching_tips[0]).toMatch(/seen 5 times/);
    expect(r.coaching_tips[0]).toMatch(/STAR/);
    expect(r.coaching_tips.join(" ")).toMatch(/number|measurable/i);
    expect(r.coaching_tips.join(" ")).toMatch(/skipped 1 question/);
    expect(r.focus_areas[0]).toMatch(/^Examples \(3\/10\)/);
    expect(r.focus_areas.length).toBeGreaterThanOrEqual(2);
    expect(r.practice_plan.length).toBeGreaterThanOrEqual(3);
    expect(r.practice_plan.length).toBeLessThanOrEqual(5);
    expect(r.practice_plan[0]).toMatch(/question 2/);
    expect(r.feedback).toMatch(/3 answered questions \(1 skipped\)/);
    expect(r.coaching_tips.length).toBeLessThanOrEqual(6);
    expect(new Set(r.coaching_tips).size).toBe(r.coaching_tips.length);
  });

  it("nothing answered: says so, no scores invented", async () => {
    const r = await runCoachingAgent({ ...base, evaluations: [ev(0, null), ev(1, null)], recurring_weaknesses: [] });
    expect(r.feedback).toMatch(/None of the questions were answered/);
    expect(r.focus_areas).toEqual(["Answering every question"]);
    expect(r.feedback).not.toMatch(/\/10/);
  });

  it("maps weakness texts to criteria", () => {
    expect(criterionForWeakness("Frequent filler words weaken the delivery.")).toBe("clarity");
    expect(criterionForWeakness("No measurable result")).toBe("examples");
    expect(criterionForWeakness("Missing the STAR structure")).toBe("structure");
    expect(criterionForWeakness("Decisions are described without the reasoning or trade-offs behind them.")).toBe("depth");
  });
});

describe("coaching agent (gemini via fake server)", () => {
  const fake = setupFakeGemini({ timeoutMs: 2000 });

  it("sends computed averages and recurring weaknesses with counts; returns the model's advice", async () => {
    fake.enqueue({
      json: {
        feedback: "Good.",
        coaching_tips: ["Quantify results", "Quantify results", "Use STAR"],
        focus_areas: ["Examples"],
        practice_plan: ["Write stories", "Practise"],
      },
    });
    const r = await runCoachingAgent({
      ...base,
      evaluations: [ev(0, { clarity: 8, structure: 6, depth: 6, examples: 4 }, ["No numbers"]), ev(1, null)],
      recurring_weaknesses: [{ text: "No measurable result", count: 4 }],
    });
    expect(r).toMatchObject({
      engine: "gemini",
      model: "fake-gemini",
      coaching_tips: ["Quantify results", "Use STAR"],
      focus_areas: ["Examples"],
    });
    const prompt = fake.requests[0].prompt;
    expect(prompt).toContain("clarity 8, structure 6, depth 6, examples 4");
    expect(prompt).toMatch(/<<<BEGIN UNTRUSTED RECURRING [0-9a-f]+>>>\n4× No measurable result/);
    expect(prompt).toContain("Q2: unanswered");
  });

  it("model failure → AiError", async () => {
    fake.enqueue({ blocked: "SAFETY" });
    await expect(
      runCoachingAgent({ ...base, evaluations: [ev(0, { clarity: 8, structure: 6, depth: 6, examples: 4 })], recurring_weaknesses: [] }),
    ).rejects.toMatchObject({ code: "ai_blocked" });
  });
});
