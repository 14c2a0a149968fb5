import { canonicalTech, displayTech } from "../text/tech-names";
import type { BankQuestion } from "./question-bank";
import { isRival, levelDistance, mentions, orderTechs, pickFrom, topicTech } from "./question-ranking";
import { fresh, fromBank, take, type Picker, type Request } from "./question-picker";
import { skillTemplate } from "./question-templates";
import { seededShuffle } from "./random";

// The technical part of an offline interview: questions about each requested technology in turn (the stack, the
// job's hard skills, technologies in the role), then general and system-design questions by level.

export function technicalPart(p: Picker, req: Request, nTech: number): void {
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
