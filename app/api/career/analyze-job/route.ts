import { AI_ERRORS } from "@/core/errors";
import { jobReplySchema, toJobReply } from "@/core/schemas/job";
import { authedRoute, serve } from "@/lib/http/route";
import { analyzeJob } from "@/lib/career/analyze";
import { analyzeJobSchema } from "@/lib/career/career.validation";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Analyse a job posting",
      description: "From its URL (fetched by the server; private addresses refused) or its pasted text.",
      body: analyzeJobSchema,
      reply: jobReplySchema,
      errors: ["unprocessable", ...AI_ERRORS],
    },
    async ({ body, user }) => toJobReply(await analyzeJob({ userId: user.id, ...body })),
  ),
});
