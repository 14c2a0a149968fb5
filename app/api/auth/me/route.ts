import { publicUserSchema } from "@/core/schemas/user";
import { authedRoute, serve } from "@/lib/http/route";
import { getAccount } from "@/lib/auth/accounts";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute({ summary: "Who you are", reply: publicUserSchema }, async ({ user }) => getAccount({ userId: user.id })),
});
