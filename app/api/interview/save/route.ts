import { interviewReplySchema, toInterviewReply } from "@/core/schemas/interview";
import { authedRoute, serve } from "@/lib/http/route";
import { saveInterviewSchema } from "@/lib/interview/interview.validation";
import { saveInterview } from "@/lib/interview/interviews";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    { summary: "Start (save) an interview", body: saveInterviewSchema, reply: interviewReplySchema, status: 201, errors: ["not_found"] },
    async ({ user, body }) => toInterviewReply(await saveInterview({ userId: user.id, input: body })),
  ),
});
