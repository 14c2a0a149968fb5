// The offline question bank's shape. Owner of this file: the questions-agent engineer.
// Bank data files (behavioral.ts, general.ts, tech-*.ts, written by the bank writer) each export a `BankQuestion[]`;
// index.ts gathers them into QUESTION_BANK.

export type BankCategory = "behavioral" | "general" | "technical" | "system-design";
export type BankLevel = "junior" | "mid" | "senior" | "lead";

export type BankQuestion = {
  /** Unique, stable id, e.g. "react-hooks-1" or "beh-conflict-2". */
  id: string;
  /** The question as asked to the candidate. */
  text: string;
  category: BankCategory;
  /** e.g. "react", "postgresql", "teamwork", "general". */
  topic: string;
  /** Canonical tech names matching the skills dictionary, lowercased (e.g. ["react", "typescript"]); [] for non-technical. */
  tech: string[];
  /** Levels this question suits. */
  levels: BankLevel[];
  /** What a strong answer covers (3–6 short points). */
  key_points: string[];
};
