"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, registerSchema } from "@/lib/auth/auth.validation";
import { registerAction } from "@/app/(auth)/register/actions";
import { applyActionErrors } from "@/components/auth/apply-action-result";
import { PasswordInput } from "@/components/auth/password-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Values = z.input<typeof registerSchema>;

const USERNAME_HINT = "3–32 characters: lower-case letters, digits, '_', '.' or '-'.";
const PASSWORD_HINT = `${PASSWORD_MIN}–${PASSWORD_MAX} characters. Common passwords are not accepted; a long phrase works well.`;

export function RegisterForm({ next }: { next?: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(registerSchema), defaultValues: { email: "", username: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await registerAction({ ...values, next });
    if (result?.status === "error") setFormError(applyActionErrors(result, ["email", "username", "password"], form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field id="email" label="E-mail" error={errors.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          aria-invalid={!!errors.email}
          aria-describedby={describedBy("email", undefined, errors.email)}
          {...form.register("email")}
        />
      </Field>
      <Field id="username" label="Username" hint={USERNAME_HINT} error={errors.username?.message}>
        <Input
          id="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={!!errors.username}
          aria-describedby={describedBy("username", USERNAME_HINT, errors.username)}
          {...form.register("username")}
        />
      </Field>
      <Field id="password" label="Password" hint={PASSWORD_HINT} error={errors.password?.message}>
        <PasswordInput
          id="password"
          autoComplete="new-password"
          aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", PASSWORD_HINT, errors.password)}
          {...form.register("password")}
        />
      </Field>
      <Button type="submit" pending={isSubmitting} className="w-full">
        {isSubmitting ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-ink-muted dark:text-ink-dark-muted">
        Already have an account?{" "}
        <Link href={next ? `/login?next=${encodeURIComponent(next)}` : "/login"} className="font-medium text-brand-600 hover:underline dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
