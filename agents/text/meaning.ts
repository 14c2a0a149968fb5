import { addVector, antonymsOf, cosine, DIMENSIONS, wordIndex } from "./lexicon";
import { stem } from "./words";

// What the words of a text mean, for comparing an answer with a question, its key points and a reference answer:
// content words (function words dropped), each with its stem, its word vector, how rare it is, and whether it stands
// inside a negation ("not connected", "never cached", "without an index"). Two words match when they share a stem,
// when one is a misspelling of the other, or by the similarity of their vectors; WordNet antonyms and a flipped
// negation are contradictions, not matches. Used by the answer scorer (content-score.ts) for both engines.

export type Term = {
  word: string;
  stem: string;
  /** Row in the vector table, -1 when the word has none (rare or misspelled). */
  vec: number;
  /** The word as written is not in the vocabulary (a rare word or a misspelling). */
  unknown: boolean;
  /** Inside a negation's scope: after "not", "never", "without" … up to the end of the clause. */
  negated: boolean;
  /** The word the negation stands right before (its predicate: "not *connected*", "never *cached*"). */
  negHead: boolean;
  /** The word's simple forms ("increases" → "increase") and WordNet's opposites of any of them. */
  forms: string[];
  opposites: ReadonlySet<string>;
};

/** Closed-class words: they carry grammar, not content. Negators are handled apart (they set the negation scope). */
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those there here it its itself i me my mine myself we us our ours ourselves you your yours " +
    "yourself he him his himself she her hers herself they them their theirs themselves one ones someone somebody something " +
    "anyone anybody anything everyone everybody everything what which who whom whose when where why how whatever whichever " +
    "am is are was were be been being do does did done doing have has had having will would shall should can could may might " +
    "must ought of to in on at by for with from into onto upon over under about as than then so too very just also only even " +
    "and or but if because since although though while whereas unless until till whether either both each every any some such " +
    "all much many lot lots really quite rather pretty well thing things stuff way ways kind sort etc get got gets getting " +
    "let lets let's s t ll re ve d m o y"
  ).split(/\s+/),
);

const NEGATORS = new Set(["not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot", "n't", "nt"]);
/** Where a negation's scope ends: punctuation (handled in the tokenizer) or a word that starts a new clause. */
const SCOPE_ENDS = new Set([
  "but",
  "because",
  "since",
  "although",
  "though",
  "while",
  "whereas",
  "however",
  "yet",
  "so",
  "which",
  "unless",
]);

const TOKEN = /[a-z0-9]+(?:['’][a-z]+)?(?:[.+#-][a-z0-9+#]+)*|[.,;:!?()]/g;

/**
 * Share of a text's words that are grammar (function words, negators): about 0.4–0.6 in sentences, near 0 in a list
 * of key words pasted without sentences.
 */
export function grammarShare(text: string): { words: number; share: number } {
  const tokens = ((text ?? "").toLowerCase().replace(/[’]/g, "'").match(TOKEN) ?? []).filter((t) => !/^[.,;:!?()]$/.test(t));
  const glue = tokens.filter((t) => FUNCTION_WORDS.has(t.split("'")[0]) || NEGATORS.has(t) || /n't$/.test(t)).length;
  return { words: tokens.length, share: tokens.length ? glue / tokens.length : 0 };
}

/** Content terms of a text, in order, with negation scope. */
export function meaningTerms(text: string): Term[] {
  const out: Term[] = [];
  let negated = false;
  let head = false;
  const lower = (text ?? "").toLowerCase().replace(/[’]/g, "'");
  for (const raw of lower.match(TOKEN) ?? []) {
    if (/^[.,;:!?()]$/.test(raw)) {
      negated = head = false;
      continue;
    }
    let token = raw;
    if (/n't$/.test(token)) {
      negated = head = true;
      token = token === "can't" || token === "won't" ? "" : token.slice(0, -3);
    } else if (/'(s|re|ve|ll|d|m)$/.test(token)) token = token.replace(/'(s|re|ve|ll|d|m)$/, "");
    if (!token) continue;
    if (NEGATORS.has(token)) {
      negated = head = true;
      continue;
    }
    if (SCOPE_ENDS.has(token)) {
      negated = head = false;
      continue;
    }
    if (FUNCTION_WORDS.has(token) || (token.length < 2 && !/\d/.test(token))) continue;
    const forms = baseForms(token);
    out.push({
      word: token,
      stem: stem(token),
      vec: vectorOf(token),
      unknown: wordIndex(token) < 0,
      negated,
      negHead: head,
      forms,
      opposites: oppositesOf(forms),
    });
    head = false;
  }
  return out;
}

function vectorOf(word: string): number {
  const direct = wordIndex(word);
  if (direct >= 0) return direct;
  for (const base of baseForms(word)) {
    const i = wordIndex(base);
    if (i >= 0) return i;
  }
  return -1;
}

/** A word and its likely dictionary forms ("increases" → "increase", "faster" → "fast"), for the antonym list. */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, add] of [
    ["ies", "y"],
    ["es", ""],
    ["s", ""],
    ["ed", ""],
    ["ed", "e"],
    ["ing", ""],
    ["ing", "e"],
    ["er", ""],
    ["er", "e"],
    ["est", ""],
    ["ly", ""],
  ] as const)
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length) + add);
  return forms;
}

/** How much a word says: rare words more than common ones (by frequency rank); unknown words count as rare. */
export function rarity(t: Term): number {
  if (t.vec < 0) return 1.5;
  return Math.min(1.5, Math.max(0.3, Math.log10(t.vec + 10) / 4));
}

const NO_OPPOSITES: ReadonlySet<string> = new Set();

function oppositesOf(forms: string[]): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const f of forms) {
    const ants = antonymsOf(f);
    if (!ants) continue;
    out ??= new Set();
    for (const x of ants) out.add(x);
  }
  return out ?? NO_OPPOSITES;
}

/** True when the two words are opposites in WordNet, in any of their simple forms. */
export function opposite(a: Term, b: Term): boolean {
  if (a.stem === b.stem || a.opposites.size === 0) return false;
  return b.forms.some((f) => a.opposites.has(f));
}

/** How far two words mean the same, 0–1: the same stem 1, a misspelling 0.85, else by their vectors (at most 0.8). */
export function termSimilarity(a: Term, b: Term): number {
  if (a.stem === b.stem || a.word === b.word) return 1;
  // Spelling slips ("seperated", "pahts") are out of the vocabulary; two known words are never each other's typo.
  if ((a.unknown || b.unknown) && typo(a.word, b.word)) return 0.85;
  if (a.vec >= 0 && b.vec >= 0) {
    const c = cosine(a.vec, b.vec);
    if (c >= VECTOR_FLOOR) return ((c - VECTOR_FLOOR) / (1 - VECTOR_FLOOR)) * 0.8;
  }
  return 0;
}

/** Below this cosine, two word vectors say nothing about shared meaning. */
const VECTOR_FLOOR = 0.5;

/** At most one edit (two for words of 8+ letters), swaps included; only for words of 4+ letters. */
function typo(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || /\d/.test(a + b)) return false;
  const max = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > max) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** Cosine of two texts' mean word vectors, rare words weighted up (0 when either has no known word). */
export function textCosine(a: Term[], b: Term[]): number {
  const va = meanVector(a);
  const vb = meanVector(b);
  if (!va || !vb) return 0;
  let s = 0;
  let x = 0;
  let y = 0;
  for (let d = 0; d < DIMENSIONS; d++) {
    s += va[d] * vb[d];
    x += va[d] * va[d];
    y += vb[d] * vb[d];
  }
  return x && y ? s / Math.sqrt(x * y) : 0;
}

function meanVector(terms: Term[]): Float64Array | null {
  const v = new Float64Array(DIMENSIONS);
  let n = 0;
  for (const t of terms) {
    if (t.vec < 0) continue;
    addVector(v, t.vec, rarity(t));
    n++;
  }
  return n ? v : null;
}
