import { CRITERIA, meanCriteria, presentCriteria, type CriterionName } from "@/core/rubric";
import type { AnswerEvaluation, Criteria, InterviewType, Level } from "@/core/schemas/interview";
import { textSimilarity } from "../text/similarity";
import { round1 } from "../text/words";
import { issueFor, type Issue, type Recurring } from "./coaching-issues";

// What offline coaching is given (this interview's evaluations and the user's recurring weaknesses) and what it reads
// from them: the criteria's means and ranking, the issues seen in which questions, and the delivery figures.

export type CoachingInput = {
  role: string;
  level: Level;
  type: InterviewType;
  evaluations: AnswerEvaluation[];
  recurring_weaknesses: { text: string; count: number }[];
};

export type CoachingAdvice = { feedback: string; coaching_tips: string[]; focus_areas: string[]; practice_plan: string[] };

type Criterion = CriterionName;

/** What the advice is drawn from: this interview's figures and issues, and the recurring weaknesses. */
export type Session = {
  input: CoachingInput;
  answered: AnswerEvaluation[];
  unansweredList: AnswerEvaluation[];
  means: Criteria;
  /** criteria from the lowest mean to the highest */
  ranked: Criterion[];
  /** the two lowest criteria, unless they are already strong */
  weakest: Criterion[];
  overall: number;
  /** issues seen in this interview, with the questions (1-based) each came up in */
  issues: Map<string, SessionIssue>;
  /** weaknesses seen at least twice in earlier sessions, most frequent first */
  topRecurring: Recurring[];
  fillers: number;
  fillerQuestions: number[];
  wordsTotal: number;
  avgSeconds: number;
};

type SessionIssue = { issue: Issue | null; text: string; questions: number[] };

export function sessionOf(input: CoachingInput, answered: AnswerEvaluation[], recurring: Recurring[]): Session {
  const raw = meanCriteria(answered.map((e) => e.criteria as Criteria)) as Criteria;
  const means = Object.fromEntries(presentCriteria(raw).map((c) => [c, round1(raw[c] ?? 0)])) as Criteria;
  // Criteria with no score in this session (content, for answers evaluated before it existed) are not ranked.
  const ranked = presentCriteria(means).sort((a, b) => (means[a] ?? 0) - (means[b] ?? 0) || CRITERIA.indexOf(a) - CRITERIA.indexOf(b));
  return {
    input,
    answered,
    unansweredList: (input.evaluations ?? []).filter((e) => e.status === "unanswered"),
    means,
    ranked,
    weakest: ranked.filter((c, i) => i < 2 && (means[c] ?? 0) < 8.5),
    overall: round1(answered.reduce((s, e) => s + (e.overall_score ?? 0), 0) / answered.length),
    issues: sessionIssues(answered),
    topRecurring: recurring.filter((w) => w.count >= 2).slice(0, 3),
    fillers: answered.reduce((s, e) => s + (e.delivery?.filler_words ?? 0), 0),
    fillerQuestions: answered.filter((e) => (e.delivery?.filler_words ?? 0) >= 2).map((e) => e.question_index + 1),
    wordsTotal: answered.reduce((s, e) => s + (e.delivery?.word_count ?? 0), 0),
    avgSeconds: answered.reduce((s, e) => s + (e.delivery?.estimated_speaking_seconds ?? 0), 0) / answered.length,
  };
}

/** Issues seen in this interview: which questions (1-based) each came up in. Unmapped texts are grouped by similarity. */
function sessionIssues(answered: AnswerEvaluation[]): Map<string, SessionIssue> {
  const session = new Map<string, SessionIssue>();
  for (const e of answered) {
    const seen = new Set<string>();
    for (const raw of e.weaknesses ?? []) {
      const text = raw.replace(/\s+/g, " ").trim();
      if (!text) continue;
      const issue = issueFor(text);
      const key =
        issue?.id ?? [...session.keys()].find((k) => k.startsWith("text:") && textSimilarity(k.slice(5), text) >= 0.6) ?? `text:${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = session.get(key) ?? { issue, text, questions: [] };
      entry.questions.push(e.question_index + 1);
      session.set(key, entry);
    }
  }
  return session;
}

/** "question 2", "questions 1 and 3", "questions 1, 2 and 4". */
export function questionList(numbers: number[]): string {
  const n = [...new Set(numbers)].sort((a, b) => a - b);
  if (n.length === 0) return "";
  if (n.length === 1) return `question ${n[0]}`;
  return `questions ${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
}
