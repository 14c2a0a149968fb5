import type { BankQuestion } from "./types";
import { behavioralQuestions } from "./behavioral";
import { generalQuestions } from "./general";
import { systemDesignQuestions } from "./system-design";
import { backendQuestions } from "./tech-backend";
import { cloudQuestions } from "./tech-cloud";
import { dataQuestions } from "./tech-data";
import { frontendQuestions } from "./tech-frontend";
import { mobileTestingQuestions } from "./tech-mobile-testing";
import { customerQuestions } from "./role-customer";
import { dataAnalysisQuestions } from "./role-data";
import { designQuestions } from "./role-design";
import { financeQuestions } from "./role-finance";
import { marketingQuestions } from "./role-marketing";
import { nursingQuestions } from "./role-nursing";
import { operationsQuestions } from "./role-operations";
import { peopleQuestions } from "./role-people";
import { productQuestions } from "./role-product";
import { projectQuestions } from "./role-project";
import { salesQuestions } from "./role-sales";
import { teachingQuestions } from "./role-teaching";

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
  // Role families beyond software (agents/text/role-family.ts): each file is one family's questions.
  ...productQuestions,
  ...projectQuestions,
  ...dataAnalysisQuestions,
  ...designQuestions,
  ...salesQuestions,
  ...customerQuestions,
  ...marketingQuestions,
  ...peopleQuestions,
  ...financeQuestions,
  ...nursingQuestions,
  ...teachingQuestions,
  ...operationsQuestions,
];
