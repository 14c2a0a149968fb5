import { authedRoute } from "@/lib/http/route";
import { noContent } from "@/lib/http/respond";
import { deleteAccountSchema } from "@/lib/auth/auth.validation";
import { deleteAccount } from "@/lib/auth/accounts";

// Deletes the caller's account and every document they own (the password is required).
export const DELETE = authedRoute({ body: deleteAccountSchema }, async ({ user, body }) => {
  await deleteAccount({ userId: user.id, password: body.password });
  return noContent();
});
