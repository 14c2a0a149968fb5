import { z } from "zod";
import { applicationReplySchema, toApplicationReply } from "@/core/schemas/career";
import { authedRoute, serve } from "@/lib/http/route";
import { listReply } from "@/lib/http/respond";
import { listUserApplications } from "@/lib/career/applications";
import { applicationsApiQuerySchema } from "@/lib/career/career.validation";
import { NEXT_PAGE_HEADER } from "@/lib/http/list-doc";

/** Newest first, as a plain array; optional filters `status` and `company`; the next page in the `Link` header. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute(
    {
      summary: "Your saved applications",
      description: "Newest first, as a plain array. When there are more, the `Link` header names the next page.",
      query: applicationsApiQuerySchema,
      reply: z.array(applicationReplySchema),
      replyHeaders: NEXT_PAGE_HEADER,
    },
    async ({ req, user, query }) => {
      const page = await listUserApplications({ userId: user.id, query });
      return listReply(req, { items: page.items.map(toApplicationReply), next_cursor: page.next_cursor });
    },
  ),
});
