import { cosine, wordIndex } from "./lexicon";
import { techsInText } from "./tech-names";

// Which family of roles a free-text role belongs to ("Registered Nurse" → nursing, "AE" → sales, "Sr. PM" → product,
// "Technical Product Manager" → product and software), so that questions come from that family. Two steps: a short
// table of abbreviations (they have no meaning a word vector could find), then each word of the role compared with a
// short description of every family through word vectors (lexicon.ts), so titles nobody listed ("Bookkeeper",
// "Talent Partner", "Midwife") still land in the nearest family. Software is recognised by its own words and by the
// technologies the skills dictionary knows; a role with both a software signal and another family gets both.

export const ROLE_FAMILIES = [
  "software",
  "product",
  "project",
  "data-analysis",
  "design",
  "sales",
  "customer",
  "marketing",
  "people",
  "finance",
  "nursing",
  "teaching",
  "operations",
] as const;

export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export const FAMILY_LABELS: Record<RoleFamily, string> = {
  software: "software engineering",
  product: "product management",
  project: "project and program management",
  "data-analysis": "data analysis",
  design: "UX/UI design",
  sales: "sales",
  customer: "customer success and support",
  marketing: "marketing",
  people: "HR and recruiting",
  finance: "finance and accounting",
  nursing: "nursing and healthcare",
  teaching: "teaching",
  operations: "operations and logistics",
};

/** Words that describe each family, for the word-vector comparison (the family's own title words first). */
const DESCRIPTIONS: Record<Exclude<RoleFamily, "software">, string> = {
  product: "product owner roadmap features discovery launch",
  project: "project program programme scrum delivery schedule milestones",
  "data-analysis": "analyst analytics reporting dashboards statistics insights intelligence scientist",
  design: "designer design ux ui interface usability prototypes wireframes graphic visual",
  sales: "sales account executive seller representative deals quota prospects business development",
  customer: "customer success support service client helpdesk onboarding retention",
  marketing: "marketing marketer brand campaigns content advertising seo growth communications",
  people: "hr human resources recruiter recruiting talent acquisition hiring payroll benefits",
  finance: "finance financial accountant accounting controller auditor bookkeeping treasury tax analyst",
  nursing: "nurse nursing registered healthcare patient clinical hospital caregiver midwife medical",
  teaching: "teacher teaching educator instructor tutor school classroom lecturer professor",
  operations: "operations logistics supply chain warehouse procurement inventory fleet dispatch",
};

/** Two-word titles whose words alone would mislead ("business", "account", "chain"). Checked before single words. */
const PHRASES: [RegExp, RoleFamily[]][] = [
  [/\bbusiness analyst/, ["data-analysis"]],
  [/\bbusiness development/, ["sales"]],
  [/\baccount (?:executive|manager|director)/, ["sales"]],
  [/\bcustomer success/, ["customer"]],
  [/\bsupply chain/, ["operations"]],
  [/\bhuman resources|people (?:partner|operations)/, ["people"]],
  [/\bdata engineer/, ["software"]],
  [/\bscrum master|delivery manager/, ["project"]],
];

/** Abbreviations and short forms: no word vector knows them. Matched as whole words of the role. */
const ALIASES: Record<string, RoleFamily[]> = {
  ae: ["sales"],
  sdr: ["sales"],
  bdr: ["sales"],
  am: ["sales"],
  pm: ["product"],
  po: ["product"],
  apm: ["product"],
  gpm: ["product"],
  tpm: ["project", "software"],
  pmo: ["project"],
  rn: ["nursing"],
  lpn: ["nursing"],
  np: ["nursing"],
  cna: ["nursing"],
  csm: ["customer"],
  hrbp: ["people"],
  ta: ["people"],
  cpa: ["finance"],
  cfo: ["finance"],
  fp: ["finance"],
  ux: ["design"],
  ui: ["design"],
  ba: ["data-analysis"],
  bi: ["data-analysis"],
  seo: ["marketing"],
  cmo: ["marketing"],
  swe: ["software"],
  dev: ["software"],
  devs: ["software"],
  sde: ["software"],
  sre: ["software"],
  qa: ["software"],
  cto: ["software"],
  coo: ["operations"],
};

/** Words of a software role; "data" alone is not one ("Data Analyst"), "data engineer" is. */
const SOFTWARE_WORDS =
  /\b(?:software|developer|programmer|engineer(?:ing)?|devops|frontend|front-end|backend|back-end|full[- ]?stack|coder|architect|sysadmin|technical|tech lead|machine learning|ml|ai)\b/i;
/** Engineers in other trades are not software engineers. */
const OTHER_ENGINEERS = /\b(?:civil|mechanical|electrical|chemical|structural|biomedical|process|manufacturing|sales|solutions?) engineer/i;

/** Words that say level or rank, not the job. */
const RANK_WORDS = new Set(
  (
    "senior sr jr junior lead principal staff head chief associate assistant intern trainee graduate ii iii iv i of and the for a an at in to " +
    // Words every family uses: they say nothing about which one.
    "manager management coordinator specialist officer partner consultant administrator director executive representative expert"
  ).split(" "),
);

export type FamilyMatch = {
  /** One family, or two for a mixed role (the first is the main one). */
  families: RoleFamily[];
  /** How it was decided: an abbreviation, word vectors, software words, or nothing matched. */
  method: "alias" | "vectors" | "software" | "none";
};

/**
 * Word-vector closeness below which a role is not said to belong to a family. Titles of other trades (chef, lawyer,
 * pharmacist, mechanical engineer, paralegal) reach 0.55–0.64; real members that the descriptions do not list
 * (bookkeeper, content writer) 0.65–0.7.
 */
const FAMILY_MIN_SIMILARITY = 0.645;

/**
 * The role's family or families. `isSoftwareTech` says whether a technology named in the role is a software one (the
 * offline engine passes the question bank's technologies): "React Developer" is software, "Healthcare Assistant" not.
 */
export function roleFamilies(role: string, isSoftwareTech: (tech: string) => boolean = () => false): FamilyMatch {
  const text = (role ?? "").toLowerCase().replace(/[’]/g, "'");
  const words = (text.match(/[a-z&]+/g) ?? []).filter((w) => !RANK_WORDS.has(w));
  const software = (SOFTWARE_WORDS.test(text) && !OTHER_ENGINEERS.test(text)) || techsInText(role ?? "").some((t) => isSoftwareTech(t));
  const phrased = PHRASES.filter(([re]) => re.test(text)).flatMap(([, f]) => f);
  const aliased = [...new Set([...phrased, ...words.flatMap((w) => ALIASES[w] ?? [])])];
  if (aliased.length) return { families: withSoftware(aliased, software), method: "alias" };
  const best = closestFamily(words.filter((w) => !SOFTWARE_WORDS.test(w)));
  // In a software role, another family counts only when the role names it outright ("Technical Product Manager").
  if (best && (!software || best.score >= 0.9)) return { families: withSoftware([best.family], software), method: "vectors" };
  return software ? { families: ["software"], method: "software" } : { families: [], method: "none" };
}

function withSoftware(families: RoleFamily[], software: boolean): RoleFamily[] {
  const list = software && !families.includes("software") ? [...families, "software" as const] : families;
  return list.slice(0, 2);
}

/** The family whose description is closest to the role's words: the mean over the words of their best match. */
export function closestFamily(words: string[]): { family: RoleFamily; score: number } | null {
  const known = words.map(wordIndex).filter((i) => i >= 0);
  if (!known.length) return null;
  let best: { family: RoleFamily; score: number } | null = null;
  for (const [family, description] of Object.entries(DESCRIPTIONS) as [RoleFamily, string][]) {
    const vocabulary = descriptionIndexes(family, description);
    let total = 0;
    for (const w of known) total += Math.max(...vocabulary.map((d) => (d === w ? 1 : cosine(w, d))));
    const score = total / known.length;
    if (!best || score > best.score) best = { family, score };
  }
  return best && best.score >= FAMILY_MIN_SIMILARITY ? best : null;
}

const indexCache = new Map<RoleFamily, number[]>();

function descriptionIndexes(family: RoleFamily, description: string): number[] {
  let list = indexCache.get(family);
  if (!list) {
    list = description
      .split(" ")
      .map(wordIndex)
      .filter((i) => i >= 0);
    indexCache.set(family, list);
  }
  return list;
}
