// What the applications list shows for each application, derived by the store on every write (SQLite keeps it in a
// column; MongoDB reads these few fields by projection), so the list never parses whole documents — an application
// carries the posting, a tailored resume, a letter and messages. To show a new field: add it here and (MongoDB) to
// APPLICATION_SUMMARY_PROJECTION, then append a SQLite migration that recomputes the column.
// No "server-only" import: the store scripts (tsx, outside Next) load this file.
import type { ApplicationDoc, ApplicationStatus } from "@/core/schemas/career";

export type ApplicationSummary = {
  id: string;
  job_title: string;
  company: string;
  location: string;
  status: ApplicationStatus;
  /** The tailored resume's match score, or null when there is no tailored resume. */
  match_score: number | null;
  created_at: string;
  updated_at: string;
};

export type StoredApplicationSummary = Omit<ApplicationSummary, "id" | "created_at" | "updated_at">;

type SummarySource = {
  job_data?: Partial<Pick<ApplicationDoc["job_data"], "job_title" | "company" | "location">> | null;
  status?: ApplicationStatus;
  tailored_resume?: { match?: { score?: number | null } | null } | null;
};

export function applicationSummary(doc: SummarySource): StoredApplicationSummary {
  const score = doc.tailored_resume?.match?.score;
  return {
    job_title: doc.job_data?.job_title ?? "",
    company: doc.job_data?.company ?? "",
    location: doc.job_data?.location ?? "",
    status: doc.status ?? "draft",
    match_score: typeof score === "number" ? score : null,
  };
}

/** The fields applicationSummary reads, for a MongoDB projection. */
export const APPLICATION_SUMMARY_PROJECTION = {
  "job_data.job_title": 1,
  "job_data.company": 1,
  "job_data.location": 1,
  status: 1,
  "tailored_resume.match.score": 1,
  created_at: 1,
  updated_at: 1,
} as const;
