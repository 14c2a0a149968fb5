import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";
import { getOptionalUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? safeNextPath(params.next, "") || undefined : undefined;
  if (await getOptionalUser()) redirect(safeNextPath(next));
  return (
    <AuthCard title="Create your account" description="Practise interviews and tailor every application. Free, and your data stays yours.">
      <RegisterForm next={next} />
    </AuthCard>
  );
}
