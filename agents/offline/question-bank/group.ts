import type { BankLevel, BankQuestion } from "./types";

// Helpers shared by the bank data files. Not a bank file itself: it exports no question arrays.
// Levels are written as letters: "j" junior, "m" mid, "s" senior, "l" lead.

const LEVEL: Record<string, BankLevel> = { j: "junior", m: "mid", s: "senior", l: "lead" };

/** "jm" → ["junior", "mid"]. */
export function bankLevels(levels: string): BankLevel[] {
  return [...levels].map((c) => LEVEL[c]);
}

/** Stable id by position: bankId("sd", 0) → "sd-001". */
export function bankId(prefix: string, index: number): string {
  return `${prefix}-${String(index + 1).padStart(3, "0")}`;
}

/** A technology question row: [levels, text, key points]. */
export type TechRow = [levels: string, text: string, key_points: string[]];

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
