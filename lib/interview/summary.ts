import type { InterviewDoc, InterviewStatus, InterviewType, Level } from "@/core/schemas/interview";

// What lists (history, dashboard) send to the browser: a few plain fields, never the whole document.

export type InterviewSummary = {
  id: string;
  role: string;
  level: Level;
  type: InterviewType;
  techstack: string[];
  status: InterviewStatus;
  overall_score: number | null;
  question_count: number;
  answered_count: number;
  application_id: string | null;
  created_at: string;
  updated_at: string;
  evaluated_at: string | null;
};

export function toInterviewSummary(doc: InterviewDoc): InterviewSummary {
  return {
    id: doc.id,
    role: doc.role,
    level: doc.level,
    type: doc.type,
    techstack: doc.techstack,
    status: doc.status,
    overall_score: doc.overall_score,
    question_count: doc.questions.length,
    answered_count: doc.answers.filter((a) => a.trim() !== "").length,
    application_id: doc.application_id ?? null,
    created_at: doc.created_at,
    updated_at: doc.updated_at,
    evaluated_at: doc.evaluated_at,
  };
}
