"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { changePasswordSchema, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/auth.validation";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { applyActionErrors } from "@/components/auth/apply-action-result";
import { PasswordInput } from "@/components/auth/password-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";

type Values = z.input<typeof changePasswordSchema>;
const HINT = `${PASSWORD_MIN}–${PASSWORD_MAX} characters, not a common password.`;

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(changePasswordSchema), defaultValues: { current_password: "", new_password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await changePasswordAction(values);
    if (result.status === "ok") {
      form.reset();
      setMessage({ tone: "success", text: "Password changed. You have been signed out on your other devices." });
    } else {
      const text = applyActionErrors(result, ["current_password", "new_password"], form.setError);
      if (text) setMessage({ tone: "error", text });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field id="current_password" label="Current password" error={errors.current_password?.message}>
        <PasswordInput
          id="current_password"
          autoComplete="current-password"
          aria-invalid={!!errors.current_password}
          aria-describedby={describedBy("current_password", undefined, errors.current_password)}
          {...form.register("current_password")}
        />
      </Field>
      <Field id="new_password" label="New password" hint={HINT} error={errors.new_password?.message}>
        <PasswordInput
          id="new_password"
          autoComplete="new-password"
          aria-invalid={!!errors.new_password}
          aria-describedby={describedBy("new_password", HINT, errors.new_password)}
          {...form.register("new_password")}
        />
      </Field>
      <Button type="submit" pending={isSubmitting}>
        {isSubmitting ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
