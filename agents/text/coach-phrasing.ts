// Phrasing helpers for the offline evaluation's written feedback: turning a question's key points (written about
// "the candidate": "Describes the fix and alternatives considered") into advice ("describe the fix and alternatives
// considered") or into what was done ("you described the fix …"), and tidying the user's own sentences before they
// are reused in a stronger answer (filler words out, nothing else changed). Pure and deterministic.

const IRREGULAR_PAST: Record<string, string> = {
  give: "gave",
  take: "took",
  make: "made",
  set: "set",
  choose: "chose",
  keep: "kept",
  say: "said",
  know: "knew",
  tell: "told",
  build: "built",
  understand: "understood",
  lead: "led",
  put: "put",
  think: "thought",
  bring: "brought",
  write: "wrote",
  find: "found",
  do: "did",
  have: "had",
  plan: "planned",
  admit: "admitted",
  commit: "committed",
  prefer: "preferred",
  refer: "referred",
  split: "split",
  spend: "spent",
  get: "got",
  run: "ran",
  show: "showed",
};

/** Third-person verbs that key points start with ("Describes", "Explains" …), in their base form. */
const KP_VERBS = new Set(
  (
    "describe explain show give mention identify discuss name quantify separate set use cover state compare know choose handle start " +
    "prioritise prioritize improve communicate link reflect keep take make say admit acknowledge define distinguish list outline walk " +
    "consider ask offer propose include demonstrate highlight justify weigh note recognise recognize treat focus avoid balance build " +
    "clarify connect contrast evaluate measure plan provide relate specify suggest summarise summarize talk tell understand apply " +
    "address anticipate check cite close contrast design detail estimate follow frame get involve lay mitigate monitor own point " +
    "present prevent protect reference rely run share sketch spend split test think trace validate verify write bring find lead"
  ).split(/\s+/),
);

function baseForm(word: string): string | null {
  const w = word.toLowerCase();
  if (!/^[a-z]+s$/.test(w)) return null;
  const candidates = [w.slice(0, -1)];
  if (w.endsWith("ies")) candidates.unshift(`${w.slice(0, -3)}y`);
  if (/(?:ss|sh|ch|x|z|o)es$/.test(w)) candidates.unshift(w.slice(0, -2));
  return candidates.find((c) => KP_VERBS.has(c)) ?? null;
}

function pastTense(base: string): string {
  if (IRREGULAR_PAST[base]) return IRREGULAR_PAST[base];
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function secondPerson(text: string): string {
  return text
    .replace(/\bthe candidate's\b/gi, "your")
    .replace(/\bthe candidate\b/gi, "you")
    .replace(/\bthemselves\b/g, "yourself")
    .replace(/\bthey're\b/g, "you're")
    .replace(/\bthey've\b/g, "you've")
    .replace(/\btheir\b/g, "your")
    .replace(/\bthem\b/g, "you")
    .replace(/\bthey\b/g, "you")
    .replace(/\bThey\b/g, "You")
    .replace(/\bTheir\b/g, "Your");
}

function tidy(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/(?<![.;:])[.;:]+$/, "");
}

function lowerFirstWord(text: string): string {
  // Keep acronyms and proper nouns ("API", "PostgreSQL", "STAR") as they are.
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** "Describes the fix and alternatives considered" → "describe the fix and alternatives considered". */
export function keyPointAsAdvice(kp: string): string {
  const t = tidy(kp);
  const [first, ...rest] = t.split(" ");
  const base = baseForm(first ?? "");
  if (base) return secondPerson([base, ...rest].join(" "));
  if (/\b(?:is|are|has|have|need|needs|gives|means|can|should|must|does|do)\b/i.test(t)) return `explain that ${lowerFirstWord(t)}`;
  return `mention ${lowerFirstWord(t)}`;
}

/** "Describes the fix and alternatives considered" → "described the fix and alternatives considered" (after "you"). */
export function keyPointAsDone(kp: string): string {
  const t = tidy(kp);
  const [first, ...rest] = t.split(" ");
  const base = baseForm(first ?? "");
  if (base) return secondPerson([pastTense(base), ...rest].join(" "));
  if (/\b(?:is|are|has|have|need|needs|gives|means|can|should|must|does|do)\b/i.test(t)) return `explained that ${lowerFirstWord(t)}`;
  return `covered ${lowerFirstWord(t)}`;
}

/** "a, b and c". */
export function joinAnd(items: string[]): string {
  const list = items.filter(Boolean);
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

const DETERMINER_BEFORE = String.raw`(?<!\b(?:what|which|this|that|the|a|any|every|same|one|some|other|each|no|these|those|all)\s)`;
const FILLER_CLEANUP: RegExp[] = [
  /\b(?:u+m+|u+h+m*|e+r+m+|e+r+)\b[,.]?\s*/gi,
  /\b(?:basically|actually|literally|honestly)\b,?\s*/gi,
  // regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
  /,?\s*\byou know\b,?/gi,
  /\bi mean\b,?\s*/gi,
  new RegExp(DETERMINER_BEFORE + String.raw`\b(?:kind|sort) of\s+`, "gi"),
  // regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
  /,?\s*\b(?:or something|and stuff(?: like that)?|stuff like that)\b/gi,
  /(?:^|,\s*)so,? yeah\b[,.]?/gi,
  /,\s*like,\s*/gi,
  /\blike,\s*/gi,
  /^(?:so|well|okay|ok),?\s+/i,
];

/** The user's sentence without filler words, for reuse in a stronger answer; wording otherwise unchanged. */
export function withoutFillers(sentence: string): string {
  let s = sentence;
  for (const re of FILLER_CLEANUP) s = s.replace(re, " ").replace(/^[\s,]+/, "");
  s = s
    .replace(/(?<!\s)\s+([,.;!?])/g, "$1")
    .replace(/,(?:\s*,)+/g, ",")
    .replace(/,([.;!?])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/^[,;\s]+/, "")
    .trim();
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
