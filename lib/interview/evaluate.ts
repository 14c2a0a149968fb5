import "server-only";
import { consumeAiQuota } from "@/lib/quota/ai-quota";
import { runAgent } from "@/lib/workers/agents";
import { analyzeDelivery } from "@/agents/evaluation";
import { currentEngine } from "@/agents/engine";
import { isAiError } from "@/agents/errors";
import { AppError, isAppError } from "@/core/errors";
import { updateInterview } from "@/lib/db/interviews";
import { getTraitSummary, syncProfileTraits } from "@/lib/profile/traits";
import type { AnswerEvaluation } from "@/core/schemas/interview";
import { getInterview, type Interview } from "@/lib/interview/interviews";
import { overallScore, topItems } from "@/lib/interview/scores";
import { errorFields, log } from "@/core/log";
import { requestScope } from "@/core/request-context";

// Evaluating an interview (POST /api/interview/{id}/evaluate).
//
// Decisions:
// - Every answered question is evaluated concurrently (Promise.allSettled). An answer whose evaluation fails is
//   stored with status "failed" and the error's message; nothing is invented for it (no scores, no feedback).
//   Empty answers are "unanswered" (the agent makes no model call for them).
// - If EVERY answered question fails (the model is down), the AI error is returned (502/503/504) and the
//   interview is left exactly as it was: nothing half-saved.
// - With no answer at all there is nothing to evaluate: 422.
// - Coaching runs after the evaluations, with the user's recurring weaknesses, read from the running totals the
//   store keeps (never a scan of the history, so a long history costs nothing here). If coaching fails while some
//   evaluations succeeded, the evaluations are still saved (they are real work the user can read); the coaching
//   fields are left empty and `coaching_error` says why, so the report can offer a retry.
// - Everything is stored in ONE updateInterview; `answers` is never written (an autosave racing the
//   evaluation keeps its text). Running it again replaces the previous evaluation entirely.
// - The store updates the running totals in the same write (a re-evaluation replaces the interview's share, so it
//   is never counted twice); the profile's copy of the top traits follows (syncProfileTraits).

const RECURRING_WEAKNESSES = 10;

export async function evaluateInterview({ userId, id }: { userId: string; id: string }): Promise<Interview> {
  const interview = await getInterview({ userId, id });
  const answered = interview.questions.map((_, i) => (interview.answers[i] ?? "").trim() !== "");
  if (!answered.some(Boolean)) {
    throw new AppError("unprocessable", "Answer at least one question before asking for an evaluation.");
  }
  await consumeAiQuota({ userId });

  // Empty answers go through the agent too: it marks them "unanswered" without a model call.
  const settled = await Promise.allSettled(
    interview.questions.map((question, index) =>
      runAgent("evaluation", {
        question,
        key_points: interview.question_notes[index]?.key_points ?? [],
        reference_answer: interview.question_notes[index]?.reference_answer ?? null,
        category: interview.question_notes[index]?.category || undefined,
        answer: interview.answers[index] ?? "",
        role: interview.role,
        level: interview.level,
        type: interview.type,
      }),
    ),
  );

  const failures = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as unknown] : []));
  const okCount = settled.filter((s) => s.status === "fulfilled" && s.value.status === "ok").length;
  if (okCount === 0 && failures.length > 0) throw failures.find(isAiError) ?? failures[0];

  let engineInfo: { engine: string; model: string | null } = { engine: currentEngine(), model: null };
  let haveEngine = false;
  const evaluations: AnswerEvaluation[] = settled.map((s, index) => {
    const answer = interview.answers[index] ?? "";
    if (!answered[index] && s.status === "rejected") return unansweredEvaluation(index);
    if (s.status === "rejected") return failedEvaluation(index, answer, s.reason);
    const { engine, model, ...evaluation } = s.value;
    if (evaluation.status === "ok" && !haveEngine) {
      engineInfo = { engine, model: model ?? null };
      haveEngine = true;
    }
    return { ...evaluation, question_index: index };
  });

  const coaching = await coach(userId, interview, evaluations);
  const ok = evaluations.filter((e) => e.status === "ok");
  const info = coaching.result ? { engine: coaching.result.engine, model: coaching.result.model ?? null } : engineInfo;

  const saved = await updateInterview({
    userId,
    id,
    set: {
      evaluations,
      overall_score: overallScore(evaluations),
      strengths: topItems(ok.map((e) => e.strengths)),
      weaknesses: topItems(ok.map((e) => e.weaknesses)),
      feedback: coaching.result?.feedback ?? "",
      coaching_tips: coaching.result?.coaching_tips ?? [],
      focus_areas: coaching.result?.focus_areas ?? [],
      practice_plan: coaching.result?.practice_plan ?? [],
      coaching_error: coaching.error,
      engine: info.engine,
      model: info.model,
      evaluated_at: new Date().toISOString(),
      status: "evaluated",
    },
  });
  if (!saved) throw new AppError("not_found", "Interview not found."); // deleted while it was being evaluated

  try {
    await syncProfileTraits({ userId });
  } catch (error) {
    // The evaluation is saved; the profile summary is recomputed on the next evaluation.
    log().error(
      { event: "profile_traits_failed", after: "evaluation", reqId: requestScope()?.requestId, err: errorFields(error) },
      "profile traits not updated",
    );
  }
  return saved;
}

async function coach(userId: string, interview: Interview, evaluations: AnswerEvaluation[]) {
  try {
    const summary = await getTraitSummary({ userId, limit: RECURRING_WEAKNESSES });
    const result = await runAgent("coaching", {
      role: interview.role,
      level: interview.level,
      type: interview.type,
      evaluations,
      recurring_weaknesses: summary.weaknesses,
    });
    return { result, error: null };
  } catch (error) {
    if (!isAppError(error))
      log().error({ event: "coaching_failed", reqId: requestScope()?.requestId, err: errorFields(error) }, "coaching failed");
    return { result: null, error: failureMessage(error, "Coaching could not be written") };
  }
}

function unansweredEvaluation(index: number): AnswerEvaluation {
  return {
    question_index: index,
    status: "unanswered",
    overall_score: null,
    criteria: null,
    evidence: [],
    strengths: [],
    weaknesses: [],
    feedback: "",
    improved_answer: "",
    delivery: analyzeDelivery(""),
    error: null,
  };
}

function failedEvaluation(index: number, answer: string, reason: unknown): AnswerEvaluation {
  if (!isAppError(reason))
    log().error({ event: "evaluation_failed", reqId: requestScope()?.requestId, err: errorFields(reason) }, "evaluating an answer failed");
  return {
    question_index: index,
    status: "failed",
    overall_score: null,
    criteria: null,
    evidence: [],
    strengths: [],
    weaknesses: [],
    feedback: "",
    improved_answer: "",
    delivery: analyzeDelivery(answer), // measured from the answer's text in code, not by the model
    error: failureMessage(reason, "This answer could not be evaluated"),
  };
}

function failureMessage(error: unknown, fallback: string): string {
  return isAppError(error) ? error.message : `${fallback}. Please try again.`;
}
