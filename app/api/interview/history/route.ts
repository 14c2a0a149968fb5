import { z } from "zod";
import { interviewSummaryReplySchema, toInterviewSummaryReply } from "@/core/schemas/interview";
import { authedRoute, serve } from "@/lib/http/route";
import { listReply } from "@/lib/http/respond";
import { NEXT_PAGE_HEADER } from "@/lib/http/list-doc";
import { historyQuerySchema } from "@/lib/interview/interview.validation";
import { listInterviewHistory } from "@/lib/interview/interviews";

/** Newest first, as summaries (no answers or evaluations), in a plain array; the next page in the `Link` header. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute(
    {
      summary: "Your interviews",
      description: "Newest first, as summaries, in a plain array. When there are more, the `Link` header names the next page.",
      query: historyQuerySchema,
      reply: z.array(interviewSummaryReplySchema),
      replyHeaders: NEXT_PAGE_HEADER,
    },
    async ({ req, user, query }) => {
      const page = await listInterviewHistory({ userId: user.id, limit: query.limit, cursor: query.cursor });
      return listReply(req, { items: page.items.map(toInterviewSummaryReply), next_cursor: page.next_cursor });
    },
  ),
});
