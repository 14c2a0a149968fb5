import type { AnswerEvaluation, Criteria } from "@/core/schemas/interview";

/**
 * A stored answer evaluation for tests: `criteria` null means the question went unanswered.
 * overall_score is the mean of the four criteria rounded to one decimal, as the evaluation agent computes it.
 */
export function ev(question_index: number, criteria: Criteria | null, weaknesses: string[] = [], fillers = 0): AnswerEvaluation {
  const overall = criteria
    ? Math.round(((criteria.clarity + criteria.structure + criteria.depth + criteria.examples) / 4) * 10) / 10
    : null;
  return {
    question_index,
    status: criteria ? "ok" : "unanswered",
    overall_score: overall,
    criteria,
    evidence: [],
    strengths: [],
    weaknesses,
    feedback: "",
    improved_answer: "",
    delivery: {
      word_count: criteria ? 120 : 0,
      filler_words: fillers,
      filler_terms: [],
      estimated_speaking_seconds: criteria ? 51 : 0,
      average_sentence_words: 15,
    },
  };
}

/** An answer evaluated "ok" with every criterion at `score`, noting the given traits. */
export function scoredEvaluation(score: number, strengths: string[] = [], weaknesses: string[] = []): AnswerEvaluation {
  return { ...ev(0, { clarity: score, structure: score, depth: score, examples: score }, weaknesses), overall_score: score, strengths };
}
