// What the browser reads from interview replies, in zod/mini so a page's bundle stays small (see lib/api-client).
// The server's own types are in ./interview.ts; these describe the same fields, and a test keeps them in step.
import * as z from "zod/mini";

/** The parts of GET/PATCH /api/interview/{id} a practice page keeps in step with: answers and their revisions. */
export const interviewAnswersReplySchema = z.object({
  id: z.string(),
  answers: z.array(z.string()),
  answer_revisions: z.optional(z.record(z.string(), z.number())),
});
export type InterviewAnswersReply = z.infer<typeof interviewAnswersReplySchema>;
