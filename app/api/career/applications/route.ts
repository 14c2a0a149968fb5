import { authedRoute } from "@/lib/http/route";
import { listUserApplications } from "@/lib/career/applications";
import { listApplicationsQuerySchema } from "@/lib/career/career.validation";

/** Newest first; optional filters `status` and `company` (case-insensitive part of the company name). */
export const GET = authedRoute({ query: listApplicationsQuerySchema }, async ({ user, query }) =>
  listUserApplications({ userId: user.id, query }),
);
