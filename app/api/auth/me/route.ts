import { authedRoute } from "@/lib/http/route";
import { getAccount } from "@/lib/auth/accounts";

export const GET = authedRoute({}, async ({ user }) => getAccount({ userId: user.id }));
