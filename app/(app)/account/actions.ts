"use server";

import { authedAction } from "@/lib/auth/action";
import { changePassword, deleteAccount, signOutEverywhere } from "@/lib/auth/accounts";
import { changePasswordSchema, deleteAccountSchema, emptySchema } from "@/lib/auth/auth.validation";
import { endBrowserSession, startBrowserSession } from "@/lib/auth/browser-session";

/** Changes the password; every other session ends, this browser gets a fresh session under the new password. */
export const changePasswordAction = authedAction(changePasswordSchema, async (input, user) => {
  await changePassword({ userId: user.id, ...input });
  await startBrowserSession({ login: user.username, password: input.new_password });
  return { changed: true };
});

export const signOutEverywhereAction = authedAction(emptySchema, async (_input, user) => {
  await signOutEverywhere({ userId: user.id });
  return endBrowserSession("/login?signed_out=everywhere");
});

export const deleteAccountAction = authedAction(deleteAccountSchema, async (input, user) => {
  await deleteAccount({ userId: user.id, password: input.password });
  return endBrowserSession("/login?account=deleted");
});
