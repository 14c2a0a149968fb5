import type { ReactNode } from "react";
import { headers } from "next/headers";
import { requirePageUser } from "@/lib/auth/current-user";
import { PATH_HEADER } from "@/lib/auth/protected-paths";

// Every page in the (app) group needs a signed-in user whose session is current (signature, expiry,
// session_version checked against the store). Anonymous visitors go to /login?next=<the page they asked for>.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get(PATH_HEADER) ?? "/dashboard";
  await requirePageUser(path);
  return children;
}
