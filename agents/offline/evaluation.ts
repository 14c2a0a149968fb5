import type { Criteria, Delivery } from "@/core/schemas/interview";
import { findSkills } from "./skills";
import { joinAnd, keyPointAsAdvice, keyPointAsDone, withoutFillers, wordCount } from "./coach-phrasing";
import { clamp, contentTerms, round1, sentenceSpans, termSet, words } from "./text";

// The offline evaluation rubric: deterministic scores 0–10 for clarity, structure, depth and examples from signals in
// the answer (STAR parts, coverage of the key points and the question's terms, concrete examples and numbers,
// reasoning words, sentence length, filler words). Also the delivery figures shared by both engines and the verbatim
// evidence check. The bands these scores map to are described by BAND_DESCRIPTORS in agents/evaluation.ts.

export type EvalInput = { question: string; key_points: string[]; answer: string; type?: string };

// ---------------------------------------------------------------------------------------------------------------
// Delivery

const FILLER_PATTERNS: { term: string; re: RegExp }[] = [
  { term: "um", re: /\b(?:u+m+|u+h+m+)\b/gi },
  { term: "uh", re: /\bu+h+\b/gi },
  { term: "er", re: /\b(?:er+|erm+)\b/gi },
  { term: "ah", re: /\ba+h+\b/gi },
  { term: "hmm", re: /\bh+m{2,}\b/gi },
  { term: "like", re: /(?:^|[,;.!?]\s*|\b(?:was|is|were|and|but|so|it's|just)\s+)like,/gi },
  { term: "you know", re: /\byou know(?=[,.!?]|\s+what i mean\b)/gi },
  { term: "i mean", re: /\bi mean\b/gi },
  { term: "basically", re: /\bbasically\b/gi },
  { term: "actually", re: /\bactually\b/gi },
  { term: "literally", re: /\bliterally\b/gi },
  { term: "honestly", re: /\bhonestly\b/gi },
  { term: "kind of", re: /(?<!\b(?:what|which|this|that|the|a|any|every|same|one|some|other|each|no|these|those|all)\s)\bkind of\b/gi },
  { term: "sort of", re: /(?<!\b(?:what|which|this|that|the|a|any|every|same|one|some|other|each|no|these|those|all)\s)\bsort of\b/gi },
  { term: "or something", re: /\bor something\b/gi },
  { term: "stuff like that", re: /\b(?:and )?stuff like that\b/gi },
  { term: "so yeah", re: /\bso,? yeah\b/gi },
];

/** Words per minute used for the speaking-time estimate. */
export const SPEAKING_WPM = 140;

export function analyzeDelivery(answer: string): Delivery {
  const text = answer ?? "";
  const wc = words(text).length;
  let fillers = 0;
  const terms: string[] = [];
  for (const { term, re } of FILLER_PATTERNS) {
    const n = text.match(re)?.length ?? 0;
    if (n > 0) {
      fillers += n;
      terms.push(term);
    }
  }
  const sentences = sentenceSpans(text).length;
  return {
    word_count: wc,
    filler_words: fillers,
    filler_terms: terms,
    estimated_speaking_seconds: Math.round((wc / SPEAKING_WPM) * 60),
    average_sentence_words: sentences ? round1(wc / sentences) : 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence: verbatim quotes only

/**
 * Keeps only quotes that occur in the answer. A quote that matches apart from whitespace or surrounding quote marks
 * is replaced by the exact text of the answer; anything else is dropped. Duplicates and very short quotes are dropped.
 */
export function verbatimQuotes(answer: string, quotes: readonly string[], max = 5): string[] {
  const out: string[] = [];
  for (const raw of quotes) {
    if (typeof raw !== "string") continue;
    const q = raw
      .trim()
      .replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, "")
      .trim();
    if (q.length < 4) continue;
    let exact: string | null = answer.includes(q) ? q : null;
    if (!exact) {
      const tokens = q.split(/\s+/).filter(Boolean).map(escapeRegExp);
      if (tokens.length) {
        const m = new RegExp(tokens.join("\\s+")).exec(answer);
        if (m) exact = m[0];
      }
    }
    if (exact && answer.includes(exact) && !out.includes(exact)) out.push(exact);
    if (out.length >= max) break;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------------------------
// Features

const STAR_CUES = {
  situation:
    /\b(?:when i was|while i was|at my (?:previous|last|current|old) (?:job|company|role|team|employer)|in my (?:previous|last|current|first) (?:job|role|team|company|position|project)|last (?:year|month|quarter|summer)|a few (?:months|years|weeks) ago|(?:our|the|my) (?:team|company|project|client|product|service|system) (?:was|were|had|needed|faced)|the situation|the context|background|at the time|back then|we (?:had|were) (?:a|an|to)|i was working (?:on|at|as))\b/i,
  task: /\b(?:my (?:goal|task|job|role|responsibility|objective|assignment) was|i was (?:responsible|asked|tasked|in charge)|i (?:needed|had) to|we needed to|the (?:goal|task|objective|challenge|problem) was|was to (?:make|build|fix|deliver|reduce|improve|find|get|migrate)|the deadline|deadline)\b/i,
  action:
    /\b(?:i (?:then |first |also |quickly |personally )?(?:built|designed|led|wrote|implemented|created|added|introduced|migrated|reduced|improved|fixed|set up|proposed|organi[sz]ed|refactored|automated|analy[sz]ed|investigated|decided|owned|mentored|coached|negotiated|talked|spoke|met|shipped|deployed|launched|ran|measured|tested|reviewed|rewrote|split|moved|replaced|optimi[sz]ed|profiled|traced|documented|scheduled|prioriti[sz]ed|escalated|suggested|paired|asked|started|created|wrote|benchmarked|rolled out|worked with|reached out|called|explained|presented|convinced))\b/i,
  result:
    /\b(?:as a result|the result|resulted in|result was|in the end|ended up|which (?:led|meant|cut|reduced|saved|improved)|this (?:led|meant|cut|reduced|saved|improved)|outcome|we (?:cut|reduced|saved|improved|increased|doubled|halved|shipped|delivered|launched|hit|met)|(?:reduced|cut|improved|increased|decreased|dropped|saved|grew|boosted|raised|lowered|sped up)\b.{0,40}\b(?:by|from|to)\b|on time|afterwards|since then|i learned|lesson)\b/i,
};

const EXAMPLE_PHRASES =
  /\b(?:for example|for instance|e\.g\.|such as|in one (?:project|case|team|incident)|one time|once,? (?:i|we)|in my (?:previous|last|current) (?:job|role|team|project|company)|at my (?:previous|last|current) (?:job|company|role|team)|on (?:a|one|our) (?:project|team) (?:where|that|called)|a project (?:where|called)|recently,? (?:i|we))\b/i;
const AT_COMPANY = /\bat (?!The\b|First\b|That\b|This\b|Least\b|Last\b)[A-Z][a-zA-Z0-9]+/;
const EXAMPLE_CUES = { test: (text: string) => EXAMPLE_PHRASES.test(text) || AT_COMPANY.test(text) };

const ACTION_VERB_LIST =
  "built|designed|led|wrote|implemented|created|added|introduced|migrated|reduced|improved|fixed|set up|proposed|organi[sz]ed|refactored|automated|analy[sz]ed|investigated|decided|owned|mentored|coached|negotiated|shipped|deployed|launched|ran|measured|tested|reviewed|rewrote|split|moved|replaced|optimi[sz]ed|profiled|traced|documented|prioriti[sz]ed|escalated|suggested|paired|benchmarked|rolled out|configured|debugged|cached|indexed|partitioned|sharded|containeri[sz]ed|monitored|removed|upgraded|trained|hired|interviewed|planned|delivered";
const ACTION_VERBS = new RegExp(`\\bi (?:then |first |also |quickly |personally |finally )?(?:${ACTION_VERB_LIST})\\b`, "gi");
const WE_ACTION_VERBS = new RegExp(`\\bwe (?:then |first |also |quickly |finally )?(?:${ACTION_VERB_LIST})\\b`, "gi");

const QUANTITY =
  /(?:\b\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|ms\b|milliseconds|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|k\b|m\b|million|billion|thousand|users?|customers?|requests?|rps|qps|tickets?|bugs?|people|engineers?|developers?|teams?|services?|servers?|nodes?|releases?|deploys?|deployments?|points?|gb|mb|tb|\$|€|£)|[$€£]\s?\d[\d,.]*\s*(?:k|m|million)?|\b\d+(?:[.,]\d+)?\b|\b(?:doubled|halved|tripled|quadrupled|tenfold|twice as|half as|a third|a quarter)\b)/gi;

const REASONING =
  /\b(?:because|so that|therefore|thus|hence|trade-?offs?|instead of|rather than|the downside|downsides?|on the other hand|it depends|depends on|however|which means|in order to|the reason|the benefit|the cost|the risk|pros and cons|advantage|disadvantage|whereas|alternatively|compared to|compared with)\b/gi;

const SIGNPOSTS =
  /\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|after that|afterwards|finally|lastly|in the end|to summari[sz]e|in summary|overall|to start|to begin|the first|the second|the last step|step one|as a result)\b/gi;

const BEHAVIORAL_QUESTION =
  /\b(?:tell me about a time|describe a (?:time|situation|project|moment|case|challenge|conflict|mistake)|give (?:me )?an example|have you ever|when (?:did|have) you|talk about a time|share an example|a time (?:when|you))\b/i;

const QUESTION_NOISE = new Set(
  contentTerms("tell time situation describe example explain walk give talk share would approach happen happened handle handled"),
);
/** Words that describe what an answer does rather than its content ("Describes the fix", "Explains why ..."). */
const KEY_POINT_NOISE = new Set(
  contentTerms(
    "describes explains mentions shows states names gives uses covers discusses identifies separates sets clear clearly specific concrete own they their them candidate answer strong real",
  ),
);

export type Features = {
  wc: number;
  sentences: number;
  avgLen: number;
  fillerCount: number;
  fillerRate: number;
  qTermCount: number;
  coverageQ: number;
  kpTotal: number;
  kpCovered: boolean[];
  kpRatio: number;
  matchedTerms: number;
  relevance: number;
  star: { situation: boolean; task: boolean; action: boolean; result: boolean };
  starParts: number;
  quantities: number;
  exampleCue: boolean;
  actions: number;
  weActions: number;
  reasoning: number;
  signposts: number;
  techTerms: number;
  properNouns: number;
  codeSpecifics: number;
  directStart: boolean;
  conclusion: boolean;
  lists: boolean;
  uniqueRatio: number;
  behavioralQuestion: boolean;
};

/** `skills: false` skips the skills-dictionary scan (techTerms = 0): used where only the caps are needed. */
export function extractFeatures(input: EvalInput, options: { skills?: boolean } = {}): Features {
  const answer = input.answer ?? "";
  const delivery = analyzeDelivery(answer);
  const wc = delivery.word_count;
  const spans = sentenceSpans(answer);
  const aTerms = termSet(answer);

  const qTerms = [...termSet(input.question ?? "")].filter((t) => !QUESTION_NOISE.has(t));
  const qMatched = qTerms.filter((t) => aTerms.has(t)).length;
  const coverageQ = qTerms.length ? qMatched / qTerms.length : 0;

  const kps = (input.key_points ?? []).filter((k) => typeof k === "string" && k.trim());
  const kpTermsOf = (kp: string) => [...termSet(kp)].filter((t) => !KEY_POINT_NOISE.has(t));
  const kpCovered = kps.map((kp) => {
    const terms = kpTermsOf(kp);
    if (!terms.length) return false;
    const hit = terms.filter((t) => aTerms.has(t)).length;
    return hit >= 2 ? hit / terms.length >= 0.25 : terms.length <= 3 && hit >= 1;
  });
  const kpRatio = kps.length ? kpCovered.filter(Boolean).length / kps.length : 0;
  const allRef = new Set([...qTerms, ...kps.flatMap(kpTermsOf)]);
  const matchedTerms = [...allRef].filter((t) => aTerms.has(t)).length;
  const kpTermCoverage = allRef.size ? matchedTerms / allRef.size : 0;
  const relevance = Math.max(coverageQ, kpRatio, kpTermCoverage * 1.5);

  const star = {
    situation: STAR_CUES.situation.test(answer),
    task: STAR_CUES.task.test(answer),
    action: STAR_CUES.action.test(answer),
    result: STAR_CUES.result.test(answer),
  };
  const first = spans[0]?.text ?? "";
  const firstTerms = termSet(first);
  const directStart = [...allRef].some((t) => firstTerms.has(t));
  const last = spans[spans.length - 1]?.text ?? "";
  const conclusion =
    spans.length >= 2 &&
    /\b(?:result|in the end|overall|so |learned|lesson|which|that's why|this is why|in summary|to summari[sz]e|ended up|now|since then|outcome|mean[st]?)\b/i.test(
      last,
    );
  const lowered = words(answer);
  const properNouns = (answer.match(/(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/g) ?? []).length;

  return {
    wc,
    sentences: spans.length,
    avgLen: spans.length ? wc / spans.length : 0,
    fillerCount: delivery.filler_words,
    fillerRate: wc ? delivery.filler_words / wc : 0,
    qTermCount: qTerms.length,
    coverageQ,
    kpTotal: kps.length,
    kpCovered,
    kpRatio,
    matchedTerms,
    relevance,
    star,
    starParts: Object.values(star).filter(Boolean).length,
    quantities: (answer.match(QUANTITY) ?? []).length,
    exampleCue: EXAMPLE_CUES.test(answer),
    actions: (answer.match(ACTION_VERBS) ?? []).length,
    weActions: (answer.match(WE_ACTION_VERBS) ?? []).length,
    reasoning: (answer.match(REASONING) ?? []).length,
    signposts: (answer.match(SIGNPOSTS) ?? []).length,
    techTerms: options.skills === false ? 0 : findSkills(answer).hard.length,
    properNouns,
    codeSpecifics: (answer.match(/`[^`\n]{1,60}`|\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[A-Za-z_][A-Za-z0-9_.]*\(\)/g) ?? []).length,
    directStart,
    conclusion,
    lists: /(?:^|\n)\s*(?:[-*•]|\d+[.)])\s+\S/.test(answer),
    uniqueRatio: lowered.length ? new Set(lowered).size / lowered.length : 1,
    behavioralQuestion: BEHAVIORAL_QUESTION.test(input.question ?? "") || input.type === "behavioral",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scores

/** Upper limits every score must respect, from hard facts about the answer (used for both engines). */
export function scoreCaps(f: Features): Criteria {
  let caps: Criteria = { clarity: 10, structure: 10, depth: 10, examples: 10 };
  const min = (c: Criteria) => {
    caps = {
      clarity: Math.min(caps.clarity, c.clarity),
      structure: Math.min(caps.structure, c.structure),
      depth: Math.min(caps.depth, c.depth),
      examples: Math.min(caps.examples, c.examples),
    };
  };
  if (f.wc < 5) min({ clarity: 1, structure: 1, depth: 1, examples: 1 });
  else if (f.wc < 15) min({ clarity: 4, structure: 3, depth: 3, examples: 3 });
  if (f.matchedTerms === 0) min({ clarity: 3, structure: 3, depth: 2, examples: 2 });
  return caps;
}

/** Offline rubric scores (integers 0–10). */
export function rubricScores(f: Features): Criteria {
  // Off-topic gate: relevance only grows when text is added, so appending an example never lowers a score through it.
  const gate = f.relevance < 0.1 ? 0.25 : f.relevance < 0.2 ? 0.55 : f.relevance < 0.3 ? 0.8 : 1;

  // Clarity: readable sentence length, little filler, enough words, direct start.
  let clarity = 7;
  if (f.avgLen > 28) clarity -= Math.min(3, (f.avgLen - 28) / 6);
  if (f.sentences > 1 && f.avgLen < 6) clarity -= 1.5;
  clarity -= Math.min(4, f.fillerRate * 45);
  if (f.wc < 15) clarity -= 3;
  else if (f.wc < 30) clarity -= 1.5;
  if (f.wc > 380) clarity -= 1;
  if (f.uniqueRatio < 0.35 && f.wc > 40) clarity -= 1;
  if (f.directStart) clarity += 1.2;
  if (f.signposts >= 2 || f.lists) clarity += 0.8;
  if (f.fillerCount === 0 && f.wc >= 40) clarity += 0.5;
  clarity = clarity * (gate < 1 ? 0.5 + gate / 2 : 1);

  // Structure: STAR parts for behavioural questions; direct answer, signposting and reasoning otherwise.
  let structure: number;
  if (f.behavioralQuestion) {
    structure = 1 + f.starParts * 1.6 + Math.min(f.signposts, 3) * 0.4 + (f.conclusion ? 0.8 : 0) + (f.sentences >= 4 ? 0.6 : 0);
  } else {
    structure =
      1.5 +
      (f.directStart ? 1.5 : 0) +
      Math.min(f.signposts, 4) * 0.6 +
      Math.min(f.reasoning, 3) * 0.5 +
      (f.exampleCue || f.quantities > 0 ? 0.8 : 0) +
      (f.conclusion ? 0.8 : 0) +
      (f.lists ? 0.6 : 0) +
      (f.sentences >= 3 ? 0.8 : 0) +
      f.kpRatio * 1.5;
  }
  if (f.wc < 25) structure = Math.min(structure, 4);
  structure *= gate;

  // Depth: key points and question terms covered, reasoning, technical vocabulary, enough substance.
  const lengthPts = f.wc < 20 ? 0 : f.wc < 50 ? 0.5 : f.wc < 100 ? 1 : 1.5;
  let depth =
    1.5 +
    (f.behavioralQuestion ? Math.min(f.actions + f.weActions, 3) * 0.4 : 0) +
    (f.kpTotal ? 5 * f.kpRatio + 1.5 * f.coverageQ : 5 * f.coverageQ) +
    Math.min(f.reasoning, 3) * 0.5 +
    Math.min(f.techTerms, 4) * 0.25 +
    lengthPts;
  depth *= gate;

  // Examples: only counts of things present (so adding an example can never lower it).
  let examples =
    (f.exampleCue ? (f.behavioralQuestion ? 2 : 3) : 0) +
    (f.behavioralQuestion ? 0 : Math.min(f.codeSpecifics, 2) * 0.75) +
    Math.min(f.actions, 3) * 0.8 +
    Math.min(f.weActions, 2) * 0.4 +
    Math.min(f.quantities, 3) * 1.2 +
    (f.star.result ? 1.5 : 0) +
    (f.star.situation ? 1 : 0) +
    Math.min(f.properNouns + f.techTerms, 2) * 0.5;
  examples *= gate;

  const caps = scoreCaps(f);
  return {
    clarity: Math.round(clamp(Math.min(clarity, caps.clarity), 0, 10)),
    structure: Math.round(clamp(Math.min(structure, caps.structure), 0, 10)),
    depth: Math.round(clamp(Math.min(depth, caps.depth), 0, 10)),
    examples: Math.round(clamp(Math.min(examples, caps.examples), 0, 10)),
  };
}

/** Up to three sentences of the answer that carry the most evidence (verbatim, in answer order). */
export function evidenceSentences(input: EvalInput, f: Features): string[] {
  const answer = input.answer ?? "";
  const kpTerms = new Set((input.key_points ?? []).flatMap((k) => [...termSet(k)]));
  const scored = sentenceSpans(answer).map((s, i) => {
    const t = s.text;
    const terms = termSet(t);
    let score = (t.match(QUANTITY) ?? []).length * 2;
    if (STAR_CUES.result.test(t)) score += 2;
    if ((t.match(ACTION_VERBS) ?? []).length) score += 1.5;
    if (EXAMPLE_CUES.test(t)) score += 1;
    score += [...terms].filter((x) => kpTerms.has(x)).length * 0.5;
    score += Math.min((t.match(REASONING) ?? []).length, 2) * 0.5;
    return { s, i, score };
  });
  void f;
  return scored
    .filter((x) => x.score >= 1.5 && x.s.text.split(/\s+/).length >= 4)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 3)
    .sort((a, b) => a.i - b.i)
    .map((x) => (x.s.text.length > 300 ? x.s.text.slice(0, 300) : x.s.text));
}

// ---------------------------------------------------------------------------------------------------------------
// Written feedback (offline)

/** Stable weakness texts (no numbers inside), so that recurring weaknesses can be counted across sessions. */
export const WEAKNESS = {
  offTopic: "The answer does not address the question that was asked.",
  tooShort: "The answer is too short to show what you know.",
  noResult: "No measurable result: the outcome is not quantified.",
  noExample: "No concrete example from your own experience.",
  starIncomplete: "The story is missing parts of the STAR structure (situation, task, action, result).",
  noDirectAnswer: "The answer does not start with a direct response to the question.",
  fillers: "Frequent filler words weaken the delivery.",
  longSentences: "Long, run-on sentences make the answer hard to follow aloud.",
  noReasoning: "Decisions are described without the reasoning or trade-offs behind them.",
  missedPoints: "Important points a strong answer covers were left out.",
} as const;

const STRENGTH = {
  quantifiedExample: "A concrete example from your own work, with a measurable result.",
  realExample: "Grounded in a real example from your own experience.",
  completeStar: "A complete story: situation, task, action and result are all there.",
  organised: "Well organised: a direct answer first, then the supporting detail.",
  coverage: "Covered most of what the question was testing.",
  reasoning: "Explained why, not just what: the reasoning behind the decisions is there.",
  concise: "Concise, easy-to-follow sentences with little filler.",
} as const;

/**
 * Strengths and weaknesses use fixed texts (so they can be counted across sessions); the feedback and the stronger
 * answer are specific to this answer: they name the key points covered and missed, quote the user's own result, count
 * the filler words, and rebuild the answer from the user's own sentences with [bracketed] placeholders for anything
 * missing. Nothing about the user is invented: no employer, number or event that is not in the answer.
 */
export function offlineWrittenFeedback(
  input: EvalInput,
  f: Features,
  c: Criteria,
): { strengths: string[]; weaknesses: string[]; feedback: string; improved_answer: string } {
  const answer = input.answer ?? "";
  const kps = (input.key_points ?? []).filter((k) => k && k.trim());
  const covered = kps.filter((_, i) => f.kpCovered[i]);
  const missed = kps.filter((_, i) => !f.kpCovered[i]);
  const strengths: string[] = [];
  const weaknesses: string[] = [];
  // An answer that says what the candidate did is an attempt at the question, even when it is too short to match it.
  const attempted = f.actions + f.weActions > 0 || f.star.action || f.star.result;
  const offTopic =
    ((f.relevance < 0.1 || f.matchedTerms === 0) && !(f.wc < 20 && attempted)) || (f.coverageQ === 0 && f.relevance < 0.3 && !attempted);
  const overall = round1((c.clarity + c.structure + c.depth + c.examples) / 4);
  const spans = sentenceSpans(answer);
  const resultSentence = spans.find((s) => QUANTITY_ONE.test(s.text) && (STAR_CUES.result.test(s.text) || RESULT_VERB.test(s.text)));
  const missingStar = (["situation", "task", "action", "result"] as const).filter((p) => !f.star[p]);

  if (!offTopic) {
    if (c.examples >= 7) strengths.push(STRENGTH.quantifiedExample);
    else if (c.examples >= 5) strengths.push(STRENGTH.realExample);
    if (f.behavioralQuestion && f.starParts >= 4) strengths.push(STRENGTH.completeStar);
    else if (!f.behavioralQuestion && c.structure >= 7) strengths.push(STRENGTH.organised);
    if (covered.length && f.kpRatio >= 0.5) strengths.push(STRENGTH.coverage);
    if (f.reasoning >= 2 && c.depth >= 6) strengths.push(STRENGTH.reasoning);
    if (c.clarity >= 7 && f.fillerRate < 0.02) strengths.push(STRENGTH.concise);
  }

  if (offTopic) weaknesses.push(WEAKNESS.offTopic);
  if (f.wc < 30) weaknesses.push(WEAKNESS.tooShort);
  if (!offTopic) {
    if (f.behavioralQuestion && f.starParts < 3) weaknesses.push(WEAKNESS.starIncomplete);
    if (!f.behavioralQuestion && !f.directStart && f.wc >= 30) weaknesses.push(WEAKNESS.noDirectAnswer);
    if (c.examples < 5 && !f.exampleCue && f.actions + f.weActions === 0) weaknesses.push(WEAKNESS.noExample);
    if (f.quantities === 0 && (f.behavioralQuestion || f.actions + f.weActions > 0)) weaknesses.push(WEAKNESS.noResult);
    if (kps.length && f.kpRatio < 0.5) weaknesses.push(WEAKNESS.missedPoints);
    if (!f.behavioralQuestion && f.reasoning === 0 && f.wc >= 30) weaknesses.push(WEAKNESS.noReasoning);
  }
  if (f.fillerCount >= 3 && f.fillerRate >= 0.02) weaknesses.push(WEAKNESS.fillers);
  if (f.avgLen > 30) weaknesses.push(WEAKNESS.longSentences);

  // Feedback: what worked (specifically), then the one or two changes that would raise the score most.
  const parts: string[] = [];
  const fillerTerms = analyzeDelivery(answer).filler_terms.slice(0, 3);
  if (offTopic) {
    parts.push(
      `This doesn't answer the question you were asked ("${shorten(input.question ?? "", 90)}"), so it scores low on every criterion.`,
    );
    if (kps.length) parts.push(`Start again from what the question is testing: ${joinAnd(kps.slice(0, 2).map(keyPointAsAdvice))}.`);
    else parts.push("Restate the question to yourself, then make sure your first sentence answers it.");
  } else {
    const worked: string[] = [];
    const showResult = !!resultSentence && c.examples >= 6;
    if (covered.length) worked.push(`you ${joinAnd(covered.slice(0, showResult ? 1 : 2).map(keyPointAsDone))}`);
    if (showResult && resultSentence) worked.push(`you backed it with a measurable result ("${resultClause(resultSentence.text)}")`);
    else if (f.behavioralQuestion && f.starParts >= 4) worked.push("the story has a clear situation, task, action and result");
    const workedText = worked.length ? capitalise(worked.slice(0, 2).join(", and ")) : "";
    if (overall >= 8.5) parts.push(workedText ? `Strong answer. ${workedText}.` : "Strong answer.");
    else if (overall >= 7) parts.push(workedText ? `Good answer. ${workedText}.` : "Good answer with a clear core.");
    else if (overall >= 5)
      parts.push(
        `A reasonable start${workedText ? `: ${lowerFirst(workedText)}` : ""}, but it leaves out things the interviewer is listening for.`,
      );
    else if (overall >= 3) parts.push(`This answer needs more substance.${workedText ? ` ${workedText}, which is a start.` : ""}`);
    else parts.push("This answer doesn't yet show the interviewer what they are looking for.");

    // Specific improvements, most valuable first.
    // Specific improvements, each tied to the criterion it would raise; the lowest-scoring criterion's come first.
    const fixes: { on: keyof Criteria | "first"; text: string }[] = [];
    const fix = (on: keyof Criteria | "first", text: string) => fixes.push({ on, text });
    if (f.wc < 30) fix("first", `At ${f.wc} words it is too short to show how you think; aim for one to two minutes when speaking.`);
    if (f.fillerCount >= 3)
      fix(
        "clarity",
        `You used ${f.fillerCount} filler words${fillerTerms.length ? ` (${fillerTerms.map((t) => `"${t}"`).join(", ")})` : ""}; a short silent pause sounds more confident.`,
      );
    if (f.avgLen > 30)
      fix("clarity", `Your sentences average about ${Math.round(f.avgLen)} words; break them up so each carries one idea.`);
    if (!f.behavioralQuestion && !f.directStart && f.wc >= 30) fix("clarity", "Open with a one-sentence answer, then explain how and why.");
    if (f.behavioralQuestion && missingStar.length && missingStar.length < 4 && f.wc >= 15)
      fix(
        "structure",
        `The story has no clear ${joinAnd(missingStar)}; give ${missingStar.length === 1 ? "it" : "each"} a sentence of its own.`,
      );
    else if (f.behavioralQuestion && missingStar.length === 4 && f.wc >= 15)
      fix("structure", "Tell it as one real story: the situation, your task, what you did and what changed as a result.");
    if (missed.length && (f.kpRatio < 0.75 || overall < 8))
      fix("depth", `What's missing: ${joinAnd(missed.slice(0, 2).map(keyPointAsAdvice))}.`);
    if (!f.behavioralQuestion && f.reasoning === 0 && f.wc >= 30)
      fix("depth", "Say why: the trade-off behind your approach, or when you would choose differently.");
    if (!f.exampleCue && f.actions + f.weActions === 0 && c.examples < 5 && f.wc >= 15)
      fix("examples", "Add one real example from your own work: the project, what you did and what happened.");
    if (f.quantities === 0 && (f.behavioralQuestion || f.actions + f.weActions > 0))
      fix("examples", 'Finish with the outcome and, if you can, a number ("[your metric] went from [before] to [after]").');
    const rank = (on: keyof Criteria | "first") => (on === "first" ? -1 : c[on]);
    const ordered = fixes.map((x, i) => ({ ...x, i })).sort((a, b) => rank(a.on) - rank(b.on) || a.i - b.i);
    // One fix per criterion first (fillers and run-on sentences are both clarity), then the rest.
    const firstPerCriterion = ordered.filter((x, i) => ordered.findIndex((y) => y.on === x.on) === i);
    const picked = [...firstPerCriterion, ...ordered.filter((x) => !firstPerCriterion.includes(x))]
      .slice(0, overall >= 8.5 ? 1 : overall < 5 ? 3 : 2)
      .map((x) => x.text);
    if (picked.length) parts.push(...picked.map((x, i) => (i === 0 && overall >= 8.5 ? `To make it even stronger: ${lowerFirst(x)}` : x)));
    else if (overall >= 8.5) parts.push("Keep this one as a model answer and practise saying it in under two minutes.");
    else parts.push(`Next step: ${lowerFirst(ADVICE_BY_CRITERION[lowestCriterion(c)])}`);
  }

  return {
    strengths: strengths.slice(0, 4),
    weaknesses: weaknesses.slice(0, 5),
    feedback: parts.join(" "),
    improved_answer: improvedAnswer(input, f, missed, offTopic, overall),
  };
}

const QUANTITY_ONE = new RegExp(QUANTITY.source, "i");
const RESULT_VERB = /\b(?:dropped|fell|rose|grew|cut|reduced|improved|increased|decreased|saved|went (?:up|down|from)|from .{1,30} to )\b/i;

const ADVICE_BY_CRITERION: Record<keyof Criteria, string> = {
  clarity: "Lead with a one-sentence answer and keep each sentence to one idea.",
  structure: "Give the answer a shape you could say out loud: point, explanation, example, conclusion.",
  depth: "Go one level deeper: explain why, the alternatives you considered and the trade-offs.",
  examples: "Add one specific example from your own work, with the outcome it had.",
};

function lowestCriterion(c: Criteria): keyof Criteria {
  return (Object.entries(c) as [keyof Criteria, number][]).sort((a, b) => a[1] - b[1])[0][0];
}

/** The user's sentence, tidied for reuse (filler words removed); null when it is too long to reuse as it stands. */
function reusable(text: string | undefined): string | null {
  if (!text) return null;
  const cleaned = withoutFillers(text);
  if (!cleaned || wordCount(cleaned) < 3) return null;
  if (wordCount(cleaned) <= 40) return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
  // A run-on sentence: keep its first clauses, up to about 30 words, cut where the speaker paused.
  const clauses = cleaned.replace(/[.!?]+$/, "").split(/(?=,\s+(?:and|but|so|then|which)\s)|(?=;\s)/);
  let kept = "";
  for (const clause of clauses) {
    if (kept && wordCount(kept + clause) > 30) break;
    kept += clause;
  }
  if (!kept || wordCount(kept) > 40) return null;
  return `${kept.trim()}.`;
}

const VAGUE_WORDS = /\b(?:it|them|things?|stuff|something|everything|everyone|somehow|fine|ok|okay)\b/i;
const HYPOTHETICAL = /\b(?:i|we) (?:would|'d|might|could)\b|\bi'd\b/i;

/**
 * A sentence too thin to stand as model content in a stronger answer: short, with nothing specific in it (no number,
 * named technology or thing, reasoning) and vague ("I talked to them and we fixed it.", "I would design it with a
 * queue, then measure."). Only judged in answers that are weak overall; in a strong answer a short sentence is a
 * summary the detail around it supports.
 */
export function isWeakSentence(sentence: string, behavioral: boolean, question = ""): boolean {
  const t = sentence.trim();
  if (wordCount(t) > 12) return false;
  if (QUANTITY_ONE.test(t) || REASONING_ONE.test(t)) return false;
  if (/(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/.test(t)) return false;
  // A named technology is specific, unless it only repeats the question's own topic ("Caching is important").
  const asked = new Set(findSkills(question).hard);
  if (findSkills(t).hard.some((s) => !asked.has(s))) return false;
  const terms = contentTerms(t).length;
  return terms <= 3 || (VAGUE_WORDS.test(t) && terms <= 5) || (behavioral && HYPOTHETICAL.test(t));
}

/** Whether the text names something specific: a number, a named technology or a proper noun. */
function hasSpecifics(text: string): boolean {
  return QUANTITY_ONE.test(text) || findSkills(text).hard.length > 0 || /(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/.test(text);
}

/** A weak sentence of the user's turned into a prompt that builds on it: `[Build on "…": <what to add>.]`. */
function seedPrompt(sentence: string, guide: string, behavioral: boolean): string {
  const quote = sentence
    .replace(/[[\]]/g, "")
    .replace(/[.!?]+$/, "")
    .trim();
  if (behavioral && HYPOTHETICAL.test(sentence))
    return `[You said what you would do ("${quote}"); tell what you actually did in a real case instead: ${guide}.]`;
  return `[Build on "${quote}": ${guide}.]`;
}

/**
 * A stronger version of the answer built from the user's own sentences (filler words removed) in a better order, with
 * [bracketed] prompts where something is missing. Never invents employers, numbers or events.
 */
function improvedAnswer(input: EvalInput, f: Features, missed: string[], offTopic: boolean, overall: number): string {
  const spans = offTopic ? [] : sentenceSpans(input.answer ?? "");
  const kps = (input.key_points ?? []).filter((k) => k && k.trim());
  // Slots of the stronger answer, each filled with the user's own sentences (tidied) or, if empty, a [placeholder].
  // In a weak answer, a thin sentence is not model content: it becomes a [Build on "…": …] prompt (`seeds`).
  type Slot = { label?: string; texts: string[]; seeds: number; placeholder: string | null; guide: string };
  const slots: Slot[] = [];
  const slotOf = new Map<number, number>();
  const GENERIC_GUIDE = "add the specific detail: who, what you did and how";
  const addSlot = (placeholder: string | null, label?: string, guide = GENERIC_GUIDE): number =>
    slots.push({ label, texts: [], seeds: 0, placeholder, guide }) - 1;
  const weakAnswer = overall < 6;
  const rendered = new Map<number, string>(); // sentence index → its text in the stronger answer
  const put = (slot: number, span: number): string => {
    const text = reusable(spans[span].text) as string;
    const weak = weakAnswer && isWeakSentence(text, f.behavioralQuestion, input.question ?? "");
    if (weak) slots[slot].seeds++;
    const out = weak ? seedPrompt(text, slots[slot].guide, f.behavioralQuestion) : text;
    rendered.set(span, out);
    return out;
  };
  const fill = (slot: number, pick: (text: string) => number): boolean => {
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < spans.length; i++) {
      if (slotOf.has(i) || !reusable(spans[i].text)) continue;
      const sc = pick(spans[i].text);
      if (sc > bestScore) {
        best = i;
        bestScore = sc;
      }
    }
    if (best < 0) return false;
    slotOf.set(best, slot);
    slots[slot].texts.push(put(slot, best));
    return true;
  };
  const first = (test: (text: string) => boolean) => (text: string) => (test(text) ? 1 : 0);
  const intro = offTopic
    ? "Your answer didn't address this question, so here is a shape to fill with your own experience; replace everything in [brackets]:"
    : "Here is your answer reshaped, using your own words where they fit; replace anything in [brackets] with your real details:";
  const RESULT_PLACEHOLDER =
    "[What changed because of what you did (your metric, before and after, if you have one) and what you learned.]";
  const ACTION_ANY = new RegExp(`${ACTION_VERBS.source}|${WE_ACTION_VERBS.source}`, "i");

  let situationFound = false;
  if (f.behavioralQuestion) {
    const situation = addSlot(
      "[Where and when this happened: your team, the project and what was at stake, in one or two sentences.]",
      "Situation",
      "say where and when it happened, who was involved and what was at stake",
    );
    const task = addSlot(
      "[What you personally were responsible for, and why it mattered.]",
      "Task",
      "say what you personally had to achieve, and why it mattered",
    );
    const action = addSlot(
      '[Two or three concrete steps you took yourself, in the first person ("I…"), and why.]',
      "Action",
      "name who was involved, the two or three steps you took yourself, and why you chose them",
    );
    const result = addSlot(
      RESULT_PLACEHOLDER,
      "Result",
      "say what changed because of it (your metric, before and after) and what you learned",
    );
    situationFound = fill(
      situation,
      first((t) => STAR_CUES.situation.test(t) || EXAMPLE_CUES.test(t)),
    );
    fill(
      task,
      first((t) => STAR_CUES.task.test(t)),
    );
    for (let k = 0; k < 3; k++)
      if (
        !fill(
          action,
          first((t) => STAR_CUES.action.test(t) || ACTION_ANY.test(t)),
        )
      )
        break;
    fill(
      result,
      first((t) => STAR_CUES.result.test(t) || (QUANTITY_ONE.test(t) && RESULT_VERB.test(t))),
    );
  } else {
    const opening = addSlot(
      `[Open with a one-sentence answer to: "${shorten(input.question ?? "", 100)}"]`,
      undefined,
      "make it a one-sentence answer that names your approach and the main reason for it",
    );
    if (f.directStart && spans[0]) fill(opening, (t) => (t === spans[0].text ? 1 : 0));
    kps.slice(0, 5).forEach((kp, i) => {
      const slot = addSlot(`[${capitalise(keyPointAsAdvice(kp))}.]`, undefined, keyPointAsAdvice(kp));
      const terms = [...termSet(kp)];
      if (f.kpCovered[i]) fill(slot, (t) => overlap(termSet(t), terms));
    });
    if (!kps.length) {
      const body = addSlot("[Explain how it works and why, in two or three sentences.]", undefined, "explain how it works and why");
      fill(
        body,
        first((t) => REASONING_ONE.test(t)),
      );
    }
    const example = addSlot(
      "[One short example from your own work: the project, what you did and the result, with your metric if you have one.]",
      undefined,
      "name the project, what you did and the result, with your metric if you have one",
    );
    fill(
      example,
      first((t) => EXAMPLE_CUES.test(t) || (QUANTITY_ONE.test(t) && /\b(?:i|we|my|our)\b/i.test(t))),
    );
    const closing = addSlot(
      "[Close with the main trade-off, or when you would choose a different approach.]",
      undefined,
      "name the main trade-off, or when you would choose differently",
    );
    fill(
      closing,
      first((t) => TRADE_OFF.test(t)),
    );
    // A placeholder is not needed when the user's sentences used elsewhere already do its job.
    const usedText = [...slotOf.keys()].map((i) => spans[i].text).join(" ");
    if (!slots[example].texts.length && (EXAMPLE_CUES.test(usedText) || QUANTITY_ONE.test(usedText))) slots[example].placeholder = null;
    if (!slots[closing].texts.length && TRADE_OFF.test(usedText)) slots[closing].placeholder = null;
  }

  // The user's other sentences are kept, after the sentence they followed in the answer (nothing they said is lost,
  // apart from run-on tails and filler words).
  const used = [...slotOf.keys()].sort((a, b) => a - b);
  for (let i = 0; i < spans.length; i++) {
    if (slotOf.has(i)) continue;
    if (!reusable(spans[i].text)) continue;
    const before = used.filter((j) => j < i).pop();
    const slot = before !== undefined ? (slotOf.get(before) as number) : 0;
    const after = before !== undefined ? slots[slot].texts.indexOf(rendered.get(before) as string) + 1 : 0;
    slots[slot].texts.splice(after, 0, put(slot, i));
    slotOf.set(i, slot);
    used.push(i);
    used.sort((a, b) => a - b);
  }
  // A result without a number gets a prompt for one (never an invented figure).
  if (f.behavioralQuestion) {
    const result = slots[3];
    if (result.texts.length > result.seeds && !QUANTITY_ONE.test(result.texts.join(" ")))
      result.texts.push("[Add the measurable outcome: your metric, before and after.]");
    // The opening came from a sentence that sets no scene: ask for the specifics an interviewer wants.
    // A scene that names nothing specific ("There was this thing at work …") gets the same prompt in a weak answer.
    const vagueScene = weakAnswer && !hasSpecifics(slots[0].texts.filter((t) => !t.startsWith("[")).join(" "));
    if ((!situationFound || vagueScene) && slots[0].texts.length > slots[0].seeds)
      slots[0].texts.push("[Make it specific: which team, which project, when.]");
  }

  const lines = [intro, ""];
  for (const s of slots) {
    const body = s.texts.length ? s.texts.join(" ") : s.placeholder;
    if (!body) continue;
    lines.push(s.label ? `${s.label}: ${body}` : body);
  }
  if (f.behavioralQuestion && missed.length && (offTopic || f.kpRatio < 0.75))
    lines.push("", `[Also make sure you ${joinAnd(missed.slice(0, 3).map(keyPointAsAdvice))}.]`);
  return lines.join("\n");
}

const REASONING_ONE = new RegExp(REASONING.source, "i");
const TRADE_OFF = /\b(?:trade-?offs?|downside|instead of|rather than|it depends|depends on|would not|wouldn't|when not|the cost)\b/i;

function overlap(terms: Set<string>, wanted: string[]): number {
  return wanted.filter((t) => terms.has(t)).length;
}

/** The clause of a sentence that carries its number ("review time dropped from 3 days to 1 day"), at most ~90 characters. */
function resultClause(sentence: string): string {
  const clauses = sentence.replace(/[.!?]+$/, "").split(/,\s+|;\s+/);
  const withNumber =
    clauses.find((c) => QUANTITY_ONE.test(c) && RESULT_VERB.test(c)) ?? clauses.find((c) => QUANTITY_ONE.test(c)) ?? sentence;
  return shorten(withNumber.replace(/^(?:and|so|as a result,?)\s+/i, ""), 90);
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

function shorten(text: string, max = 110): string {
  const t = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.;:]+$/, "");
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Warm-up, once at module load: the first run of the rubric compiles its regular expressions and lets the engine
// optimise the hot paths (about 50 ms cold, 0.3 ms warm). Doing it here keeps that cost out of the first interview.
(() => {
  const sample: EvalInput = {
    question: "Tell me about a time you improved the performance of a service.",
    key_points: ["Describes the bottleneck and how it was measured", "Explains the trade-offs"],
    answer:
      "At my last job our API was slow, um, p95 was 1.8 seconds. I profiled it because users complained, found N+1 queries and " +
      "batched them; as a result p95 dropped to 320 ms. I learned to measure first.",
    type: "behavioral",
  };
  try {
    const f = extractFeatures(sample);
    offlineWrittenFeedback(sample, f, rubricScores(f));
    verbatimQuotes(sample.answer, evidenceSentences(sample, f));
    extractFeatures(sample, { skills: false });
  } catch {
    // Never fatal: the same code runs (and fails loudly) on real input.
  }
})();
