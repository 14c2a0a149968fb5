import { z } from "zod";
import { ROLE_FAMILIES } from "../../text/role-family";

// The offline question bank's shape: one zod schema, the TypeScript type inferred from it. The data files
// (behavioral.ts, general.ts, system-design.ts, tech-*.ts) each export one typed `BankQuestion[]`; index.ts joins them
// into QUESTION_BANK, and bank.test.ts parses every entry of QUESTION_BANK with this schema.

export const BANK_CATEGORIES = ["behavioral", "general", "technical", "system-design", "role-specific", "situational"] as const;
export const BANK_LEVELS = ["junior", "mid", "senior", "lead"] as const;

export const bankQuestionSchema = z.object({
  /** Unique, stable id, e.g. "react-001" or "beh-012": a prefix and the position in its group. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*-\d{3}$/),
  /** The question as asked to the candidate. */
  text: z
    .string()
    .min(16)
    .refine((t) => t === t.trim() && /[?.]$/.test(t), "a trimmed sentence ending in '?' or '.'"),
  category: z.enum(BANK_CATEGORIES),
  /**
   * e.g. "react", "postgresql", "teamwork", "general". For technical questions, the PRIMARY technology the question is
   * about, spelled as the skills dictionary's canonical name lowercased ("vue.js", "apache kafka", "rest apis").
   */
  topic: z.string().trim().min(1),
  /**
   * Tech tags, lowercased: the topic first (canonical dictionary name), then the parent technologies it builds on
   * (["angular", "typescript"], ["next.js", "react"]). A few groups also keep their older short tag as an alias
   * (["vue.js", "vue"]); matching goes through the dictionary, so both spellings select the same questions.
   * [] for non-technical questions. The offline questions engine ranks questions whose topic is in the requested
   * stack above those that only share a parent tag, and skips rival frameworks (question-bank/rivals.ts).
   */
  tech: z.array(z.string().regex(/^[^A-Z\s](?:[^A-Z]*[^A-Z\s])?$/, "lowercase, trimmed")),
  /** Levels this question suits, each once. */
  levels: z
    .array(z.enum(BANK_LEVELS))
    .min(1)
    .refine((l) => new Set(l).size === l.length, "each level once"),
  /** What a strong answer covers: 3–5 short, distinct points. */
  key_points: z
    .array(z.string().trim().min(4))
    .min(3)
    .max(5)
    .refine((k) => new Set(k).size === k.length, "distinct key points"),
  /**
   * The family of roles the question belongs to (agents/text/role-family.ts); absent for the software questions
   * (behavioural, general, system design, technologies), which were written for software roles.
   */
  family: z.enum(ROLE_FAMILIES).exclude(["software"]).optional(),
  /** What a good answer says, in full, where one answer is expected (factual and method questions). */
  reference_answer: z.string().trim().min(20).optional(),
});

export type BankQuestion = z.infer<typeof bankQuestionSchema>;
export type BankCategory = BankQuestion["category"];
export type BankLevel = BankQuestion["levels"][number];
