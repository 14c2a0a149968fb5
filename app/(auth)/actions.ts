"use server";

import { publicAction } from "@/lib/auth/action";
import { emptySchema } from "@/lib/auth/auth.validation";
import { endBrowserSession } from "@/lib/auth/browser-session";

// Signing out needs no valid session (a stale cookie must still be clearable), so it is a public action.
export const signOutAction = publicAction(emptySchema, async () => endBrowserSession("/"));
