"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { registerSchema } from "@/lib/auth/auth.validation";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { registerAction } from "@/app/(auth)/register/actions";
import { applyActionErrors } from "@/components/auth/apply-action-result";
import { AuthField } from "@/components/auth/auth-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Values = z.input<typeof registerSchema>;

const USERNAME_HINT = "3–32 characters: lower-case letters, digits, '_', '.' or '-'.";
const PASSWORD_HINT = `${PASSWORD_MIN}–${PASSWORD_MAX} characters. Common passwords are not accepted; a long phrase works well.`;

export function RegisterForm({ next }: { next?: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { email: "", username: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await registerAction({ ...values, next });
    if (result?.status === "error") setFormError(applyActionErrors(result, ["email", "username", "password"], form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <AuthField id="email" label="E-mail" type="email" autoComplete="email" error={errors.email} registration={form.register("email")} />
      <AuthField
        id="username"
        label="Username"
        hint={USERNAME_HINT}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.username}
        registration={form.register("username")}
      />
      <AuthField
        id="password"
        label="Password"
        hint={PASSWORD_HINT}
        password
        autoComplete="new-password"
        error={errors.password}
        registration={form.register("password")}
      />
      <Button type="submit" pending={isSubmitting} className="w-full">
        {isSubmitting ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-ink-muted dark:text-ink-dark-muted">
        Already have an account?{" "}
        <Link
          href={next ? `/login?next=${encodeURIComponent(next)}` : "/login"}
          className="font-medium text-brand-600 hover:underline dark:text-brand-300"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
