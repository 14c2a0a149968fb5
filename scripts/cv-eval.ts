// Recall per field (name, title, company, start/end dates, institution, degree, year, skills) and skills precision of
// the CV parser on the evaluation corpus (tests/cv-corpus: the JSON Resume sample and seeded generated people in 9
// layouts as text, PDF and DOCX), per layout and overall, for the dev and the held-out test split, through the code
// the upload route uses (extraction included). Run: npm run eval:cv [-- --split dev|test] [--people N] [--misses]
import { LAYOUTS, type Layout } from "../tests/cv-corpus/layouts";
import { corpusCases, type Split } from "../tests/cv-corpus/corpus";
import { readCv } from "../tests/cv-corpus/read";
import { handwrittenCvs, scoreHandwritten, totalCounts } from "../tests/cv-handwritten/handwritten";
import { addCounts, emptyCounts, FIELDS, misses, scoreProfile, type Counts } from "../tests/cv-corpus/score";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const splits: Split[] = opt("split") ? [opt("split") as Split] : ["dev", "test"];
const people = opt("people") ? Number(opt("people")) : undefined;
const only = opt("layout") as Layout | undefined;
const showMisses = args.includes("--misses");
const handwrittenOnly = args.includes("--handwritten");

const pct = (c: { hit: number; total: number }) => (c.total ? (c.hit / c.total).toFixed(2) : "  - ");

const header = (first: string) => [first.padEnd(12), ...FIELDS.map((f) => f.padStart(11)), "skills P".padStart(9)].join("");
const row = (label: string, c: Counts) =>
  [label.padEnd(12), ...FIELDS.map((f) => pct(c[f]).padStart(11)), pct(c.skills_precision).padStart(9)].join("");

/** The hand-written CVs (tests/cv-handwritten), independent of the generator: per CV and overall. */
async function handwritten() {
  const all: Counts[] = [];
  console.log(`\nhand-written set (tests/cv-handwritten): recall per field, skills precision`);
  console.log(header("cv"));
  for (const cv of handwrittenCvs()) {
    const profile = await readCv(new TextEncoder().encode(cv.text), cv.file);
    const counts = scoreHandwritten(cv.gold, profile);
    all.push(counts);
    console.log(row(cv.file.slice(0, 11), counts));
    if (showMisses)
      for (const m of misses({ ...cv.gold, jobs: cv.gold.jobs.map((j) => ({ ...j, city: "", highlights: [] })) } as never, profile))
        console.log(`  ${m}`);
  }
  console.log(row("overall", totalCounts(all)));
}

async function main() {
  if (handwrittenOnly) return handwritten();
  for (const split of splits) {
    const perLayout = new Map<Layout, Counts>(LAYOUTS.map((l) => [l, emptyCounts()]));
    const overall = emptyCounts();
    let docs = 0;
    for await (const c of corpusCases({ split, people, layouts: only ? [only] : LAYOUTS })) {
      const profile = await readCv(c.bytes, c.filename).catch((error: unknown) => {
        console.error(`${c.filename}: ${(error as Error).message}`);
        return null;
      });
      if (!profile) continue;
      const counts = scoreProfile(c.person, profile);
      addCounts(perLayout.get(c.layout)!, counts);
      addCounts(overall, counts);
      docs++;
      if (showMisses) for (const m of misses(c.person, profile)) console.log(`  ${c.filename}: ${m}`);
    }
    console.log(`\n${split === "dev" ? "dev split" : "held-out test split"}: ${docs} documents`);
    console.log(["layout".padEnd(12), ...FIELDS.map((f) => f.padStart(11)), "skills P".padStart(9)].join(""));
    for (const [layout, c] of [...perLayout, ["overall", overall] as const]) {
      if (!c.name.total) continue;
      console.log([String(layout).padEnd(12), ...FIELDS.map((f) => pct(c[f]).padStart(11)), pct(c.skills_precision).padStart(9)].join(""));
    }
  }
}

void main().then(() => (handwrittenOnly || only || people ? undefined : handwritten()));
