import type { BankQuestion } from "./types";
import { behavioralQuestions } from "./behavioral";
import { generalQuestions } from "./general";
import { systemDesignQuestions } from "./system-design";
import { backendQuestions } from "./tech-backend";
import { cloudQuestions } from "./tech-cloud";
import { dataQuestions } from "./tech-data";
import { frontendQuestions } from "./tech-frontend";
import { mobileTestingQuestions } from "./tech-mobile-testing";

// The whole bank, in a fixed order (the offline engine's seeded picks depend on it). A new data file exports one
// `BankQuestion[]` and is added here; index.test.ts fails when a data file in this folder is missing from the bank,
// and bank.test.ts checks every entry.

export type { BankQuestion, BankCategory, BankLevel } from "./types";

export const QUESTION_BANK: readonly BankQuestion[] = [
  ...behavioralQuestions,
  ...generalQuestions,
  ...systemDesignQuestions,
  ...frontendQuestions,
  ...backendQuestions,
  ...dataQuestions,
  ...cloudQuestions,
  ...mobileTestingQuestions,
];
