import { stem, words } from "./words";

// When two texts say the same thing: a normalised word-overlap similarity (advice in other words is the same advice)
// and a comparison key for questions. Used by both engines to drop near-duplicates.

/** Comparison key for "the same question": lowercased words only. */
export function questionKey(text: string): string {
  return words(text).join(" ");
}

const SIMILARITY_NOISE = new Set(["answer", "answers", "your", "you", "question", "questions", "every", "each", "one", "time"]);

function signature(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => w.length > 2 && !SIMILARITY_NOISE.has(w) && !/^\d+$/.test(w))
      .map(stem),
  );
}

/** Normalised similarity of two texts in [0, 1]: word overlap (stemmed) relative to the shorter text. */
export function textSimilarity(a: string, b: string): number {
  const sa = signature(a);
  const sb = signature(b);
  if (!sa.size || !sb.size) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  const overlap = shared / Math.min(sa.size, sb.size);
  const jaccard = shared / (sa.size + sb.size - shared);
  return Math.max(jaccard, overlap * 0.85);
}

/** Keeps the first of any group of near-duplicates (similarity ≥ threshold), in order. */
export function dedupeSimilar(items: string[], threshold = 0.6, against: string[] = []): string[] {
  const kept: string[] = [];
  for (const raw of items) {
    const item = (raw ?? "").replace(/\s+/g, " ").trim();
    if (!item) continue;
    if ([...against, ...kept].some((k) => textSimilarity(k, item) >= threshold)) continue;
    kept.push(item);
  }
  return kept;
}
