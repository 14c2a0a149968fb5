import "server-only";
import { AppError } from "@/core/errors";
import type { InterviewDoc } from "@/core/schemas/interview";
import type { Page } from "@/core/schemas/common";
import { getApplicationById, updateApplication } from "@/lib/db/applications";
import {
  createInterview,
  deleteInterview,
  getInterviewById,
  listInterviewSummaries,
  setInterviewAnswer,
  updateInterview,
} from "@/lib/db/interviews";
import type { PatchInterviewInput, SaveInterviewInput } from "@/lib/interview/interview.validation";
import { syncProfileTraits } from "@/lib/profile/traits";
import type { InterviewSummary } from "@/lib/interview/summary";
import { errorFields, log } from "@/core/log";
import { requestScope } from "@/core/request-context";

// The interview's life cycle apart from generation and evaluation. Every call is scoped to the owner:
// a foreign or unknown id is a 404, never a 403.

/** The stored interview plus the one field this module adds: why coaching is missing when it failed. */
export type Interview = InterviewDoc;

export async function getInterview({ userId, id }: { userId: string; id: string }): Promise<Interview> {
  const doc = await findInterview({ userId, id });
  if (!doc) throw new AppError("not_found", "Interview not found.");
  return doc;
}

/** The owner's interview, or null for a foreign or unknown id (pages answer that with their own not-found page). */
export function findInterview({ userId, id }: { userId: string; id: string }): Promise<Interview | null> {
  return getInterviewById({ userId, id });
}

export async function saveInterview({ userId, input }: { userId: string; input: SaveInterviewInput }): Promise<Interview> {
  const applicationId = input.application_id ?? null;
  if (applicationId && !(await getApplicationById({ userId, id: applicationId }))) {
    throw new AppError("not_found", "Application not found.");
  }
  const answers = input.questions.map((_, i) => input.answers[i] ?? "");
  const notes = input.questions.map((_, i) => input.question_notes?.[i] ?? { category: "", key_points: [] });
  const doc = await createInterview({
    userId,
    data: {
      questions: input.questions,
      answers,
      question_notes: notes,
      role: input.role,
      level: input.level,
      type: input.type,
      techstack: input.techstack,
      application_id: applicationId,
      status: "in_progress",
    },
  });
  if (applicationId) await linkToApplication({ userId, applicationId, interviewId: doc.id });
  return doc;
}

export async function patchInterview({
  userId,
  id,
  input,
}: {
  userId: string;
  id: string;
  input: PatchInterviewInput;
}): Promise<Interview> {
  const current = await getInterview({ userId, id });
  const count = current.questions.length;
  let doc: Interview | null = current;
  if (input.answer) {
    if (input.answer.index >= count) {
      throw new AppError("validation_failed", undefined, {
        errors: [{ path: "answer.index", message: `This interview has ${count} questions` }],
      });
    }
    // One array element, atomically: two tabs (or a keepalive save racing a debounced one) never clobber each other.
    // With base_revision, a save typed on an older copy of this answer is refused (409) instead of overwriting it.
    const { index, text, base_revision: baseRevision } = input.answer;
    doc = await setInterviewAnswer({ userId, id, index, text, baseRevision });
  }
  if (input.answers) {
    if (input.answers.length > count) {
      throw new AppError("validation_failed", undefined, {
        errors: [{ path: "answers", message: `This interview has ${count} questions` }],
      });
    }
    const answers = count ? current.questions.map((_, i) => input.answers![i] ?? "") : [];
    // Replacing every answer is a new revision of each, so a page still holding an older copy cannot save over it.
    const answer_revisions = Object.fromEntries(answers.map((_, i) => [String(i), (current.answer_revisions?.[String(i)] ?? 0) + 1]));
    doc = await updateInterview({ userId, id, set: { answers, answer_revisions } });
  }
  // Finishing marks a practice session complete; an evaluated interview stays evaluated.
  if (input.status === "completed" && doc && doc.status === "in_progress") {
    doc = await updateInterview({ userId, id, set: { status: "completed" } });
  }
  if (!doc) throw new AppError("not_found", "Interview not found.");
  return doc;
}

export async function listInterviewHistory({
  userId,
  limit,
  cursor,
}: {
  userId: string;
  limit: number;
  cursor?: string | null;
}): Promise<Page<InterviewSummary>> {
  return listInterviewSummaries({ userId, limit, cursor: cursor ?? null });
}

/**
 * Deletes the interview. The store takes an evaluated one out of the running totals in the same write; the
 * profile's copy of the top traits follows (no write when it did not change).
 */
export async function removeInterview({ userId, id }: { userId: string; id: string }): Promise<void> {
  if (!(await deleteInterview({ userId, id }))) throw new AppError("not_found", "Interview not found.");
  try {
    await syncProfileTraits({ userId });
  } catch (error) {
    log().error(
      { event: "profile_traits_failed", after: "delete", reqId: requestScope()?.requestId, err: errorFields(error) },
      "profile traits not updated",
    );
  }
}

// The application lists the interviews practised for it (read-modify-write: a lost link is harmless, the
// interview keeps its own application_id).
async function linkToApplication({ userId, applicationId, interviewId }: { userId: string; applicationId: string; interviewId: string }) {
  const app = await getApplicationById({ userId, id: applicationId });
  if (!app) return;
  const ids = new Set(app.interview_ids ?? []);
  ids.add(interviewId);
  await updateApplication({ userId, id: applicationId, set: { interview_ids: [...ids] } });
}
