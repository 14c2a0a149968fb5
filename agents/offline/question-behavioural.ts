import { normaliseSpace } from "../text/words";
import type { BankQuestion } from "./question-bank";
import { pickFrom, topicMatches } from "./question-ranking";
import { fresh, fromBank, take, type Picker } from "./question-picker";
import type { GeneratedQuestion, QuestionsInput } from "./question-types";
import { seededShuffle } from "./random";

// The behavioural part of an offline interview: spread across topics, topics matching the job's soft skills first,
// plus "why this role" when the interview is for a saved job.

export function behaviouralPart(p: Picker, input: QuestionsInput, nBeh: number): void {
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

/** "Why this role?" for a saved application; `field` names the kind of experience ("nursing and healthcare"). */
export function whyThisRole(job: NonNullable<QuestionsInput["job"]>, role: string | undefined, field?: string): GeneratedQuestion {
  const title = normaliseSpace(job.job_title || role || "this");
  const company = normaliseSpace(job.company || "");
  return {
    text: `Why are you interested in the ${title} role${company ? ` at ${company}` : ""}, and which parts of your experience prepare you for it?`,
    category: "behavioral",
    key_points: [
      `Shows they know what ${company || "the company"} does and what this role involves`,
      `Links two or three concrete parts of their ${field ? `${field} ` : ""}experience to the role's main requirements`,
      "Gives a genuine motivation beyond salary or title",
      "Mentions what they want to learn or contribute in the first months",
    ],
  };
}
