// Posting-level precision / recall / F1 of the offline job agent's hard-skill extraction against the KNOWLEDGE
// spans of SkillSpan's dev split (../shared/fixtures/skillspan/dev.json). Run: npx tsx scripts/skillspan-eval.ts [file]
// Two rules, documented in agents/offline/skills-eval.ts: the lenient one (canonical names, alias or skill inside
// the span) on `hard_skills`, and the exact one (normalised string equality) on the posting's own wording
// (`hard_skill_terms`) and, for comparison, on the canonical names.
import path from "node:path";
import type { JobData } from "../core/schemas/job";
import { parseJobOffline } from "../agents/offline/job";
import { evaluate, evaluateExact, loadSkillSpan, type EvalResult } from "../agents/offline/skills-eval";

function analyse(text: string): JobData | null {
  try {
    return parseJobOffline({ text });
  } catch {
    return null;
  }
}

const file = process.argv[2] ?? path.resolve(process.cwd(), "../shared/fixtures/skillspan/dev.json");
const postings = loadSkillSpan(file);
const cache = new Map<string, JobData | null>();
const job = (text: string) => {
  if (!cache.has(text)) cache.set(text, analyse(text));
  return cache.get(text);
};
const pct = (x: number) => (x * 100).toFixed(1) + "%";
const line = (label: string, r: EvalResult) =>
  console.log(
    `${label.padEnd(34)} P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${r.f1.toFixed(3)}   (pred ${r.predicted}, gold ${r.gold})`,
  );

console.log(`SkillSpan dev (KNOWLEDGE spans), ${postings.length} postings`);
line(
  "lenient, hard_skills",
  evaluate(postings, (t) => job(t)?.hard_skills ?? []),
);
line(
  "exact, hard_skill_terms (wording)",
  evaluateExact(postings, (t) => (job(t)?.hard_skill_terms ?? []).map((x) => x.term)),
);
// The rules were developed on this split (the only one in the fixtures): the two halves show whether a figure
// holds across postings or rests on a few of them.
for (const [name, half] of [
  ["exact, wording, even postings", postings.filter((_, i) => i % 2 === 0)],
  ["exact, wording, odd postings", postings.filter((_, i) => i % 2 === 1)],
] as const)
  line(
    name,
    evaluateExact(half, (t) => (job(t)?.hard_skill_terms ?? []).map((x) => x.term)),
  );
line(
  "exact, hard_skills (canonical)",
  evaluateExact(postings, (t) => job(t)?.hard_skills ?? []),
);
