import { z } from "zod";
import { meanCriteria, presentCriteria } from "@/core/rubric";
import type { Criteria } from "@/core/schemas/interview";
import { currentEngine, type Engine } from "./engine";
import { generateStructured, prepareStructuredSchema } from "./gateway";
import { untrustedBlock } from "./prompt";
import { offlineCoaching } from "./offline/coaching";
import type { CoachingAdvice, CoachingInput } from "./offline/coaching-session";
import { dedupeSimilar } from "./text/similarity";
import { round1 } from "./text/words";
import { observeAgent } from "./observe";

// The coaching agent: this interview's evaluations + the user's recurring weaknesses (with counts) → prioritised tips,
// focus areas, a short practice plan and overall feedback. Averages are computed in code for both engines.

export type { CoachingInput } from "./offline/coaching-session";
export type CoachingResult = CoachingAdvice & { engine: Engine; model: string | null };

export const runCoachingAgent = observeAgent("coaching", coachingAgent);

async function coachingAgent(input: CoachingInput): Promise<CoachingResult> {
  const engine = currentEngine();
  const answered = (input.evaluations ?? []).filter((e) => e.status === "ok" && e.criteria);
  // Nothing was answered: there is nothing for a model to coach on; the rule-based advice says so without a call.
  if (engine === "offline" || answered.length === 0) return { ...offlineCoaching(input), engine: "offline", model: null };
  return geminiCoaching(input);
}

export const coachingModelSchema = z.object({
  feedback: z.string().min(1).max(1500),
  coaching_tips: z.array(z.string().min(3).max(400)).min(1).max(8),
  focus_areas: z.array(z.string().min(2).max(200)).min(1).max(5),
  practice_plan: z.array(z.string().min(3).max(400)).min(1).max(6),
});
// Once at module load: the JSON Schema sent to Gemini and zod's parser for the reply (see agents/gateway.ts).
prepareStructuredSchema(coachingModelSchema, {
  feedback: "Warm-up.",
  coaching_tips: ["Warm-up."],
  focus_areas: ["Warm-up"],
  practice_plan: ["Warm-up."],
});

const SYSTEM = [
  "You are an interview coach writing the end-of-session advice for a candidate after a mock interview.",
  "Base everything on the figures and weaknesses given; do not invent events or scores.",
  "coaching_tips: 3 to 6 concrete tips, most important first; give priority to weaknesses that recur across sessions (higher counts first) and to the lowest-scoring criteria.",
  "focus_areas: 2 to 4 short labels of what to work on. practice_plan: 3 to 5 short, doable steps for the next week, in order.",
  "feedback: 2 to 4 sentences addressed to the candidate as 'you'.",
].join(" ");

async function geminiCoaching(input: CoachingInput): Promise<CoachingResult> {
  const evaluations = input.evaluations ?? [];
  const answered = evaluations.filter((e) => e.status === "ok" && e.criteria);
  const meanOf = meanCriteria(answered.map((e) => e.criteria as Criteria));
  const means = meanOf ? presentCriteria(meanOf).map((k) => `${k} ${round1(meanOf[k] ?? 0)}`) : [];
  const overall = round1(answered.reduce((s, e) => s + (e.overall_score ?? 0), 0) / answered.length);
  const perQuestion = evaluations
    .map((e) =>
      e.status === "ok"
        ? `Q${e.question_index + 1}: ${e.overall_score}/10; weaknesses: ${e.weaknesses.slice(0, 4).join(" | ") || "none"}; fillers ${e.delivery?.filler_words ?? 0}, ${e.delivery?.word_count ?? 0} words`
        : `Q${e.question_index + 1}: ${e.status}`,
    )
    .join("\n");
  const recurring = [...(input.recurring_weaknesses ?? [])]
    .sort((a, b) => b.count - a.count)
    .slice(0, 12)
    .map((w) => `${w.count}× ${w.text}`)
    .join("\n");

  const prompt = [
    `Role: ${input.role || "not given"} · Level: ${input.level} · Interview type: ${input.type}`,
    `Computed averages (0–10): overall ${overall}; ${means.join(", ")}. Answered ${answered.length} of ${evaluations.length}.`,
    `Per question:\n${untrustedBlock("evaluations", perQuestion.slice(0, 8000))}`,
    recurring
      ? `Recurring weaknesses from the candidate's recent sessions (count × text):\n${untrustedBlock("recurring", recurring.slice(0, 4000))}`
      : "No recurring weaknesses from earlier sessions.",
    "Return the JSON object now.",
  ].join("\n\n");

  const { data, model } = await generateStructured({
    schema: coachingModelSchema,
    system: SYSTEM,
    prompt,
    maxOutputTokens: 1500,
    temperature: 0.4,
  });
  // Near-duplicates (the same advice in other words) are dropped, keeping the first, as for the offline engine.
  const clean = (list: string[], n: number) => dedupeSimilar(list).slice(0, n);
  return {
    feedback: data.feedback.trim(),
    coaching_tips: clean(data.coaching_tips, 6),
    focus_areas: clean(data.focus_areas, 4),
    practice_plan: clean(data.practice_plan, 5),
    engine: "gemini",
    model,
  };
}
