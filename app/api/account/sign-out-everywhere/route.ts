import { authedRoute } from "@/lib/http/route";
import { noContent } from "@/lib/http/respond";
import { signOutEverywhere } from "@/lib/auth/accounts";

export const POST = authedRoute({}, async ({ user }) => {
  await signOutEverywhere({ userId: user.id });
  return noContent();
});
