import { AI_ERRORS } from "@/core/errors";
import { generatedQuestionsReplySchema } from "@/core/schemas/interview";
import { authedRoute } from "@/lib/http/route";
import { generateInterviewRequestSchema } from "@/lib/interview/interview.validation";
import { generateQuestions } from "@/lib/interview/generate";

/** POST /api/interview/generate, also served at the original client's /api/vapi/generate. */
export const generateRoute = authedRoute(
  {
    summary: "Generate interview questions",
    description: "For a role, level, type and tech stack, or for a saved application (`application_id`).",
    body: generateInterviewRequestSchema,
    reply: generatedQuestionsReplySchema,
    errors: ["not_found", "rate_limited", ...AI_ERRORS],
  },
  async ({ user, body }) => ({ ...(await generateQuestions({ userId: user.id, input: body })), success: true as const }),
);
