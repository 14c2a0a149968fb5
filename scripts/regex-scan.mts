// ReDoS scan of every regular expression in the product (scripts/regex-scan/): prints each unsafe pattern and why,
// records new verdicts in scripts/regex-scan/verdicts.json, exits 1 when a pattern fails.
//   npm run scan:regex            analyse patterns not in verdicts.json
//   npm run scan:regex -- --all   analyse every pattern again and rewrite verdicts.json
import path from "node:path";
import { loadVerdicts, patternKey, problem, saveVerdicts, verdictsFor } from "./regex-scan/check";
import { extractRegexes, listSourceFiles } from "./regex-scan/extract";

const root = path.resolve(import.meta.dirname, "..");
const all = process.argv.includes("--all");
const started = Date.now();
const found = listSourceFiles(root).flatMap((file) => extractRegexes(file));
const known = all ? {} : loadVerdicts();
const { verdicts, fresh } = await verdictsFor(found, { known, concurrency: 4 });
const used = new Set(found.filter((r) => r.source !== null).map((r) => patternKey(r.source!, r.flags)));
const kept = Object.fromEntries(Object.entries({ ...known, ...fresh }).filter(([key]) => used.has(key)));
saveVerdicts(kept);
let failures = 0;
for (const r of found) {
  const why = problem(r, verdicts.get(r));
  if (!why) continue;
  failures++;
  console.log(`${path.relative(root, r.file)}:${r.line}  ${r.code}\n    ${why}\n`);
}
console.log(
  `${found.length} patterns, ${Object.keys(fresh).length} analysed now, ${failures} problem(s), ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failures ? 1 : 0);
