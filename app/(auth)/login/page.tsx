import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { getOptionalUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// `error`/`code` come from next-auth's own endpoint when a sign-in is posted without JavaScript.
const ERRORS: Record<string, string> = {
  rate_limited: "Too many attempts. Please wait a few minutes and try again.",
  invalid_credentials: "Incorrect username or password.",
  credentials: "Incorrect username or password.",
};

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const nextRaw = typeof params.next === "string" ? params.next : undefined;
  const next = nextRaw ? safeNextPath(nextRaw, "") || undefined : undefined;
  if (await getOptionalUser()) redirect(safeNextPath(next));
  const code = typeof params.code === "string" ? params.code : typeof params.error === "string" ? "credentials" : undefined;
  const initialError = code ? (ERRORS[code] ?? ERRORS.credentials) : undefined;
  const registered = params.registered === "1";
  const notice =
    params.signed_out === "everywhere"
      ? "You have been signed out on every device."
      : params.account === "deleted"
        ? "Your account has been deleted."
        : registered
          ? "Please sign in. If you already had an account with this e-mail address, sign in with that account."
          : null;
  return (
    <AuthCard title="Sign in" description="Welcome back. Sign in to continue practising.">
      {notice && (
        <Alert tone={registered ? "info" : "success"} className="mb-4">
          {notice}
        </Alert>
      )}
      <LoginForm next={next} initialError={initialError} />
    </AuthCard>
  );
}
