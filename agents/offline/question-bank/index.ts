import type { BankQuestion } from "./types";

// Gathers every bank file. The bank writer owns the data files; this file only imports them.
// Add one import + one spread per new file.

export type { BankQuestion, BankCategory, BankLevel } from "./types";

export const QUESTION_BANK: BankQuestion[] = [];
