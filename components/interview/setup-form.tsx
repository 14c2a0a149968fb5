"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, describedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TagInput } from "@/components/ui/tag-input";
import { QuestionPreview } from "@/components/interview/question-preview";
import type { GenerateInterviewInput } from "@/lib/interview/interview.validation";
import { LEVEL_LABELS, TYPE_LABELS } from "@/lib/interview/labels";
import type { QuestionNote } from "@/core/schemas/interview";

type Generated = { questions: string[]; question_notes: QuestionNote[]; engine: string; settings: GenerateInterviewInput };

/** Setup: choose role, level, type, stack and amount → preview the generated questions → start (saves the interview). */
export function SetupForm({
  defaults,
  hasProfile,
  applicationLabel,
}: {
  defaults: GenerateInterviewInput;
  hasProfile: boolean;
  applicationLabel: string | null;
}) {
  const router = useRouter();
  const [generated, setGenerated] = useState<Generated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
    // No validation library in the browser (it weighed ~50 KB): the API checks the settings and its per-field
    // messages are put on the fields below.
  } = useForm<GenerateInterviewInput>({ defaultValues: defaults });

  const generate = handleSubmit(async (values) => {
    setError(null);
    try {
      const data = (await postJson("/api/interview/generate", values)) as Omit<Generated, "settings">;
      setGenerated({ ...data, settings: values });
    } catch (e) {
      const fields = e instanceof RequestError ? e.fieldErrors : [];
      fields.forEach(({ path, message }, i) =>
        setFieldError(path.split(".")[0] as keyof GenerateInterviewInput, { type: "server", message }, { shouldFocus: i === 0 }),
      );
      if (!fields.length) setError(e instanceof Error ? e.message : "The questions could not be generated.");
    }
  });

  async function start() {
    if (!generated) return;
    setStarting(true);
    setError(null);
    try {
      const { settings } = generated;
      const interview = (await postJson("/api/interview/save", {
        questions: generated.questions,
        answers: [],
        question_notes: generated.question_notes,
        role: settings.role,
        level: settings.level,
        type: settings.type,
        techstack: settings.techstack,
        application_id: settings.application_id ?? null,
      })) as { id: string };
      router.push(`/interview/${interview.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The interview could not be saved.");
      setStarting(false);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_1fr]">
      <Card>
        <form onSubmit={generate} className="space-y-4" noValidate aria-label="Interview settings">
          {applicationLabel && (
            <Alert tone="info" title="Practising for an application">
              {applicationLabel}
            </Alert>
          )}
          <Field id="role" label="Role" error={errors.role?.message} hint="The job title you are preparing for.">
            <Input
              id="role"
              placeholder="e.g. Frontend developer"
              aria-invalid={!!errors.role}
              aria-describedby={describedBy("role", true, errors.role)}
              {...register("role")}
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="level" label="Level" error={errors.level?.message}>
              <Select id="level" {...register("level")}>
                {Object.entries(LEVEL_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="type" label="Type" error={errors.type?.message}>
              <Select id="type" {...register("type")}>
                {Object.entries(TYPE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field
            id="techstack"
            label="Tech stack"
            error={errors.techstack?.message ?? errors.techstack?.[0]?.message}
            hint="Up to 20. Press Enter or comma after each one."
          >
            <Controller
              control={control}
              name="techstack"
              render={({ field }) => (
                <TagInput
                  id="techstack"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  placeholder="e.g. React, TypeScript"
                  maxTags={20}
                  maxLength={40}
                  invalid={!!errors.techstack}
                  describedBy={describedBy("techstack", true, errors.techstack)}
                />
              )}
            />
          </Field>
          <Field id="amount" label="Number of questions" error={errors.amount?.message} hint="1 to 20. Five takes about 15 minutes.">
            <Input
              id="amount"
              type="number"
              min={1}
              max={20}
              inputMode="numeric"
              aria-invalid={!!errors.amount}
              aria-describedby={describedBy("amount", true, errors.amount)}
              {...register("amount", { valueAsNumber: true })}
            />
          </Field>
          {hasProfile && (
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" className="mt-0.5 size-4 accent-brand-600" {...register("use_profile")} />
              <span>
                <span className="font-medium">Use my profile</span>
                <span className="block text-ink-muted dark:text-ink-dark-muted">Questions draw on your experience and projects.</span>
              </span>
            </label>
          )}
          {!hasProfile && (
            <p className="text-xs text-ink-muted dark:text-ink-dark-muted">
              Questions can draw on your own experience once your{" "}
              <Link href="/profile" className="font-medium text-brand-700 underline dark:text-brand-300">
                profile
              </Link>{" "}
              has your CV.
            </p>
          )}
          <Button type="submit" pending={isSubmitting} className="w-full">
            {generated ? "Regenerate questions" : "Generate questions"}
          </Button>
        </form>
      </Card>

      <div className="space-y-4" aria-live="polite">
        {error && <Alert tone="error">{error}</Alert>}
        {isSubmitting && !generated ? (
          <Card className="space-y-3" aria-busy="true">
            <p className="text-sm text-ink-muted dark:text-ink-dark-muted">Writing your questions…</p>
            {[0, 1, 2].map((i) => (
              <div key={i} className="h-12 animate-pulse rounded-md bg-ink/5 dark:bg-white/5" />
            ))}
          </Card>
        ) : generated ? (
          <QuestionPreview
            questions={generated.questions}
            notes={generated.question_notes}
            engine={generated.engine}
            busy={isSubmitting}
            starting={starting}
            onRegenerate={() => void generate()}
            onStart={start}
          />
        ) : (
          <Card className="flex h-full min-h-64 flex-col items-center justify-center gap-2 text-center">
            <p className="text-lg font-semibold">Your questions appear here</p>
            <p className="max-w-sm text-sm text-ink-muted dark:text-ink-dark-muted">
              Choose the role and level, generate, and look them over. Regenerate as often as you like before you start.
            </p>
          </Card>
        )}
      </div>
    </div>
  );
}

/** A refused request, with the API's per-field errors ({path, message}) when it sent any. */
class RequestError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: { path: string; message: string }[],
  ) {
    super(message);
  }
}

async function postJson(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const data = (await res.json().catch(() => null)) as { detail?: string; errors?: { path: string; message: string }[] } | null;
  if (!res.ok) {
    const wait = res.headers.get("Retry-After");
    const base = data?.detail ?? `The request failed (${res.status}).`;
    throw new RequestError(
      res.status === 429 && wait && !/try again in/i.test(base) ? `${base} Try again in ${Math.ceil(Number(wait) / 60)} min.` : base,
      Array.isArray(data?.errors) ? data.errors : [],
    );
  }
  return data;
}
