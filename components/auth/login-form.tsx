"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { loginSchema } from "@/lib/auth/auth.validation";
import { loginAction } from "@/app/(auth)/login/actions";
import { applyActionErrors } from "@/components/auth/apply-action-result";
import { AuthField } from "@/components/auth/auth-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Values = z.input<typeof loginSchema>;

export function LoginForm({ next, initialError }: { next?: string; initialError?: string }) {
  const [formError, setFormError] = useState<string | null>(initialError ?? null);
  const form = useForm<Values>({ defaultValues: { username: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    // On success the action redirects; it only returns on failure.
    const result = await loginAction({ ...values, next });
    if (result?.status === "error") {
      setFormError(applyActionErrors(result, ["username", "password"], form.setError));
      if (result.code === "unauthorized") form.resetField("password");
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={formError ? "login-error" : undefined}>
      {formError && (
        <div id="login-error">
          <Alert tone="error">{formError}</Alert>
        </div>
      )}
      <AuthField
        id="username"
        label="Username or e-mail"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.username}
        registration={form.register("username")}
      />
      <AuthField
        id="password"
        label="Password"
        password
        autoComplete="current-password"
        error={errors.password}
        registration={form.register("password")}
      />
      <Button type="submit" pending={isSubmitting} className="w-full">
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-ink-muted dark:text-ink-dark-muted">
        New to InterVu?{" "}
        <Link
          href={next ? `/register?next=${encodeURIComponent(next)}` : "/register"}
          className="font-medium text-brand-600 hover:underline dark:text-brand-300"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
