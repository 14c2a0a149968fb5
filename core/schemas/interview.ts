import { z } from "zod";

export const levelSchema = z.enum(["junior", "mid", "senior", "lead"]);
export const interviewTypeSchema = z.enum(["technical", "behavioral", "mixed"]);

export const questionNoteSchema = z.object({
  category: z.string().max(100),
  key_points: z.array(z.string().max(500)).max(20),
});

export const criteriaSchema = z.object({
  clarity: z.number().min(0).max(10),
  structure: z.number().min(0).max(10),
  depth: z.number().min(0).max(10),
  examples: z.number().min(0).max(10),
});

export const deliverySchema = z.object({
  word_count: z.number().int().min(0),
  filler_words: z.number().int().min(0),
  filler_terms: z.array(z.string()).default([]),
  estimated_speaking_seconds: z.number().min(0),
  average_sentence_words: z.number().min(0),
});

export const answerEvaluationSchema = z.object({
  question_index: z.number().int().min(0),
  status: z.enum(["ok", "unanswered", "failed"]),
  overall_score: z.number().min(0).max(10).nullable(),
  criteria: criteriaSchema.nullable(),
  evidence: z.array(z.string()),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  feedback: z.string(),
  improved_answer: z.string(),
  delivery: deliverySchema,
  error: z.string().nullable().optional(),
});

export type Level = z.infer<typeof levelSchema>;
export type InterviewType = z.infer<typeof interviewTypeSchema>;
export type QuestionNote = z.infer<typeof questionNoteSchema>;
export type Criteria = z.infer<typeof criteriaSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type AnswerEvaluation = z.infer<typeof answerEvaluationSchema>;
export type InterviewStatus = "in_progress" | "completed" | "evaluated";

export type InterviewDoc = {
  id: string;
  user_id: string;
  questions: string[];
  answers: string[];
  /**
   * How many times each answer was saved, by index ("0", "1", …; missing = 0). An autosave names the revision it
   * was typed on, and the store refuses it when the answer has moved on since (409), so a stale page or another
   * tab can never save an older text over a newer one.
   */
  answer_revisions?: Record<string, number>;
  question_notes: QuestionNote[];
  role: string;
  level: Level;
  type: InterviewType;
  techstack: string[];
  application_id?: string | null;
  status: InterviewStatus;
  evaluations: AnswerEvaluation[];
  overall_score: number | null;
  strengths: string[];
  weaknesses: string[];
  feedback: string;
  coaching_tips: string[];
  focus_areas?: string[];
  practice_plan?: string[];
  /** Set when the answers were evaluated but coaching failed; the report offers a retry. */
  coaching_error?: string | null;
  engine: string | null;
  model: string | null;
  created_at: string;
  updated_at: string;
  evaluated_at: string | null;
};
