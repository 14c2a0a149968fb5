"use client";

import { useDraftSlots } from "@/components/drafts/use-draft-slots";
import { apiRequest } from "@/lib/api-client/request";
import { mergeText } from "@/lib/drafts/merge-text";
import { interviewAnswersReplySchema, type InterviewAnswersReply } from "@/core/schemas/interview-reply";

// The practice page's answers as drafts that cannot go backwards (components/drafts/use-draft-slots): one slot per
// answer, saved with PATCH {answer: {index, text, base_revision}}.

export function useAnswerDrafts({ interviewId, answers, revisions }: { interviewId: string; answers: string[]; revisions: number[] }) {
  const url = `/api/interview/${interviewId}`;
  return useDraftSlots<string>({
    scope: ["interview", interviewId],
    server: answers.map((value, i) => ({ value, revision: revisions[i] ?? 0 })),
    isValue: (v): v is string => typeof v === "string",
    equal: (a, b) => a === b,
    merge: mergeText,
    save: async (index, text, base_revision, { keepalive }) => {
      const reply = await apiRequest(url, interviewAnswersReplySchema, {
        method: "PATCH",
        body: { answer: { index, text, base_revision } },
        keepalive,
        // A save on the way out must not navigate; the draft stays on the device for the next visit.
        onUnauthorized: keepalive ? "throw" : "sign-in",
      });
      return revisionOf(reply, index);
    },
    fetchServer: async () => {
      const reply = await apiRequest(url, interviewAnswersReplySchema);
      return answers.map((_, i) => ({ value: reply.answers[i] ?? "", revision: revisionOf(reply, i) }));
    },
  });
}

function revisionOf(reply: Pick<InterviewAnswersReply, "answer_revisions">, index: number): number {
  return reply.answer_revisions?.[String(index)] ?? 0;
}
