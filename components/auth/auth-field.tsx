"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { PasswordInput } from "@/components/auth/password-input";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "aria-invalid" | "aria-describedby">;

/**
 * A labelled input of the auth forms, wired to react-hook-form: the control gets `id`, `aria-invalid` and
 * `aria-describedby` (hint or error) from the field. `password` renders the show/hide PasswordInput.
 *   <AuthField id="email" label="E-mail" type="email" autoComplete="email" error={errors.email} registration={form.register("email")} />
 */
export function AuthField({
  id,
  label,
  hint,
  error,
  password = false,
  registration,
  ...inputProps
}: InputProps & {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: FieldError;
  password?: boolean;
  registration: UseFormRegisterReturn;
}) {
  const Control = password ? PasswordInput : Input;
  return (
    <Field id={id} label={label} hint={hint} error={error?.message}>
      <Control id={id} {...inputProps} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} {...registration} />
    </Field>
  );
}
