import type { InterviewType, Level } from "@/core/schemas/interview";
import { questionKey } from "../text/similarity";
import type { BankQuestion } from "./question-bank";
import type { GeneratedQuestion } from "./question-types";

// The offline questions engine's state while it picks: the questions taken so far, never the same question twice,
// never one the user was asked recently (the avoid list), never more than asked for.

/** The request, normalised: technologies canonical, the role's technologies only when the bank knows them. */
export type Request = {
  amount: number;
  level: Level;
  type: InterviewType;
  stack: string[];
  jobTechs: string[];
  roleTechs: string[];
  avoidKeys: Set<string>;
};

export type Picker = {
  bank: readonly BankQuestion[];
  amount: number;
  level: Level;
  rand: () => number;
  picked: GeneratedQuestion[];
  usedKeys: Set<string>;
  usedIds: Set<string>;
  avoidKeys: Set<string>;
};

export function take(p: Picker, q: GeneratedQuestion, id?: string): boolean {
  const key = questionKey(q.text);
  if (!key || p.usedKeys.has(key) || p.avoidKeys.has(key) || p.picked.length >= p.amount) return false;
  p.usedKeys.add(key);
  if (id) p.usedIds.add(id);
  p.picked.push(q);
  return true;
}

export function fresh(p: Picker, q: BankQuestion): boolean {
  return !p.usedIds.has(q.id) && !p.avoidKeys.has(questionKey(q.text)) && !p.usedKeys.has(questionKey(q.text));
}

export function fromBank(q: BankQuestion, text = q.text): GeneratedQuestion {
  return {
    text,
    category: q.category,
    key_points: [...q.key_points],
    ...(q.reference_answer ? { reference_answer: q.reference_answer } : {}),
  };
}
