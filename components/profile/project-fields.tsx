"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ItemGroup, Section, TagsField, TextAreaField, TextField } from "@/components/profile/form-bits";
import type { ProfileFields, Project } from "@/core/schemas/profile";

const EMPTY_PROJECT: Project = { name: "", description: "", technologies: [] };

export function ProjectFields() {
  const { control } = useFormContext<ProfileFields>();
  const { fields, append, remove } = useFieldArray({ control, name: "projects" });
  return (
    <Section
      title="Projects"
      action={
        <Button size="sm" variant="secondary" onClick={() => append(EMPTY_PROJECT)}>
          Add a project
        </Button>
      }
    >
      {fields.length === 0 && <p className="text-sm text-ink-muted dark:text-ink-dark-muted">No projects yet.</p>}
      {fields.map((item, index) => (
        <ItemGroup
          key={item.id}
          id={`projects-${index}`}
          legend={`Project ${index + 1}`}
          onRemove={() => remove(index)}
          removeLabel={`Remove project ${index + 1}`}
        >
          <TextField path={`projects.${index}.name`} label="Project name" />
          <TextAreaField path={`projects.${index}.description`} label="Description" rows={3} />
          <TagsField
            path={`projects.${index}.technologies`}
            label="Technologies"
            maxTags={50}
            maxLength={100}
            placeholder="Type one, press Enter"
          />
        </ItemGroup>
      ))}
    </Section>
  );
}
