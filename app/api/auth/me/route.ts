import { authedRoute } from "@/lib/http/route";
import { getAccount } from "@/lib/auth/accounts";

export const runtime = "nodejs";

export const GET = authedRoute({}, async ({ user }) => getAccount({ userId: user.id }));
