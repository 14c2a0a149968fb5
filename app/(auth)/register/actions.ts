"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/auth/action";
import { registerUser } from "@/lib/auth/accounts";
import { registerActionSchema } from "@/lib/auth/auth.validation";
import { startBrowserSession } from "@/lib/auth/browser-session";
import { clientAddress } from "@/lib/auth/client-address";
import { safeNextPath } from "@/lib/auth/safe-next";

export const registerAction = publicAction(registerActionSchema, async ({ next, ...input }) => {
  await registerUser(input, { address: clientAddress(await headers()) });
  await startBrowserSession({ login: input.username, password: input.password });
  redirect(safeNextPath(next));
});
