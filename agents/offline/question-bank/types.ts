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
  /**
   * e.g. "react", "postgresql", "teamwork", "general". For technical questions, the PRIMARY technology the question is
   * about, spelled as the skills dictionary's canonical name lowercased ("vue.js", "apache kafka", "rest apis").
   */
  topic: string;
  /**
   * Tech tags, lowercased: the topic first (canonical dictionary name), then the parent technologies it builds on
   * (["angular", "typescript"], ["next.js", "react"]). A few groups also keep their older short tag as an alias
   * (["vue.js", "vue"]); matching goes through the dictionary, so both spellings select the same questions.
   * [] for non-technical questions. The offline questions engine ranks questions whose topic is in the requested
   * stack above those that only share a parent tag, and skips rival frameworks (agents/offline/questions.ts).
   */
  tech: string[];
  /** Levels this question suits. */
  levels: BankLevel[];
  /** What a strong answer covers (3–6 short points). */
  key_points: string[];
};
