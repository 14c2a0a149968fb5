"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ItemGroup, Section, TextField } from "@/components/profile/form-bits";
import type { Education, ProfileFields } from "@/core/schemas/profile";

const EMPTY_EDUCATION: Education = { degree: "", institution: "", year: "", field: "" };

export function EducationFields() {
  const { control } = useFormContext<ProfileFields>();
  const { fields, append, remove } = useFieldArray({ control, name: "education" });
  return (
    <Section
      title="Education"
      action={
        <Button size="sm" variant="secondary" onClick={() => append(EMPTY_EDUCATION)}>
          Add education
        </Button>
      }
    >
      {fields.length === 0 && <p className="text-sm text-ink-muted dark:text-ink-dark-muted">No education yet.</p>}
      {fields.map((item, index) => (
        <ItemGroup
          key={item.id}
          id={`education-${index}`}
          legend={`Education ${index + 1}`}
          onRemove={() => remove(index)}
          removeLabel={`Remove education ${index + 1}`}
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField path={`education.${index}.degree`} label="Degree" />
            <TextField path={`education.${index}.field`} label="Field of study" />
            <TextField path={`education.${index}.institution`} label="Institution" />
            <TextField path={`education.${index}.year`} label="Year" />
          </div>
        </ItemGroup>
      ))}
    </Section>
  );
}
