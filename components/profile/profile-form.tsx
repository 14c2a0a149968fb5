"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { saveProfileAction } from "@/app/(app)/profile/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EducationFields } from "@/components/profile/education-fields";
import { ExperienceFields } from "@/components/profile/experience-fields";
import { Section, TagsField, TextAreaField, TextField } from "@/components/profile/form-bits";
import { ProjectFields } from "@/components/profile/project-fields";
import type { ProfileFields } from "@/core/schemas/profile";
import type { ProfileView } from "@/lib/profile/view";

// The structured profile as an editable form: react-hook-form with the same zod schema the server uses.
// Saving goes through a server action; its field errors land on the fields, anything else above the button.

type ProfileFormProps = {
  fields: ProfileFields;
  onSaved: (view: ProfileView) => void;
  onDirtyChange: (dirty: boolean) => void;
};

export function ProfileForm({ fields, onSaved, onDirtyChange }: ProfileFormProps) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<ProfileFields>({
    defaultValues: toFormValues(fields),
    mode: "onTouched",
  });
  const { isSubmitting, isDirty } = form.formState;

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setMessage(null);
      const result = await saveProfileAction(cleanValues(values));
      if (result.status === "ok") {
        form.reset(toFormValues(result.data.fields));
        onSaved(result.data);
        setMessage({ tone: "success", text: "Profile saved." });
        return;
      }
      let placed = false;
      for (const [path, text] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(path as Path<ProfileFields>, { type: "server", message: text }, { shouldFocus: !placed });
        placed = true;
      }
      setMessage({ tone: "error", text: placed ? "Some fields need attention; they are marked below." : result.message });
    },
    () => setMessage({ tone: "error", text: "Some fields need attention; they are marked below." }),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Profile">
        <Section title="About you">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField path="name" label="Name" autoComplete="name" />
            <TextField path="headline" label="Headline" hint="One line, e.g. “Full-stack developer, 5 years of Java and Angular”." />
            <TextField path="email" label="E-mail" type="email" autoComplete="email" />
            <TextField path="phone" label="Phone" type="tel" autoComplete="tel" />
            <TextField path="location" label="Location" autoComplete="address-level2" />
            <TagsField path="links" label="Links" maxTags={20} maxLength={500} placeholder="linkedin.com/in/…, press Enter" />
          </div>
          <TextAreaField path="summary" label="Summary" rows={5} />
        </Section>
        <ExperienceFields />
        <EducationFields />
        <ProjectFields />
        <Section title="Skills" description="Type a skill and press Enter or comma.">
          <TagsField path="skills.technical" label="Technical skills" maxTags={200} maxLength={100} />
          <TagsField path="skills.soft" label="Soft skills" maxTags={100} maxLength={100} />
          <TagsField path="skills.languages" label="Languages" maxTags={50} maxLength={100} />
        </Section>

        <div className="sticky bottom-0 -mx-5 flex flex-wrap items-center justify-end gap-3 border-t border-ink-faint/20 bg-surface/95 px-5 py-3 backdrop-blur dark:border-white/10 dark:bg-surface-dark-muted/95">
          {message && (
            <Alert tone={message.tone} className="mr-auto py-2">
              <span>{message.text}</span>
              {message.tone === "success" && !isDirty && (
                <span className="ml-2 whitespace-nowrap">
                  Next:{" "}
                  <Link href="/career/new" className="font-medium text-brand-700 underline dark:text-brand-300">
                    tailor it to a job
                  </Link>
                </span>
              )}
            </Alert>
          )}
          {isDirty && !isSubmitting && <span className="text-xs text-ink-muted dark:text-ink-dark-muted">Unsaved changes</span>}
          <Button type="submit" pending={isSubmitting}>
            {isSubmitting ? "Saving…" : "Save profile"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

/** Inputs need strings: optional values the parser left null become "". */
function toFormValues(fields: ProfileFields): ProfileFields {
  return {
    ...fields,
    links: [...(fields.links ?? [])],
    education: (fields.education ?? []).map((e) => ({ ...e, field: e.field ?? "" })),
    experience: (fields.experience ?? []).map((e) => ({ ...e, location: e.location ?? "", highlights: [...(e.highlights ?? [])] })),
    projects: (fields.projects ?? []).map((p) => ({ ...p, technologies: [...(p.technologies ?? [])] })),
    skills: {
      technical: [...(fields.skills?.technical ?? [])],
      soft: [...(fields.skills?.soft ?? [])],
      languages: [...(fields.skills?.languages ?? [])],
    },
  };
}

/** Drops blank highlight lines and entries left completely empty, and trims text. */
function cleanValues(values: ProfileFields): ProfileFields {
  const trimmed = JSON.parse(JSON.stringify(values), (_key, v) => (typeof v === "string" ? v.trim() : v)) as ProfileFields;
  return {
    ...trimmed,
    experience: trimmed.experience.map((e) => ({ ...e, highlights: e.highlights.filter(Boolean) })).filter((e) => !isBlank(e)),
    education: trimmed.education.filter((e) => !isBlank(e)),
    projects: trimmed.projects.filter((p) => !isBlank(p)),
  };
}

function isBlank(value: unknown): boolean {
  if (typeof value === "string") return value === "";
  if (Array.isArray(value)) return value.every(isBlank);
  if (value && typeof value === "object") return Object.values(value).every(isBlank);
  return value === null || value === undefined;
}
