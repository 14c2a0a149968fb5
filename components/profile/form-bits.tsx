"use client";

import type { ReactNode } from "react";
import { Controller, get, useFormContext, type FieldPath } from "react-hook-form";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { TagInput } from "@/components/ui/tag-input";
import { Textarea } from "@/components/ui/textarea";
import type { ProfileFields } from "@/core/schemas/profile";

// Small labelled controls bound to the profile form by path (e.g. "experience.0.title"). Ids are the path with
// dots replaced, so labels, hints and errors line up.

type Path = FieldPath<ProfileFields>;

function fieldId(path: string): string {
  return `profile-${path.replace(/\./g, "-")}`;
}

function useFieldError(path: string): string | undefined {
  const { formState } = useFormContext<ProfileFields>();
  // An array field's error may sit on the array, on its root, or on one of its items.
  const error = get(formState.errors, path) as
    | { message?: string; root?: { message?: string } }
    | Array<{ message?: string } | undefined>
    | undefined;
  if (!error) return undefined;
  if (Array.isArray(error)) return error.find(Boolean)?.message;
  return error.message ?? error.root?.message;
}

export function TextField({
  path,
  label,
  hint,
  type = "text",
  autoComplete,
}: {
  path: Path;
  label: ReactNode;
  hint?: string;
  type?: string;
  autoComplete?: string;
}) {
  const { register } = useFormContext<ProfileFields>();
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, hint, error)}
        {...register(path)}
      />
    </Field>
  );
}

export function TextAreaField({ path, label, hint, rows = 4 }: { path: Path; label: ReactNode; hint?: string; rows?: number }) {
  const { register } = useFormContext<ProfileFields>();
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Textarea id={id} rows={rows} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} {...register(path)} />
    </Field>
  );
}

type ListControl = {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  ref: (el: HTMLTextAreaElement | null) => void;
  invalid: boolean;
  describedBy: string | undefined;
};

/** A labelled string[] field bound through a Controller; `render` draws the control. */
function ListField({
  path,
  label,
  hint,
  render,
}: {
  path: Path;
  label: ReactNode;
  hint?: string;
  render: (control: ListControl) => ReactNode;
}) {
  const { control } = useFormContext<ProfileFields>();
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <>
            {render({
              id,
              value: (field.value as string[] | undefined) ?? [],
              onChange: field.onChange,
              onBlur: field.onBlur,
              ref: field.ref,
              invalid: !!error,
              describedBy: describedBy(id, hint, error),
            })}
          </>
        )}
      />
    </Field>
  );
}

/** A string[] edited one item per line (highlights). Blank lines are dropped when the form is saved. */
export function LinesField({ path, label, hint }: { path: Path; label: ReactNode; hint?: string }) {
  return (
    <ListField
      path={path}
      label={label}
      hint={hint}
      render={(c) => (
        <Textarea
          id={c.id}
          rows={Math.min(12, Math.max(3, c.value.length + 1))}
          value={c.value.join("\n")}
          onChange={(e) => c.onChange(e.target.value.split("\n"))}
          onBlur={c.onBlur}
          ref={c.ref}
          aria-invalid={c.invalid}
          aria-describedby={c.describedBy}
        />
      )}
    />
  );
}

export function TagsField({
  path,
  label,
  hint,
  placeholder,
  maxTags,
  maxLength,
}: {
  path: Path;
  label: ReactNode;
  hint?: string;
  placeholder?: string;
  /** The schema's limits for this list, so the box refuses what the save would reject. */
  maxTags: number;
  maxLength: number;
}) {
  return (
    <ListField
      path={path}
      label={label}
      hint={hint}
      render={(c) => (
        <TagInput
          id={c.id}
          value={c.value}
          onChange={c.onChange}
          onBlur={c.onBlur}
          placeholder={placeholder}
          maxTags={maxTags}
          maxLength={maxLength}
          invalid={c.invalid}
          describedBy={c.describedBy}
        />
      )}
    />
  );
}

/** A titled group of fields (one job, one degree, one project) with a remove button. */
export function ItemGroup({
  id,
  legend,
  onRemove,
  removeLabel,
  children,
}: {
  id: string;
  legend: string;
  onRemove: () => void;
  removeLabel: string;
  children: ReactNode;
}) {
  return (
    <div role="group" aria-labelledby={`${id}-legend`} className="space-y-4 rounded-md border border-ink-faint/25 p-4 dark:border-white/10">
      <div className="flex items-center justify-between gap-3">
        <h4 id={`${id}-legend`} className="text-sm font-semibold">
          {legend}
        </h4>
        <button
          type="button"
          onClick={onRemove}
          className="rounded px-2 py-1 text-sm text-danger-600 hover:bg-danger-400/10 dark:text-danger-400"
          aria-label={removeLabel}
        >
          Remove
        </button>
      </div>
      {children}
    </div>
  );
}

export function Section({
  title,
  description,
  action,
  children,
}: {
  title: string;
  description?: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="space-y-4 border-t border-ink-faint/20 pt-6 first:border-t-0 first:pt-0 dark:border-white/10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h3 className="text-base font-semibold">{title}</h3>
          {description && <p className="text-sm text-ink-muted dark:text-ink-dark-muted">{description}</p>}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}
