// The cue phrases an interview answer is read with (both engines): STAR parts, examples, the speaker's and the team's
// actions, quantities and results, reasoning, signposts; and what a question asks for (depth, a story). Used by the
// features (answer-signals.ts), the story signals (story-points.ts) and the offline writing.

export const STAR_CUES = {
  situation:
    /\b(?:when i was|while i was|at my (?:previous|last|current|old) (?:job|company|role|team|employer)|in my (?:previous|last|current|first) (?:job|role|team|company|position|project)|last (?:year|month|quarter|summer)|a few (?:months|years|weeks) ago|(?:our|the|my) (?:team|company|project|client|product|service|system) (?:was|were|had|needed|faced)|the situation|the context|background|at the time|back then|we (?:had|were) (?:a|an|to)|i was working (?:on|at|as))\b/i,
  task: /\b(?:my (?:goal|task|job|role|responsibility|objective|assignment) was|i was (?:responsible|asked|tasked|in charge)|i (?:needed|had) to|we needed to|the (?:goal|task|objective|challenge|problem) was|was to (?:make|build|fix|deliver|reduce|improve|find|get|migrate)|the deadline|deadline)\b/i,
  action:
    /\b(?:i (?:then |first |also |quickly |personally )?(?:built|designed|led|wrote|implemented|created|added|introduced|migrated|reduced|improved|fixed|set up|proposed|organi[sz]ed|refactored|automated|analy[sz]ed|investigated|decided|owned|mentored|coached|negotiated|talked|spoke|met|shipped|deployed|launched|ran|measured|tested|reviewed|rewrote|split|moved|replaced|optimi[sz]ed|profiled|traced|documented|scheduled|prioriti[sz]ed|escalated|suggested|paired|asked|started|created|wrote|benchmarked|rolled out|worked with|reached out|called|explained|presented|convinced))\b/i,
  result:
    // regex-scan: sees an answer (at most 20,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts (evaluation)
    /\b(?:as a result|the result|resulted in|result was|in the end|ended up|which (?:led|meant|cut|reduced|saved|improved)|this (?:led|meant|cut|reduced|saved|improved)|outcome|we (?:cut|reduced|saved|improved|increased|doubled|halved|shipped|delivered|launched|hit|met)|(?:reduced|cut|improved|increased|decreased|dropped|saved|grew|boosted|raised|lowered|sped up)\b.{0,40}\b(?:by|from|to)\b|on time|afterwards|since then|i learned|lesson)\b/i,
};

const EXAMPLE_PHRASES =
  /\b(?:for example|for instance|e\.g\.|such as|in one (?:project|case|team|incident)|one time|once,? (?:i|we)|in my (?:previous|last|current) (?:job|role|team|project|company)|at my (?:previous|last|current) (?:job|company|role|team)|on (?:a|one|our) (?:project|team) (?:where|that|called)|a project (?:where|called)|recently,? (?:i|we))\b/i;
const AT_COMPANY = /\bat (?!The\b|First\b|That\b|This\b|Least\b|Last\b)[A-Z][a-zA-Z0-9]+/;
export const EXAMPLE_CUES = { test: (text: string) => EXAMPLE_PHRASES.test(text) || AT_COMPANY.test(text) };

const ACTION_VERB_LIST =
  "built|designed|led|wrote|implemented|created|added|introduced|migrated|reduced|improved|fixed|set up|proposed|organi[sz]ed|refactored|automated|analy[sz]ed|investigated|decided|owned|mentored|coached|negotiated|shipped|deployed|launched|ran|measured|tested|reviewed|rewrote|split|moved|replaced|optimi[sz]ed|profiled|traced|documented|prioriti[sz]ed|escalated|suggested|paired|benchmarked|rolled out|configured|debugged|cached|indexed|partitioned|sharded|containeri[sz]ed|monitored|removed|upgraded|trained|hired|interviewed|planned|delivered";
export const ACTION_VERBS = new RegExp(`\\bi (?:then |first |also |quickly |personally |finally )?(?:${ACTION_VERB_LIST})\\b`, "gi");
export const WE_ACTION_VERBS = new RegExp(`\\bwe (?:then |first |also |quickly |finally )?(?:${ACTION_VERB_LIST})\\b`, "gi");

export const QUANTITY =
  // regex-scan: sees an answer (at most 20,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts (evaluation)
  /(?:\b\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|ms\b|milliseconds|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|k\b|m\b|million|billion|thousand|users?|customers?|requests?|rps|qps|tickets?|bugs?|people|engineers?|developers?|teams?|services?|servers?|nodes?|releases?|deploys?|deployments?|points?|gb|mb|tb|\$|€|£)|[$€£]\s?\d[\d,.]*\s*(?:k|m|million)?|\b\d+(?:[.,]\d+)?\b|\b(?:doubled|halved|tripled|quadrupled|tenfold|twice as|half as|a third|a quarter)\b)/gi;

/** One number or quantity (the first one), and a verb saying it changed: together, a measurable result. */
// regex-scan: sees an answer (at most 20,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts (evaluation)
export const QUANTITY_ONE = new RegExp(QUANTITY.source, "i");
export const RESULT_VERB =
  // regex-scan: sees an answer (at most 20,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts (evaluation)
  /\b(?:dropped|fell|rose|grew|cut|reduced|improved|increased|decreased|saved|went (?:up|down|from)|from .{1,30} to )\b/i;

export const REASONING =
  /\b(?:because|so that|therefore|thus|hence|trade-?offs?|instead of|rather than|the downside|downsides?|on the other hand|it depends|depends on|however|which means|in order to|the reason|the benefit|the cost|the risk|pros and cons|advantage|disadvantage|whereas|alternatively|compared to|compared with)\b/gi;

export const SIGNPOSTS =
  /\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|after that|afterwards|finally|lastly|in the end|to summari[sz]e|in summary|overall|to start|to begin|the first|the second|the last step|step one|as a result)\b/gi;

/** Questions that ask for an explanation, a method or a story: there brevity is a lack of depth; for "what is" it is not. */
export const ASKS_DEPTH =
  /\b(?:why|how|explain|describe|walk (?:me |us )?through|compare|trade-?offs?|design|approach|tell (?:me|us) about|what would you do|what steps|give (?:me )?an example)\b/i;

export const BEHAVIORAL_QUESTION =
  /\b(?:tell me about a time|describe a (?:time|situation|project|moment|case|challenge|conflict|mistake)|give (?:me )?an example|have you ever|when (?:did|have) you|talk about a time|share an example|a time (?:when|you))\b/i;
