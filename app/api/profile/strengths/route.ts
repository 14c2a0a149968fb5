import { authedRoute } from "@/lib/http/route";
import { getTraitSummary } from "@/lib/profile/traits";

export const dynamic = "force-dynamic";

/** GET /api/profile/strengths — strengths and weaknesses with counts, average criterion scores, interviews evaluated. */
export const GET = authedRoute({}, async ({ user }) => getTraitSummary({ userId: user.id }));
