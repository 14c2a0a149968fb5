import type { JobData } from "@/core/schemas/job";
import type { Messages, TailoredResume } from "@/core/schemas/career";
import type { ProfileFields } from "@/core/schemas/profile";

// Sample job_data, tailored resume and messages for the career tests.

export function jobData(over: Partial<JobData> = {}): JobData {
  return {
    job_title: "Senior Backend Engineer",
    company: "Acme Platform",
    location: "Remote",
    url: "",
    employment_type: "Full-time",
    seniority: "senior",
    salary: "",
    summary: "Build Python services.",
    requirements: ["4+ years of Python"],
    responsibilities: ["Design services"],
    qualifications: [],
    nice_to_have: ["Kafka"],
    hard_skills: ["Python", "FastAPI", "PostgreSQL"],
    soft_skills: ["Ownership"],
    culture: [],
    description: "We are looking for a Senior Backend Engineer.",
    engine: "offline",
    ...over,
  };
}

export const resume: TailoredResume = {
  headline: "Backend engineer",
  summary: "Backend engineer with Python and PostgreSQL experience.",
  experience: [
    {
      title: "Software Engineer",
      company: "Globex",
      location: "Berlin",
      start_date: "2019",
      end_date: "2024",
      duration: "5 years",
      description: "Backend services.",
      highlights: ["Built REST APIs in Python", "Tuned PostgreSQL queries"],
    },
  ],
  projects: [{ name: "Queue worker", description: "A job queue.", technologies: ["Python", "Redis"] }],
  skills: ["Python", "PostgreSQL"],
  match: { score: 67, matched: ["Python", "PostgreSQL"], missing: ["FastAPI"] },
  warnings: [],
  engine: "offline",
};

export const messages: Messages = {
  recruiter_email: "Hello, I am applying for the role.",
  email_subject: "Senior Backend Engineer application",
  linkedin_message: "Hi, I applied for the backend role and would love to connect.",
  linkedin_followup: "Following up on my application.",
};

/** A backend engineer's profile: Python, Django, PostgreSQL, Docker, Redis; no Kubernetes, no FastAPI. */
export const PROFILE: ProfileFields = {
  name: "Jane Backend",
  email: "jane@example.com",
  phone: "",
  location: "Berlin",
  links: [],
  headline: "Backend engineer",
  summary: "Backend engineer building Python web services.",
  education: [{ degree: "BSc", institution: "TU Berlin", year: "2017", field: "Computer Science" }],
  experience: [
    {
      title: "Software Engineer",
      company: "Globex",
      location: "Berlin",
      start_date: "2018",
      end_date: "2024",
      duration: "6 years",
      description: "Backend services for payments.",
      highlights: ["Built REST APIs in Python and Django", "Tuned PostgreSQL queries for reporting", "Containerised services with Docker"],
    },
  ],
  projects: [{ name: "Queue worker", description: "A background job runner.", technologies: ["Python", "Redis"] }],
  skills: { technical: ["Python", "Django", "PostgreSQL", "Docker", "Redis"], soft: ["Communication"], languages: ["English"] },
};
