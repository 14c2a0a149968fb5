import { authedRoute } from "@/lib/http/route";
import { idParamsSchema } from "@/core/schemas/common";
import { evaluateInterview } from "@/lib/interview/evaluate";

// Evaluating up to 20 answers with a real model can take a while.
export const maxDuration = 120;

export const POST = authedRoute({ params: idParamsSchema }, async ({ user, params }) =>
  evaluateInterview({ userId: user.id, id: params.id }),
);
