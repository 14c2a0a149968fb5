import { authedRoute } from "@/lib/http/route";
import { generateInterviewSchema } from "@/lib/interview/interview.validation";
import { generateQuestions } from "@/lib/interview/generate";

export const POST = authedRoute({ body: generateInterviewSchema }, async ({ user, body }) =>
  generateQuestions({ userId: user.id, input: body }),
);
