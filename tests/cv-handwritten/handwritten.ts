import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { ProfileFields } from "@/core/schemas/profile";
import { addCounts, emptyCounts, scoreProfile, type Counts } from "../cv-corpus/score";
import type { GoldDate, Person } from "../cv-corpus/people";

// CVs written by hand for the project (this folder), independent of the corpus generator in tests/cv-corpus: eleven
// people, professions and countries, in the habits real CVs have (a job board's plain-text export with blank-line
// separated title/company/dates lines, LinkedIn's "Save to PDF" text, Europass, a two-column page read sidebar
// first, one-line and date-first job blocks, "Company — Title", Indian, German and French education). The gold
// fields are in gold.json. They are scored with tests/cv-corpus/score.ts, except the degree: here the gold keeps
// the degree and its field apart as the CV writes them, and a degree counts when the parsed degree equals the gold
// degree, or the parsed degree and field together equal the gold degree and field (the words "in" and "of" and
// punctuation aside).

type GoldCv = {
  name: string;
  jobs: { title: string; company: string; start: GoldDate; end: GoldDate }[];
  education: { degree: string; field: string; institution: string; year: string }[];
  skills: string[];
};

export const HANDWRITTEN_DIR = path.join(process.cwd(), "tests", "cv-handwritten");

export function handwrittenCvs(): { file: string; text: string; gold: GoldCv }[] {
  const gold = JSON.parse(readFileSync(path.join(HANDWRITTEN_DIR, "gold.json"), "utf8")) as Record<string, GoldCv>;
  return readdirSync(HANDWRITTEN_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(HANDWRITTEN_DIR, file), "utf8"), gold: gold[file] }));
}

const bare = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\b(?:in|of)\b/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** The gold CV as a corpus Person, with each parsed degree rewritten to the gold wording when it matches by the rule above. */
export function scoreHandwritten(gold: GoldCv, profile: ProfileFields): Counts {
  const person = {
    name: gold.name,
    jobs: gold.jobs.map((j) => ({ ...j, city: "", highlights: [] })),
    education: gold.education.map((e) => ({ ...e, degree: [e.degree, e.field].filter(Boolean).join(" "), field: "", city: "", start: "" })),
    skills: gold.skills,
  } as unknown as Person;
  const education = profile.education.map((p) => {
    const match = gold.education.find(
      (g) => bare(p.degree) === bare(g.degree) || bare(`${p.degree} ${p.field}`) === bare(`${g.degree} ${g.field}`),
    );
    return match ? { ...p, degree: [match.degree, match.field].filter(Boolean).join(" "), field: "" } : p;
  });
  return scoreProfile(person, { ...profile, education });
}

export function totalCounts(all: Counts[]): Counts {
  const total = emptyCounts();
  for (const c of all) addCounts(total, c);
  return total;
}
