import { authedRoute } from "@/lib/http/route";
import { historyQuerySchema } from "@/lib/interview/interview.validation";
import { listInterviewHistory } from "@/lib/interview/interviews";

/** Newest first, as summaries (no answers or evaluations): `{items, next_cursor}`. */
export const GET = authedRoute({ query: historyQuerySchema }, async ({ user, query }) =>
  listInterviewHistory({ userId: user.id, limit: query.limit, cursor: query.cursor }),
);
