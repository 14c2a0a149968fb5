import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { check } from "recheck";
import type { FoundRegex } from "./extract";

// Each pattern's verdict from recheck (https://makenowjust-labs.github.io/recheck/), the ReDoS analyser: "safe", or
// how its matching time grows with the input (exponential, polynomial of some degree) with an attack string; or
// "unknown" when the analyser gave up in time. Verdicts are kept in verdicts.json by a hash of the pattern and its
// flags, so CI analyses only patterns it has not seen (the whole project takes minutes; a change, seconds).
// `npm run scan:regex -- --all` analyses everything again and rewrites the file.

export type Verdict = {
  status: "safe" | "vulnerable" | "unknown";
  /** "exponential", "polynomial" or "safe"/"linear". */
  complexity: string;
  degree?: number;
  /** An input that shows the problem, as recheck writes it ('a'.repeat(30) + '!'). */
  attack?: string;
};

export const VERDICTS_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), "verdicts.json");

/** Fixed analyser settings, so a verdict does not change from run to run. */
const PARAMS = { timeout: 5_000, randomSeed: 42, checker: "auto" as const };

export function patternKey(source: string, flags: string): string {
  return createHash("sha256").update(`${flags}/${source}`).digest("hex").slice(0, 20);
}

export function loadVerdicts(file = VERDICTS_FILE): Record<string, Verdict> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, Verdict>) : {};
}

export function saveVerdicts(verdicts: Record<string, Verdict>, file = VERDICTS_FILE): void {
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

export async function analyse(source: string, flags: string): Promise<Verdict> {
  const d = await check(source, flags, PARAMS);
  if (d.status === "safe") return { status: "safe", complexity: d.complexity.type };
  if (d.status === "unknown") return { status: "unknown", complexity: "unknown" };
  const c = d.complexity as { type: string; degree?: number };
  return { status: "vulnerable", complexity: c.type, degree: c.degree, attack: d.attack.pattern };
}

/** Verdicts for every pattern, from the file when known; `concurrency` analyses run at once. */
export async function verdictsFor(
  found: FoundRegex[],
  { known = loadVerdicts(), concurrency = 2 }: { known?: Record<string, Verdict>; concurrency?: number } = {},
): Promise<{ verdicts: Map<FoundRegex, Verdict>; fresh: Record<string, Verdict> }> {
  const verdicts = new Map<FoundRegex, Verdict>();
  const fresh: Record<string, Verdict> = {};
  const todo = found.filter((r) => r.source !== null);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const r = todo[next++];
      const key = patternKey(r.source!, r.flags);
      const verdict = known[key] ?? fresh[key] ?? (fresh[key] = await analyse(r.source!, r.flags));
      verdicts.set(r, verdict);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { verdicts, fresh };
}

/** Why a pattern fails the scan, or null when it passes. Exponential patterns never pass; slower-than-linear ones
 * and ones the analyser could not decide pass only with a `regex-scan: <reason>` note next to them. */
export function problem(r: FoundRegex, v: Verdict | undefined): string | null {
  if (r.source === null) {
    return r.note
      ? null
      : "is built at run time, so it cannot be analysed. Add a `// regex-scan: <why it is safe>` note (e.g. every part is escaped with escapeRegExp and it has no quantified groups).";
  }
  if (!v || v.status === "safe") return null;
  if (v.complexity === "exponential") {
    return `backtracks EXPONENTIALLY: matching time doubles with each few characters (attack: ${v.attack}). Rewrite it so every input can be matched only one way: no nested or adjacent quantifiers over overlapping characters (e.g. (a+)+, (\\w|\\d)*, [a-z -]+(?:[ -][a-z]+)*).`;
  }
  if (r.note) return null;
  if (v.status === "unknown") return "could not be analysed in time. Simplify it, or add a `// regex-scan: <why it is safe>` note.";
  return `backtracks POLYNOMIALLY (degree ${v.degree ?? "?"}): time grows like n^${v.degree ?? "?"} with the input length (attack: ${v.attack}). Make it linear (start a run only where it starts, with a look-behind such as (?<!\\s)\\s+$; exclude the delimiter from the body, [^()]* not [^)]*), or bound its input and add a \`// regex-scan: <why the input is short>\` note.`;
}
