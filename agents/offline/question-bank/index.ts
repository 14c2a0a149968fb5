import type { BankQuestion } from "./types";
import * as behavioral from "./behavioral";
import * as general from "./general";
import * as systemDesign from "./system-design";
import * as techBackend from "./tech-backend";
import * as techCloud from "./tech-cloud";
import * as techData from "./tech-data";
import * as techFrontend from "./tech-frontend";
import * as techMobileTesting from "./tech-mobile-testing";

// Gathers every bank file. The bank writer owns the data files; this file only imports them.
// A new bank file needs one `import * as x from "./x"` line and an entry in MODULES: every exported array of
// BankQuestion in it is picked up, whatever its name. Duplicate ids keep the first occurrence.

export type { BankQuestion, BankCategory, BankLevel } from "./types";

const MODULES: Record<string, unknown>[] = [
  behavioral,
  general,
  systemDesign,
  techFrontend,
  techBackend,
  techData,
  techCloud,
  techMobileTesting,
];

function collect(modules: Record<string, unknown>[]): BankQuestion[] {
  const seen = new Set<string>();
  const out: BankQuestion[] = [];
  for (const mod of modules) {
    for (const value of Object.values(mod)) {
      if (!Array.isArray(value)) continue;
      for (const q of value as unknown[]) {
        if (!isBankQuestion(q) || seen.has(q.id)) continue;
        seen.add(q.id);
        out.push(q);
      }
    }
  }
  return out;
}

function isBankQuestion(value: unknown): value is BankQuestion {
  const q = value as BankQuestion;
  return (
    !!q &&
    typeof q === "object" &&
    typeof q.id === "string" &&
    typeof q.text === "string" &&
    typeof q.category === "string" &&
    Array.isArray(q.levels) &&
    Array.isArray(q.key_points) &&
    Array.isArray(q.tech)
  );
}

export const QUESTION_BANK: BankQuestion[] = collect(MODULES);
