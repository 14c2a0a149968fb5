import { ACTION_VERBS, QUANTITY_ONE, RESULT_VERB, STAR_CUES, WE_ACTION_VERBS } from "./answer-cues";

// What a story shows, sentence by sentence: a result, a number, the speaker's own deeds or only the team's, reasons,
// alternatives weighed, a situation, a lesson. A behavioural question's key points often ask for exactly these
// ("Quantifies the improvement", "How it was resolved", "Their own actions"), which a story shows in its own words:
// such a point is covered when the story shows it (answer-signals.ts), and the gap analysis (answer-gaps.ts) quotes
// the sentence that shows each.

export const REASON =
  /\b(?:because|so that|in order to|the reason|that's why|this is why|which is why|since (?:the|it|we|i|our)|therefore|due to)\b/i;
export const TRADE_OFF =
  /\b(?:trade-?offs?|instead of|rather than|the downside|downsides?|on the other hand|pros and cons|at the cost of|the cost (?:is|was|of)|alternatives?|alternatively|compared (?:to|with)|whereas|but (?:it|that|this) (?:costs?|means|adds|slows))\b/i;
const LESSON = /\b(?:i learn(?:ed|t)|lessons?|taught me|next time|(?:would|do) (?:it )?differently|since then)\b/i;
/** A past-tense deed ("I chose", "we took"), beyond the action verbs the scores count. */
const DEEDS =
  "(?:then |first |also |personally |quickly |finally )?(?:[a-z]+ed|led|ran|wrote|built|made|took|set|chose|met|spoke|found|did|drove|got|gave|kept|sent|taught|told|brought|began|sold|won|went|held|put|cut|thought|sat)";
// regex-scan: sees an answer (at most 20,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts (evaluation)
const OWN_DEED = new RegExp(`\\bI ${DEEDS}\\b`);
const TEAM_DEED = new RegExp(`\\b[Ww]e ${DEEDS}\\b`);

export type StoryKind = "situation" | "action" | "result" | "number" | "own" | "team" | "reasons" | "trade_offs" | "lesson";

/** For each thing a story can show, the first sentence that shows it (verbatim), or null. */
export type StorySentences = Record<StoryKind, string | null>;

export function storySentences(sentences: string[]): StorySentences {
  const first = (ok: (s: string) => boolean) => sentences.find(ok) ?? null;
  return {
    situation: first((s) => STAR_CUES.situation.test(s)),
    action: first((s) => STAR_CUES.action.test(s) || has(ACTION_VERBS, s) || has(WE_ACTION_VERBS, s)),
    result: first((s) => STAR_CUES.result.test(s) || (QUANTITY_ONE.test(s) && RESULT_VERB.test(s))),
    number: first((s) => QUANTITY_ONE.test(s)),
    own: first((s) => has(ACTION_VERBS, s) || OWN_DEED.test(s)),
    team: first((s) => has(WE_ACTION_VERBS, s) || TEAM_DEED.test(s)),
    reasons: first((s) => REASON.test(s)),
    trade_offs: first((s) => TRADE_OFF.test(s)),
    lesson: first((s) => LESSON.test(s)),
  };
}

/**
 * Key points that ask for what a story shows rather than for something it should say, and what shows it. Only the
 * words that name the kind of thing count ("quantifies", "outcome", "alternatives"), never the point's subject.
 */
const SHOWN_BY: [RegExp, (s: StorySentences) => boolean][] = [
  [/\b(?:quantif\w*|numbers?|metrics?|measurable)\b/i, (s) => s.number !== null && s.result !== null],
  [/\b(?:outcomes?|results?|impact)\b/i, (s) => s.result !== null],
  [/\b(?:alternatives?|trade-?offs?|options considered|pros and cons)\b/i, (s) => s.trade_offs !== null],
  [/\b(?:why|reasons?|reasoning|rationale)\b/i, (s) => s.reasons !== null],
  [/\b(?:own (?:actions?|part|role|contribution)|personally|what (?:they|you) did)\b/i, (s) => s.own !== null],
  [/\b(?:situation|context|background)\b/i, (s) => s.situation !== null],
  [/\b(?:resolved|resolution|handled|actions? taken|steps taken)\b/i, (s) => s.action !== null],
  [/\b(?:learn\w*|lessons?|differently)\b/i, (s) => s.lesson !== null],
];

/** A story's key point is covered when every kind of thing it asks for that the list knows is shown. */
export function shownByStory(point: string, shown: StorySentences): boolean {
  const asked = SHOWN_BY.filter(([asks]) => asks.test(point));
  return asked.length > 0 && asked.every(([, ok]) => ok(shown));
}

/** RegExp.test without the lastIndex state of global expressions. */
function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}
