import type { JobData } from "@/core/schemas/job";

/** A JobData with every field empty (engine "offline"), then the given fields: tests name only what they use. */
export function emptyJobData(over: Partial<JobData> = {}): JobData {
  return {
    job_title: "",
    company: "",
    location: "",
    url: "",
    employment_type: "",
    seniority: "",
    salary: "",
    summary: "",
    requirements: [],
    responsibilities: [],
    qualifications: [],
    nice_to_have: [],
    hard_skills: [],
    soft_skills: [],
    culture: [],
    description: "",
    engine: "offline",
    ...over,
  };
}
