"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/auth/action";
import { loginActionSchema } from "@/lib/auth/auth.validation";
import { startBrowserSession } from "@/lib/auth/browser-session";
import { safeNextPath } from "@/lib/auth/safe-next";

export const loginAction = publicAction(loginActionSchema, async (input) => {
  await startBrowserSession({ login: input.username, password: input.password });
  redirect(safeNextPath(input.next));
});
