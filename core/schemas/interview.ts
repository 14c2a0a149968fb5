import { z } from "zod";
import { objectIdSchema, originalName, timestampSchema } from "@/core/schemas/common";

export const levelSchema = z.enum(["junior", "mid", "senior", "lead"]);
export const interviewTypeSchema = z.enum(["technical", "behavioral", "mixed"]);

export const questionNoteSchema = z.object({
  category: z.string().max(100),
  key_points: z.array(z.string().max(500)).max(20),
  /** What a good answer says, in full (optional): from the bank, from the model, or written by the user. */
  reference_answer: z.string().max(3000).optional(),
});

export const criteriaSchema = z.object({
  /** Whether the answer says what a good answer says (core/rubric.ts). Absent on evaluations made before it existed. */
  content: z.number().min(0).max(10).optional(),
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
export const interviewStatusSchema = z.enum(["in_progress", "completed", "evaluated"]);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

export const interviewDocSchema = z.object({
  id: objectIdSchema,
  user_id: objectIdSchema,
  questions: z.array(z.string()),
  answers: z.array(z.string()),
  /**
   * How many times each answer was saved, by index ("0", "1", …; missing = 0). An autosave names the revision it
   * was typed on, and the store refuses it when the answer has moved on since (409), so a stale page or another
   * tab can never save an older text over a newer one.
   */
  answer_revisions: z.record(z.string(), z.number().int().nonnegative()).optional(),
  question_notes: z.array(questionNoteSchema),
  role: z.string(),
  level: levelSchema,
  type: interviewTypeSchema,
  techstack: z.array(z.string()),
  application_id: objectIdSchema.nullable().optional(),
  status: interviewStatusSchema,
  evaluations: z.array(answerEvaluationSchema),
  overall_score: z.number().nullable(),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  feedback: z.string(),
  coaching_tips: z.array(z.string()),
  focus_areas: z.array(z.string()).optional(),
  practice_plan: z.array(z.string()).optional(),
  /** Set when the answers were evaluated but coaching failed; the report offers a retry. */
  coaching_error: z.string().nullable().optional(),
  engine: z.string().nullable(),
  model: z.string().nullable(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
  evaluated_at: timestampSchema.nullable(),
});
export type InterviewDoc = z.infer<typeof interviewDocSchema>;

/** What lists (history, dashboard) carry: a few plain fields, never the answers or evaluations. */
export const interviewSummarySchema = z.object({
  id: objectIdSchema,
  role: z.string(),
  level: levelSchema,
  type: interviewTypeSchema,
  techstack: z.array(z.string()),
  /** The question texts: the original client shows their count ("3 questions answered"). */
  questions: z.array(z.string()),
  status: interviewStatusSchema,
  overall_score: z.number().nullable(),
  question_count: z.number().int(),
  answered_count: z.number().int(),
  application_id: objectIdSchema.nullable(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
  evaluated_at: timestampSchema.nullable(),
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

export const interviewReplySchema = interviewDocSchema.extend({ _id: originalName(objectIdSchema, "id") }).meta({ id: "Interview" });
export const interviewSummaryReplySchema = interviewSummarySchema
  .extend({ _id: originalName(objectIdSchema, "id") })
  .meta({ id: "InterviewSummary" });

export const toInterviewReply = (doc: InterviewDoc) => ({ ...doc, _id: doc.id });
export const toInterviewSummaryReply = (summary: InterviewSummary) => ({ ...summary, _id: summary.id });

/** POST /api/interview/generate (and the original's /api/vapi/generate). */
export const generatedQuestionsReplySchema = z
  .object({
    questions: z.array(z.string()),
    question_notes: z.array(questionNoteSchema),
    engine: z.string(),
    model: z.string().nullable(),
    success: z.literal(true).meta({ deprecated: true, description: "Always true on success (the original API's field)." }),
  })
  .meta({ id: "GeneratedQuestions" });
