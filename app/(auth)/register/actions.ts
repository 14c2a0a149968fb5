"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAppError } from "@/core/errors";
import { publicAction } from "@/lib/auth/action";
import { registerUser } from "@/lib/auth/accounts";
import { registerActionSchema } from "@/lib/auth/auth.validation";
import { startBrowserSession } from "@/lib/auth/browser-session";
import { clientAddress } from "@/lib/auth/client-address";
import { loginPathFor, safeNextPath } from "@/lib/auth/safe-next";

export const registerAction = publicAction(registerActionSchema, async ({ next, ...input }) => {
  await registerUser(input, { address: clientAddress(await headers()) });
  try {
    await startBrowserSession({ login: input.username, password: input.password });
  } catch (error) {
    // The e-mail address already had an account, so none was made (registerUser does not say so): send the
    // visitor to sign in, with a notice that covers both cases, rather than an error that would tell.
    if (!isAppError(error) || error.code !== "unauthorized") throw error;
    const login = loginPathFor(safeNextPath(next));
    redirect(`${login}${login.includes("?") ? "&" : "?"}registered=1`);
  }
  redirect(safeNextPath(next));
});
