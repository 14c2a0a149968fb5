"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { deleteAccountSchema } from "@/lib/auth/auth.validation";
import { deleteAccountAction } from "@/app/(app)/account/actions";
import { applyActionErrors } from "@/components/auth/apply-action-result";
import { AuthField } from "@/components/auth/auth-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Values = z.input<typeof deleteAccountSchema>;

export function DeleteAccountForm() {
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await deleteAccountAction(values); // redirects on success
    if (result?.status === "error") setFormError(applyActionErrors(result, ["password"], form.setError));
  });

  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete my account…
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <Alert tone="warning" title="This cannot be undone.">
        Your account, profile, interviews, applications and everything else stored for you will be deleted. Download your data first if you
        want to keep it.
      </Alert>
      {formError && <Alert tone="error">{formError}</Alert>}
      <AuthField
        id="delete_password"
        label="Your password"
        password
        autoComplete="current-password"
        error={errors.password}
        registration={form.register("password")}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={isSubmitting}>
          {isSubmitting ? "Deleting…" : "Delete my account permanently"}
        </Button>
        <Button variant="ghost" disabled={isSubmitting} onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
