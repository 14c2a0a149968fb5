"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { changePasswordSchema } from "@/lib/auth/auth.validation";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { applyActionErrors } from "@/components/auth/apply-action-result";
import { AuthField } from "@/components/auth/auth-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Values = z.input<typeof changePasswordSchema>;
const HINT = `${PASSWORD_MIN}–${PASSWORD_MAX} characters, not a common password.`;

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<Values>({ defaultValues: { current_password: "", new_password: "" } });
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
      <AuthField
        id="current_password"
        label="Current password"
        password
        autoComplete="current-password"
        error={errors.current_password}
        registration={form.register("current_password")}
      />
      <AuthField
        id="new_password"
        label="New password"
        hint={HINT}
        password
        autoComplete="new-password"
        error={errors.new_password}
        registration={form.register("new_password")}
      />
      <Button type="submit" pending={isSubmitting}>
        {isSubmitting ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
