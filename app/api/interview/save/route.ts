import { authedRoute } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { saveInterviewSchema } from "@/lib/interview/interview.validation";
import { saveInterview } from "@/lib/interview/interviews";

export const POST = authedRoute({ body: saveInterviewSchema }, async ({ user, body }) =>
  json(await saveInterview({ userId: user.id, input: body }), 201),
);
