"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { TagInput } from "@/components/ui/tag-input";
import { Textarea } from "@/components/ui/textarea";
import { LinesEditor } from "@/components/career/lines-editor";
import type { JobData } from "@/core/schemas/job";

/** Every field of the job analysis, editable. */
export function JobAnalysisEditor({ job, onChange }: { job: JobData; onChange: (next: JobData) => void }) {
  const id = useId();
  const set = <K extends keyof JobData>(key: K, value: JobData[K]) => onChange({ ...job, [key]: value });
  const text = (key: "job_title" | "company" | "location" | "seniority" | "employment_type" | "salary", label: string) => (
    <Field id={`${id}-${key}`} label={label}>
      <Input id={`${id}-${key}`} value={job[key]} onChange={(e) => set(key, e.target.value)} maxLength={300} />
    </Field>
  );
  const tags = (key: "hard_skills" | "soft_skills", label: string, maxTags: number) => (
    <Field id={`${id}-${key}`} label={label}>
      <TagInput
        id={`${id}-${key}`}
        value={job[key]}
        onChange={(v) => set(key, v)}
        placeholder="Add and press Enter"
        maxTags={maxTags}
        maxLength={100}
      />
    </Field>
  );
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        {text("job_title", "Job title")}
        {text("company", "Company")}
        {text("location", "Location")}
        {text("seniority", "Seniority")}
        {text("employment_type", "Employment type")}
        {text("salary", "Salary")}
      </div>
      <Field id={`${id}-summary`} label="Summary">
        <Textarea id={`${id}-summary`} rows={3} value={job.summary} onChange={(e) => set("summary", e.target.value)} maxLength={5000} />
      </Field>
      <div className="grid gap-4 lg:grid-cols-2">
        <LinesEditor label="Requirements" values={job.requirements} onChange={(v) => set("requirements", v)} />
        <LinesEditor label="Responsibilities" values={job.responsibilities} onChange={(v) => set("responsibilities", v)} />
        <LinesEditor label="Nice to have" values={job.nice_to_have} onChange={(v) => set("nice_to_have", v)} rows={3} />
        <LinesEditor label="Qualifications" values={job.qualifications} onChange={(v) => set("qualifications", v)} rows={3} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {tags("hard_skills", "Hard skills", 200)}
        {tags("soft_skills", "Soft skills", 100)}
      </div>
    </div>
  );
}
