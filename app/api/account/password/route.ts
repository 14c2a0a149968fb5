import { authedRoute } from "@/lib/http/route";
import { noContent } from "@/lib/http/respond";
import { changePasswordSchema } from "@/lib/auth/auth.validation";
import { changePassword } from "@/lib/auth/accounts";

// Changes the password; every session and token issued before (this one included) stops working.
export const POST = authedRoute({ body: changePasswordSchema }, async ({ user, body }) => {
  await changePassword({ userId: user.id, ...body });
  return noContent();
});
