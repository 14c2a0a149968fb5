import type { RoleFamily } from "../../text/role-family";
import type { BankLevel, BankQuestion } from "./types";

// Helpers shared by the bank data files. Not a bank file itself: it exports no question arrays.
// Levels are written as letters in this order: "j" junior, "m" mid, "s" senior, "l" lead ("jm", "msl", "jmsl").

const LEVEL: Record<string, BankLevel> = { j: "junior", m: "mid", s: "senior", l: "lead" };

/** The level letters a row may carry, checked by the compiler: "j", "jm", "msl", "jmsl", … (in order, each once). */
export type LevelCodes = Exclude<`${"" | "j"}${"" | "m"}${"" | "s"}${"" | "l"}`, "">;

/** What a strong answer covers: at least three points (bank.test.ts also caps them at five). */
export type KeyPoints = [string, string, string, ...string[]];

/** "jm" → ["junior", "mid"]. */
export function bankLevels(levels: LevelCodes): BankLevel[] {
  return [...levels].map((c) => LEVEL[c]);
}

/** Stable id by position: bankId("sd", 0) → "sd-001". */
export function bankId(prefix: string, index: number): string {
  return `${prefix}-${String(index + 1).padStart(3, "0")}`;
}

/** A technology question row: [levels, text, key points]. */
export type TechRow = [levels: LevelCodes, text: string, key_points: KeyPoints];

/** One technology group: ids "<prefix>-NNN" by position inside the group. */
export function group(prefix: string, topic: string, tech: string[], rows: TechRow[]): BankQuestion[] {
  return rows.map(([levels, text, key_points], i) => ({
    id: bankId(prefix, i),
    text,
    category: "technical",
    topic,
    tech,
    levels: bankLevels(levels),
    key_points,
  }));
}

/** A role family's question row: [category, levels, text, key points, reference answer?]. */
export type FamilyRow = [
  category: "behavioral" | "role-specific" | "situational",
  levels: LevelCodes,
  text: string,
  key_points: KeyPoints,
  reference_answer?: string,
];

/** One role family's questions: ids "<prefix>-NNN" by position, topic = the category, no technology tags. */
export function family(prefix: string, name: Exclude<RoleFamily, "software">, rows: FamilyRow[]): BankQuestion[] {
  return rows.map(([category, levels, text, key_points, reference_answer], i) => ({
    id: bankId(prefix, i),
    text,
    category,
    topic: category,
    tech: [],
    levels: bankLevels(levels),
    key_points,
    family: name,
    ...(reference_answer ? { reference_answer } : {}),
  }));
}
