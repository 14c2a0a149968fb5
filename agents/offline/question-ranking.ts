import type { Level } from "@/core/schemas/interview";
import type { BankQuestion } from "./question-bank";
import { RIVAL_GROUPS } from "./question-bank/rivals";
import { canonicalTech, techsInText } from "../text/tech-names";
import { seededShuffle } from "./random";

// How the offline engine chooses from the question bank: the order of the requested technologies, a question's
// technology, rival frameworks (a Vue question is off-topic for a React stack), closeness to the level, and a
// seeded pick that prefers distinct topics.

export const LEVELS: Level[] = ["junior", "mid", "senior", "lead"];

export function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function orderTechs(stack: string[], job: string[], role: string[]): string[] {
  const both = stack.filter((t) => job.includes(t));
  const jobOnly = job.filter((t) => !both.includes(t));
  const stackOnly = stack.filter((t) => !both.includes(t));
  const mixed: string[] = [];
  for (let i = 0; i < Math.max(jobOnly.length, stackOnly.length); i++) {
    if (i < jobOnly.length) mixed.push(jobOnly[i]);
    if (i < stackOnly.length) mixed.push(stackOnly[i]);
  }
  return uniq([...both, ...mixed, ...role]).slice(0, 12);
}

/** The technology a bank question is about: its topic, through the skills dictionary ("vue" → "vue.js"). */
export function topicTech(q: BankQuestion): string {
  return canonicalTech(q.topic);
}

/** The rival table with its names canonicalised through the skills dictionary, once at module load. */
const RIVALS: string[][][] = RIVAL_GROUPS.map((group) => group.map((family) => family.map((name) => canonicalTech(name))));

/** True when `topic` is a rival of the requested technologies (see question-bank/rivals.ts); never for a requested one. */
export function isRival(topic: string, requested: ReadonlySet<string>): boolean {
  if (!topic || requested.has(topic)) return false;
  for (const group of RIVALS) {
    const own = group.find((family) => family.includes(topic));
    if (!own || own.some((t) => requested.has(t))) continue;
    if (group.some((family) => family !== own && family.some((t) => requested.has(t)))) return true;
  }
  return false;
}

export function levelDistance(q: BankQuestion, level: Level): number {
  const i = LEVELS.indexOf(level);
  return Math.min(...q.levels.map((l) => Math.abs(LEVELS.indexOf(l) - i)));
}

export function mentions(text: string, tech: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(tech)) return true;
  return techsInText(text).includes(tech);
}

export function topicMatches(topic: string, soft: string): boolean {
  const a = topic.toLowerCase();
  const b = soft.toLowerCase();
  return a.includes(b) || b.includes(a) || (a.slice(0, 5) === b.slice(0, 5) && a.length >= 5);
}

export function pickFrom(
  bank: readonly BankQuestion[],
  filter: (q: BankQuestion) => boolean,
  level: Level | null,
  n: number,
  rand: () => number,
  fresh: (q: BankQuestion) => boolean,
): BankQuestion[] {
  if (n <= 0) return [];
  const all = bank.filter(filter);
  const atLevel = level
    ? seededShuffle(
        all.filter((q) => q.levels.includes(level)),
        rand,
      )
    : [];
  const rest = seededShuffle(
    all.filter((q) => !atLevel.includes(q)),
    rand,
  ).sort((a, b) => (level ? levelDistance(a, level) - levelDistance(b, level) : 0));
  const seenTopics = new Set<string>();
  const out: BankQuestion[] = [];
  // Prefer distinct topics first.
  for (const q of [...atLevel, ...rest]) {
    if (out.length >= n) break;
    if (!fresh(q) || seenTopics.has(q.topic)) continue;
    seenTopics.add(q.topic);
    out.push(q);
  }
  for (const q of [...atLevel, ...rest]) {
    if (out.length >= n) break;
    if (!fresh(q) || out.includes(q)) continue;
    out.push(q);
  }
  return out;
}
