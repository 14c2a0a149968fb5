import type { InterviewType, Level } from "@/core/schemas/interview";
import { canonicalSkill, isGenericSkill } from "../text/skills";
import { canonicalTech, displayTech, techsInText } from "../text/tech-names";
import { questionKey } from "../text/similarity";
import { normaliseSpace } from "../text/words";
import { QUESTION_BANK, type BankQuestion } from "./question-bank";
import { isRival, LEVELS, levelDistance, mentions, orderTechs, pickFrom, topicMatches, topicTech, uniq } from "./question-pick";
import { BEHAVIORAL_FILLERS, profileQuestion, skillTemplate, TECHNICAL_FILLERS } from "./question-templates";
import type { GeneratedQuestion, QuestionsInput } from "./question-types";
import { hashString, seededRandom, seededShuffle } from "./random";

// Offline question generation: picks from the project's question bank by type, level and technologies (the tech stack,
// the job's hard skills and skills named in the role), adds questions built from the profile and the job, avoids the
// user's recent questions, and returns exactly `amount` distinct questions. Deterministic: the same input gives the
// same questions (seeded shuffle).

export function offlineQuestions(input: QuestionsInput, bank: readonly BankQuestion[] = QUESTION_BANK): GeneratedQuestion[] {
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

/** The request, normalised: technologies canonical, the role's technologies only when the bank knows them. */
type Request = {
  amount: number;
  level: Level;
  type: InterviewType;
  stack: string[];
  jobTechs: string[];
  roleTechs: string[];
  avoidKeys: Set<string>;
};

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

// ---------------------------------------------------------------------------------------------------------------
// The picker: the questions taken so far, never the same question twice, never one the user was asked recently

type Picker = {
  bank: readonly BankQuestion[];
  amount: number;
  level: Level;
  rand: () => number;
  picked: GeneratedQuestion[];
  usedKeys: Set<string>;
  usedIds: Set<string>;
  avoidKeys: Set<string>;
};

function take(p: Picker, q: GeneratedQuestion, id?: string): boolean {
  const key = questionKey(q.text);
  if (!key || p.usedKeys.has(key) || p.avoidKeys.has(key) || p.picked.length >= p.amount) return false;
  p.usedKeys.add(key);
  if (id) p.usedIds.add(id);
  p.picked.push(q);
  return true;
}

function fresh(p: Picker, q: BankQuestion): boolean {
  return !p.usedIds.has(q.id) && !p.avoidKeys.has(questionKey(q.text)) && !p.usedKeys.has(questionKey(q.text));
}

function fromBank(q: BankQuestion, text = q.text): GeneratedQuestion {
  return { text, category: q.category, key_points: [...q.key_points] };
}

// ---------------------------------------------------------------------------------------------------------------
// Technical part

function technicalPart(p: Picker, req: Request, nTech: number): void {
  const { level } = req;
  const techs = orderTechs(req.stack, req.jobTechs, req.roleTechs);
  const jobSet = new Set(req.jobTechs);
  let nDesign = 0;
  if (level === "senior" || level === "lead") nDesign = nTech >= 4 ? Math.max(1, Math.round(nTech * 0.2)) : nTech >= 3 ? 1 : 0;
  else if (level === "mid") nDesign = nTech >= 6 ? 1 : 0;
  let nGeneral = techs.length === 0 ? Math.ceil((nTech - nDesign) / 2) : nTech >= 5 ? Math.max(1, Math.round(nTech * 0.15)) : 0;
  if (techs.length === 0 && nDesign === 0 && level !== "junior") nDesign = Math.min(nTech - nGeneral, Math.floor(nTech / 3));
  const nSkill = nTech - nDesign - nGeneral;

  const pools = techPools(p, techs, jobSet);
  nGeneral += Math.max(0, takeSkillQuestions(p, techs, pools, jobSet, nSkill));
  let gotGeneral = 0;
  for (const q of pickFrom(
    p.bank,
    (q) => q.category === "general",
    level,
    nGeneral,
    p.rand,
    (q) => fresh(p, q),
  ))
    if (take(p, fromBank(q), q.id)) gotGeneral++;
  nDesign += nGeneral - gotGeneral;
  const designTaken = pickFrom(
    p.bank,
    (q) => q.category === "system-design",
    level,
    nDesign,
    p.rand,
    (q) => fresh(p, q),
  );
  for (const q of designTaken) take(p, fromBank(q), q.id);
}

/**
 * Per-technology pools. A question's topic is the technology it is about; its other tags are parents it builds on
 * (an Angular question is tagged "typescript" too, a Next.js one "react"). For technology t, in order:
 *   1. questions whose topic IS t;  2. questions whose topic is another requested technology;
 *   3. questions that only share t as a parent tag (Next.js for a React stack);
 * each at the level first, then the nearest levels. Questions about a RIVAL of a requested technology (Angular or
 * Vue for a React stack, MySQL for PostgreSQL, Flask for Django) are left out here and used only when everything
 * else, templates included, has run out (topUp).
 */
function techPools(p: Picker, techs: string[], jobSet: Set<string>): Map<string, BankQuestion[]> {
  const { level, rand } = p;
  const techSet = new Set(techs);
  const poolFor = new Map<string, BankQuestion[]>();
  for (const t of techs) {
    const tagged = p.bank.filter(
      (q) => q.category !== "behavioral" && q.tech.some((tag) => canonicalTech(tag) === t || tag.toLowerCase() === t),
    );
    // For a job's skills, questions that name the skill come first.
    const named = (q: BankQuestion) => (jobSet.has(t) && mentions(q.text, t) ? 0 : 1);
    const tiers: BankQuestion[][] = [[], [], []];
    for (const q of tagged) {
      const topic = topicTech(q);
      if (topic === t) tiers[0].push(q);
      else if (techSet.has(topic)) tiers[1].push(q);
      else if (!isRival(topic, techSet)) tiers[2].push(q);
    }
    const ranked = tiers.flatMap((tier) => {
      const atLevel = seededShuffle(
        tier.filter((q) => q.levels.includes(level)),
        rand,
      ).sort((a, b) => named(a) - named(b));
      const other = seededShuffle(
        tier.filter((q) => !q.levels.includes(level)),
        rand,
      ).sort((a, b) => levelDistance(a, level) - levelDistance(b, level));
      return [...atLevel, ...other];
    });
    poolFor.set(t, ranked);
  }
  return poolFor;
}

/**
 * One question per technology in turn, from its pool, else a template that names it. A job's skill the question does
 * not name is prefixed ("Kafka: …"). Returns how many skill questions are still missing.
 */
function takeSkillQuestions(p: Picker, techs: string[], pools: Map<string, BankQuestion[]>, jobSet: Set<string>, nSkill: number): number {
  const templateCount = new Map<string, number>();
  let guard = 0;
  while (nSkill > 0 && techs.length > 0 && guard++ < 200) {
    let progressed = false;
    for (const t of techs) {
      if (nSkill <= 0) break;
      const pool = pools.get(t) ?? [];
      let added = false;
      while (pool.length && !added) {
        const q = pool.shift()!;
        if (!fresh(p, q)) continue;
        const text = jobSet.has(t) && !mentions(q.text, t) ? `${displayTech(t)}: ${q.text}` : q.text;
        added = take(p, { ...fromBank(q, text), category: "technical" }, q.id);
      }
      if (!added) {
        // No (more) bank questions for this technology: template questions that name it.
        const n = templateCount.get(t) ?? 0;
        const tpl = skillTemplate(t, p.level, n);
        templateCount.set(t, n + 1);
        if (tpl) added = take(p, tpl);
      }
      if (added) {
        nSkill--;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  return nSkill;
}

// ---------------------------------------------------------------------------------------------------------------
// Behavioural part: spread across topics, topics matching the job's soft skills first, plus "why this role"

function behaviouralPart(p: Picker, input: QuestionsInput, nBeh: number): void {
  const { level, rand } = p;
  const job = input.job;
  if (job && (job.job_title || job.company) && nBeh >= 2 && take(p, whyThisRole(job, input.role))) nBeh--;
  const softWanted = (job?.soft_skills ?? []).map((s) => s.toLowerCase());
  const behavioural = p.bank.filter((q) => q.category === "behavioral");
  const byTopic = new Map<string, BankQuestion[]>();
  for (const q of seededShuffle(
    behavioural.filter((q) => q.levels.includes(level)),
    rand,
  )) {
    const list = byTopic.get(q.topic) ?? [];
    list.push(q);
    byTopic.set(q.topic, list);
  }
  const topics = seededShuffle([...byTopic.keys()], rand).sort(
    (a, b) => Number(!softWanted.some((s) => topicMatches(a, s))) - Number(!softWanted.some((s) => topicMatches(b, s))),
  );
  let guard = 0;
  while (nBeh > 0 && topics.length && guard++ < 100) {
    let progressed = false;
    for (const topic of topics) {
      if (nBeh <= 0) break;
      const list = byTopic.get(topic)!;
      while (list.length) {
        const q = list.shift()!;
        if (fresh(p, q) && take(p, fromBank(q), q.id)) {
          nBeh--;
          progressed = true;
          break;
        }
      }
    }
    if (!progressed) break;
  }
  // Other levels, then templates.
  for (const q of pickFrom(
    p.bank,
    (q) => q.category === "behavioral",
    null,
    nBeh,
    rand,
    (q) => fresh(p, q),
  ))
    if (take(p, fromBank(q), q.id)) nBeh--;
}

function whyThisRole(job: NonNullable<QuestionsInput["job"]>, role: string | undefined): GeneratedQuestion {
  const title = normaliseSpace(job.job_title || role || "this");
  const company = normaliseSpace(job.company || "");
  return {
    text: `Why are you interested in the ${title} role${company ? ` at ${company}` : ""}, and which parts of your experience prepare you for it?`,
    category: "behavioral",
    key_points: [
      `Shows they know what ${company || "the company"} does and what this role involves`,
      "Links two or three concrete parts of their experience to the role's main requirements",
      "Gives a genuine motivation beyond salary or title",
      "Mentions what they want to learn or contribute in the first months",
    ],
  };
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
