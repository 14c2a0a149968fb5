import type { InterviewType } from "@/core/schemas/interview";
import { canonicalSkill, isGenericSkill } from "../text/skills";
import { canonicalTech, techsInText } from "../text/tech-names";
import { roleFamilies } from "../text/role-family";
import { questionKey } from "../text/similarity";
import { familyQuestions } from "./questions-family";
import { normaliseSpace } from "../text/words";
import { QUESTION_BANK, type BankQuestion } from "./question-bank";
import { behaviouralPart } from "./question-behavioural";
import { isRival, LEVELS, topicTech, uniq } from "./question-ranking";
import { fresh, fromBank, take, type Picker, type Request } from "./question-picker";
import { technicalPart } from "./question-technical";
import { BEHAVIORAL_FILLERS, profileQuestion, TECHNICAL_FILLERS } from "./question-templates";
import type { GeneratedQuestion, QuestionsInput } from "./question-types";
import { hashString, seededRandom, seededShuffle } from "./random";

// Offline question generation: picks from the project's question bank by type, level and technologies (the tech stack,
// the job's hard skills and skills named in the role), adds questions built from the profile and the job, avoids the
// user's recent questions, and returns exactly `amount` distinct questions. Deterministic: the same input gives the
// same questions (seeded shuffle).

export function offlineQuestions(input: QuestionsInput, bank: readonly BankQuestion[] = QUESTION_BANK): GeneratedQuestion[] {
  // The role's family decides where the questions come from: software roles (and an empty role) use the software
  // questions below; other families their own part of the bank (questions-family.ts), a mixed role some of both.
  const softwareBank = bank.filter((q) => !q.family);
  const bankTags = new Set(softwareBank.flatMap((q) => q.tech.map(canonicalTech)));
  const { families } = roleFamilies(input.role ?? "", (t) => bankTags.has(t));
  const main = families[0];
  if (main && main !== "software") {
    const amount = clampAmount(input.amount);
    const software = families.includes("software") ? Math.floor(amount / 4) : 0;
    return familyQuestions(input, bank, { family: main, software }, (n, avoid) =>
      softwareQuestions({ ...input, amount: n, type: "technical", avoid }, softwareBank),
    );
  }
  // A role no family matches ("Chef") and no software stack: behavioural questions only, never technical ones.
  const softwareStack = (input.techstack ?? []).some((t) => bankTags.has(canonicalTech(t)));
  if (!main && normaliseSpace(input.role ?? "") && !softwareStack) return softwareQuestions({ ...input, type: "behavioral" }, softwareBank);
  return softwareQuestions(input, softwareBank);
}

function softwareQuestions(input: QuestionsInput, bank: readonly BankQuestion[]): GeneratedQuestion[] {
  const req = requestOf(input, bank);
  const p: Picker = {
    bank,
    amount: req.amount,
    level: req.level,
    rand: seededRandom(seedOf(input, req)),
    picked: [],
    usedKeys: new Set(),
    usedIds: new Set(),
    avoidKeys: req.avoidKeys,
  };
  // Slots.
  let nTech = req.type === "technical" ? req.amount : req.type === "behavioral" ? 0 : Math.ceil(req.amount / 2);
  let nBeh = req.amount - nTech;

  // 1. A warm-up question from the profile (most recent role or project).
  const profileQ = req.amount >= 2 ? profileQuestion(input.profile, req.type === "behavioral" ? "behavioral" : "technical") : null;
  const opening: GeneratedQuestion[] = [];
  if (profileQ && !p.avoidKeys.has(questionKey(profileQ.text))) {
    opening.push(profileQ);
    if (profileQ.category === "behavioral" && nBeh > 0) nBeh--;
    else nTech--;
  }
  for (const q of opening) take(p, q);

  // 2. Technical part; 3. behavioural part; 4. whatever is still short.
  if (nTech > 0) technicalPart(p, req, nTech);
  if (nBeh > 0) behaviouralPart(p, input, nBeh);
  topUp(p, req);
  return order(p.picked, opening.length, req.type, p.rand);
}

function requestOf(input: QuestionsInput, bank: readonly BankQuestion[]): Request {
  const jobTechs = uniq(
    (input.job?.hard_skills ?? [])
      .filter((s) => !isGenericSkill(canonicalSkill(s) ?? s))
      .map(canonicalTech)
      .filter(Boolean),
  ).slice(0, 12);
  // Technologies named in the role count only when the bank has questions for them ("Data Engineer" is not a tool).
  const bankTags = new Set(bank.flatMap((q) => q.tech.map(canonicalTech)));
  return {
    amount: clampAmount(input.amount),
    level: LEVELS.includes(input.level) ? input.level : "mid",
    type: input.type === "technical" || input.type === "behavioral" ? input.type : "mixed",
    stack: uniq((input.techstack ?? []).map(canonicalTech).filter(Boolean)),
    jobTechs,
    roleTechs: techsInText(input.role ?? "").filter((t) => bankTags.has(t)),
    avoidKeys: new Set((input.avoid ?? []).map(questionKey).filter(Boolean)),
  };
}

/** The same request gives the same questions. */
function seedOf(input: QuestionsInput, req: Request): number {
  return hashString(
    JSON.stringify([
      normaliseSpace(input.role ?? "").toLowerCase(),
      req.level,
      req.type,
      [...req.stack].sort(),
      req.amount,
      input.job?.job_title ?? "",
      input.job?.company ?? "",
      req.jobTechs,
      input.profile?.experience?.[0]?.title ?? "",
      [...req.avoidKeys].sort(),
    ]),
  );
}

/**
 * Still short (tiny bank slice or a long avoid list): generic templates, then anything from the bank, and as a last
 * resort questions from the avoid list (better a repeat than fewer questions than asked).
 */
function topUp(p: Picker, req: Request): void {
  const { type } = req;
  const { bank, rand, amount, picked } = p;
  if (picked.length < amount) {
    const fillers =
      type === "behavioral" ? BEHAVIORAL_FILLERS : type === "technical" ? TECHNICAL_FILLERS : [...TECHNICAL_FILLERS, ...BEHAVIORAL_FILLERS];
    for (const q of seededShuffle(fillers, rand)) take(p, q);
  }
  if (picked.length < amount) {
    const cats = type === "behavioral" ? ["behavioral"] : type === "technical" ? ["technical", "general", "system-design"] : null;
    // Questions about a rival of a requested technology go last (only when nothing else is left).
    const requested = new Set([...req.stack, ...req.jobTechs, ...req.roleTechs]);
    const rival = (q: BankQuestion) => Number(q.category === "technical" && isRival(topicTech(q), requested));
    for (const q of seededShuffle(bank, rand).sort((a, b) => rival(a) - rival(b))) {
      if (picked.length >= amount) break;
      if (cats && !cats.includes(q.category)) continue;
      if (fresh(p, q)) take(p, fromBank(q), q.id);
    }
  }
  if (picked.length < amount) {
    p.avoidKeys.clear();
    for (const q of seededShuffle([...bank], rand)) {
      if (picked.length >= amount) break;
      if (!p.usedIds.has(q.id)) take(p, fromBank(q), q.id);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

function clampAmount(n: number): number {
  const v = Math.floor(Number(n));
  return Number.isFinite(v) ? Math.min(20, Math.max(1, v)) : 5;
}

/** Opening questions first; then technical and behavioural interleaved (mixed), system design towards the end. */
function order(picked: GeneratedQuestion[], openingCount: number, type: InterviewType, rand: () => number): GeneratedQuestion[] {
  const opening = picked.slice(0, openingCount);
  const rest = picked.slice(openingCount);
  const design = rest.filter((q) => q.category === "system-design");
  const beh = rest.filter((q) => q.category === "behavioral");
  const tech = rest.filter((q) => q.category !== "system-design" && q.category !== "behavioral");
  void rand;
  const out = [...opening];
  if (type === "mixed") {
    for (let i = 0; i < Math.max(tech.length, beh.length); i++) {
      if (i < tech.length) out.push(tech[i]);
      if (i < beh.length) out.push(beh[i]);
    }
  } else {
    out.push(...tech, ...beh);
  }
  out.push(...design);
  return out;
}
