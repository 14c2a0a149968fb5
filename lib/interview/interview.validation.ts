import { z } from "zod";
import { objectIdSchema } from "@/core/schemas/common";
import { interviewTypeSchema, levelSchema, questionNoteSchema } from "@/core/schemas/interview";
import { caseInsensitive, techstackInput } from "@/core/schemas/original-names";

// Shared by the setup form (react-hook-form + zodResolver) and the interview routes: one schema per boundary.

export const MAX_QUESTIONS = 20;
export const MAX_ANSWER_CHARS = 20_000;
export const MAX_QUESTION_CHARS = 2_000;
const DEFAULT_AMOUNT = 5;

const techTagSchema = z.string().trim().min(1, "Empty tag").max(40, "Keep each technology under 40 characters");

/** POST /api/interview/generate and the /interview/new form. */
export const generateInterviewSchema = z.object({
  role: z.string().trim().min(2, "Enter the role you are practising for").max(100, "Keep the role under 100 characters"),
  level: levelSchema,
  type: interviewTypeSchema,
  techstack: z.array(techTagSchema).max(20, "At most 20 technologies"),
  amount: z
    .number({ message: "Enter a number from 1 to 20" })
    .int("Enter a whole number")
    .min(1, "At least 1 question")
    .max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions`),
  use_profile: z.boolean().optional(),
  application_id: objectIdSchema.optional(),
});
export type GenerateInterviewInput = z.infer<typeof generateInterviewSchema>;

/** Level and type in any case ("Junior", "Behavioural"), as the original client sends them. */
const levelInput = caseInsensitive(levelSchema);
const typeInput = caseInsensitive(interviewTypeSchema, { behavioural: "behavioral" });

/**
 * POST /api/interview/generate (and /api/vapi/generate): the form's fields, also in the original client's shape —
 * title-case level and type, `techstack` as one comma-separated string, `amount` 0 or missing (5 questions, as
 * the original), and its `userid` (ignored: the caller is the signed-in user).
 */
export const generateInterviewRequestSchema = generateInterviewSchema.extend({
  level: levelInput,
  type: typeInput,
  techstack: techstackInput(techTagSchema, 20),
  amount: z
    .preprocess((v) => (v === undefined || v === null || v === 0 ? DEFAULT_AMOUNT : v), generateInterviewSchema.shape.amount)
    .meta({ description: `1–${MAX_QUESTIONS}; 0 or missing means ${DEFAULT_AMOUNT}.` }),
});

/**
 * POST /api/interview/save: the generated questions the user chose to start with. Only `questions` is required (the
 * original client may send nothing else but `answers`, which can be shorter: missing answers are unanswered).
 * Its `user_id` and `created_at` are ignored: the owner is the caller and the time is the server's.
 */
export const saveInterviewSchema = z
  .object({
    questions: z.array(z.string().trim().min(1).max(MAX_QUESTION_CHARS)).min(1).max(MAX_QUESTIONS),
    answers: z.array(z.string().max(MAX_ANSWER_CHARS)).max(MAX_QUESTIONS).default([]),
    role: generateInterviewSchema.shape.role.default("Interview"),
    level: levelInput.default("mid"),
    type: typeInput.default("mixed"),
    techstack: techstackInput(techTagSchema, 20).default([]),
    question_notes: z.array(questionNoteSchema).max(MAX_QUESTIONS).optional(),
    application_id: objectIdSchema.nullable().optional(),
  })
  .refine((v) => v.answers.length <= v.questions.length, { path: ["answers"], message: "More answers than questions" })
  .refine((v) => !v.question_notes || v.question_notes.length <= v.questions.length, {
    path: ["question_notes"],
    message: "More notes than questions",
  });
export type SaveInterviewInput = z.infer<typeof saveInterviewSchema>;

/** PATCH /api/interview/{id}: the whole answers array, or one answer (autosave), optionally marking it finished. */
export const patchInterviewSchema = z
  .object({
    answers: z.array(z.string().max(MAX_ANSWER_CHARS)).max(MAX_QUESTIONS).optional(),
    answer: z
      .object({
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_QUESTIONS - 1),
        text: z.string().max(MAX_ANSWER_CHARS, `Keep an answer under ${MAX_ANSWER_CHARS} characters`),
        /** The answer's revision this text was typed on (from `answer_revisions`); a stale one is refused with 409. */
        base_revision: z.number().int().min(0).optional(),
      })
      .optional(),
    status: z.literal("completed").optional(),
  })
  .refine((v) => v.answers !== undefined || v.answer !== undefined || v.status !== undefined, {
    message: "Send `answers`, `answer` or `status`",
  })
  .refine((v) => !(v.answers !== undefined && v.answer !== undefined), { message: "Send either `answers` or `answer`, not both" });
export type PatchInterviewInput = z.infer<typeof patchInterviewSchema>;

/** GET /api/interview/history: up to 100 a page by default (the original client reads one page, at most 100). */
export const historyQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: z.string().max(200).optional(),
});
