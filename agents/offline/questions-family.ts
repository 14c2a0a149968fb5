import type { Level } from "@/core/schemas/interview";
import { FAMILY_LABELS, type RoleFamily } from "../text/role-family";
import { questionKey } from "../text/similarity";
import { normaliseSpace } from "../text/words";
import type { BankQuestion } from "./question-bank";
import { LEVELS, levelDistance } from "./question-ranking";
import { BEHAVIORAL_FILLERS, profileQuestion } from "./question-templates";
import { whyThisRole } from "./question-behavioural";
import { fromBank } from "./question-picker";
import type { GeneratedQuestion, QuestionsInput } from "./question-types";
import { hashString, seededRandom, seededShuffle } from "./random";

// Offline questions for a role outside software (agents/text/role-family.ts): role-specific, situational and
// behavioural questions from that family's part of the bank, never a coding or software-tooling question. A saved
// application still shapes the interview: "why this role" from the posting, and questions about the posting's own
// skills. A mixed role ("Technical Product Manager") takes part of its role-specific share from software questions,
// picked by the regular engine (`softwarePart`).

export type FamilyPlan = {
  family: Exclude<RoleFamily, "software">;
  /** How many role-specific questions to take from the software engine instead (mixed roles); 0 otherwise. */
  software: number;
};

export function familyQuestions(
  input: QuestionsInput,
  bank: readonly BankQuestion[],
  plan: FamilyPlan,
  softwarePart: (amount: number, avoid: string[]) => GeneratedQuestion[],
): GeneratedQuestion[] {
  const amount = Math.min(20, Math.max(1, Math.floor(Number(input.amount)) || 5));
  const level: Level = LEVELS.includes(input.level) ? input.level : "mid";
  const rand = seededRandom(hashString(JSON.stringify([plan.family, input.role, level, input.type, amount, input.job?.job_title ?? ""])));
  const avoid = new Set((input.avoid ?? []).map(questionKey));
  const out: GeneratedQuestion[] = [];
  const used = new Set<string>();
  const take = (q: GeneratedQuestion) => {
    const key = questionKey(q.text);
    if (!key || used.has(key) || avoid.has(key) || out.length >= amount) return false;
    used.add(key);
    out.push(q);
    return true;
  };

  const nRole = input.type === "behavioral" ? 0 : input.type === "technical" ? amount : Math.ceil(amount / 2);
  const nBeh = amount - nRole;
  // Behavioural share: the candidate's own recent work first (its behavioural form names no technology), then
  // "why this role" for a saved application; the rest comes from the family's behavioural questions below.
  const opening = nBeh >= 2 ? profileQuestion(input.profile, "behavioral") : null;
  if (opening) take(opening);
  const job = input.job;
  if (job && (job.job_title || job.company) && nBeh - out.length >= 1) take(whyThisRole(job, input.role, FAMILY_LABELS[plan.family]));

  // Role-specific and situational: the posting's skills first, then the mixed role's software share, then the family.
  let roleLeft = nRole;
  for (const skill of (job?.hard_skills ?? []).slice(0, 2)) if (roleLeft > 0 && take(skillQuestion(skill))) roleLeft--;
  if (plan.software > 0 && roleLeft > 0) {
    for (const q of softwarePart(Math.min(plan.software, roleLeft), [...(input.avoid ?? []), ...out.map((x) => x.text)]))
      if (roleLeft > 0 && take(q)) roleLeft--;
  }
  const family = bank.filter((q) => q.family === plan.family);
  const ranked = (categories: string[]) =>
    seededShuffle(
      family.filter((q) => categories.includes(q.category)),
      rand,
    ).sort((a, b) => levelDistance(a, level) - levelDistance(b, level));
  // Alternate role-specific and situational so both kinds appear.
  const roleSpecific = ranked(["role-specific"]);
  const situational = ranked(["situational"]);
  while (roleLeft > 0 && (roleSpecific.length || situational.length)) {
    const next = (out.length % 2 === 0 ? roleSpecific.shift() : situational.shift()) ?? roleSpecific.shift() ?? situational.shift();
    if (next && take(fromBank(next))) roleLeft--;
  }
  for (const q of ranked(["behavioral"])) if (out.length < amount) take(fromBank(q));
  // Still short (a long avoid list): the family's other questions, then general behavioural fillers.
  for (const q of [...ranked(["role-specific", "situational"]), ...seededShuffle(BEHAVIORAL_FILLERS, rand)]) {
    if (out.length >= amount) break;
    take("id" in q ? fromBank(q as BankQuestion) : (q as GeneratedQuestion));
  }
  return out;
}

/** A question about one of the posting's skills, in words that suit any trade. */
function skillQuestion(skill: string): GeneratedQuestion {
  const name = normaliseSpace(skill);
  return {
    text: `The role asks for ${name}. Tell me about a time you used it in your work: what was the situation, what did you do, and what was the result?`,
    category: "role-specific",
    key_points: [
      `Names a concrete situation where ${name} mattered`,
      "Describes what they did themselves",
      "Gives a result or what changed because of it",
      "Says what they would do better now",
    ],
  };
}
