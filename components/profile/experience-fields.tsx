"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ItemGroup, LinesField, Section, TextAreaField, TextField } from "@/components/profile/form-bits";
import type { Experience, ProfileFields } from "@/core/schemas/profile";

const EMPTY_EXPERIENCE: Experience = {
  title: "",
  company: "",
  location: "",
  start_date: "",
  end_date: "",
  duration: "",
  description: "",
  highlights: [],
};

export function ExperienceFields() {
  const { control } = useFormContext<ProfileFields>();
  const { fields, append, remove } = useFieldArray({ control, name: "experience" });
  const jobs = useWatch({ control, name: "experience" });
  return (
    <Section
      title="Experience"
      description="Newest first. Highlights: one per line."
      action={
        <Button size="sm" variant="secondary" onClick={() => append(EMPTY_EXPERIENCE)}>
          Add a job
        </Button>
      }
    >
      {fields.length === 0 && <p className="text-sm text-ink-muted dark:text-ink-dark-muted">No jobs yet.</p>}
      {fields.map((item, index) => {
        const job = jobs?.[index];
        const name = [job?.title, job?.company].filter(Boolean).join(" at ") || "untitled";
        return (
          <ItemGroup
            key={item.id}
            id={`experience-${index}`}
            legend={`Job ${index + 1}`}
            onRemove={() => remove(index)}
            removeLabel={`Remove job ${index + 1} (${name})`}
          >
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField path={`experience.${index}.title`} label="Title" />
              <TextField path={`experience.${index}.company`} label="Company" />
              <TextField path={`experience.${index}.location`} label="Location" />
              <TextField path={`experience.${index}.duration`} label="Duration" hint="e.g. 2 years 3 months" />
              <TextField path={`experience.${index}.start_date`} label="Start date" />
              <TextField path={`experience.${index}.end_date`} label="End date" hint="or “Present”" />
            </div>
            <TextAreaField path={`experience.${index}.description`} label="Description" rows={3} />
            <LinesField path={`experience.${index}.highlights`} label="Highlights" hint="One achievement per line." />
          </ItemGroup>
        );
      })}
    </Section>
  );
}
