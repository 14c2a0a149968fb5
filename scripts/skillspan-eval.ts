// Posting-level precision / recall / F1 of the offline job agent's hard-skill extraction against the KNOWLEDGE
// spans of SkillSpan's dev split (../shared/fixtures/skillspan/dev.json). Run: npx tsx scripts/skillspan-eval.ts [file]
// The matching rule is documented in agents/offline/skills-eval.ts.
import path from "node:path";
import { parseJobOffline } from "../agents/offline/job";
import { evaluate, loadSkillSpan } from "../agents/offline/skills-eval";

export function jobAgentHardSkills(text: string): string[] {
  try {
    return parseJobOffline({ text }).hard_skills;
  } catch {
    return [];
  }
}

const file = process.argv[2] ?? path.resolve(process.cwd(), "../shared/fixtures/skillspan/dev.json");
const postings = loadSkillSpan(file);
const result = evaluate(postings, jobAgentHardSkills);
const pct = (x: number) => (x * 100).toFixed(1) + "%";
console.log(`SkillSpan dev (KNOWLEDGE spans), ${result.postings} postings`);
console.log(`predicted skills: ${result.predicted}  correct: ${result.truePositivePredictions}`);
console.log(`gold spans:       ${result.gold}  matched: ${result.matchedGold}`);
console.log(`precision ${pct(result.precision)}  recall ${pct(result.recall)}  F1 ${result.f1.toFixed(3)}`);
