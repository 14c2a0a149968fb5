import type { ProfileFields } from "@/core/schemas/profile";
import { isBroadSkill, profileHasSkill } from "../match";
import { findSkills, isGenericSkill } from "../text/skills";
import { degreesIn, has, namedWordsNear, organisationsIn, PATTERNS, rankedTitlesIn } from "./entities";
import { NO_ENTRY, profileFacts, type FactUnit, type ProfileFacts } from "./facts";
import { figuresIn, unitsCompatible, type Figure } from "./numbers";

// The claim checks: each claim a sentence makes is looked up in the profile. A figure must come from the same job
// (when the sentence names one, or when it is that job's bullet) with a compatible unit and subject.

export type GroundingContext = {
  profile: ProfileFields;
  /** Names that may be mentioned without being claims about the candidate (the job's company and title). */
  allowedNames?: string[];
  /** The posting's own text: a figure it states may be quoted in a sentence about the role ("you ask for 4+ years"). */
  jobText?: string;
  /** The CV the profile was read from: a tailored resume's skills must be written in it. */
  cvText?: string;
};

export type ClaimKind =
  | "employer"
  | "title"
  | "number"
  | "team size"
  | "date"
  | "degree"
  | "certification"
  | "award"
  | "promotion"
  | "skill"
  | "link";

export type Claim = { kind: ClaimKind; text: string };

/** Which jobs a figure or title may come from: the job of a resume bullet, or the employers a sentence names. */
export type Scope = { entry?: number; context?: string };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function normalizeOrg(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.,'’()]/g, " ")
    .replace(/\b(?:inc|llc|ltd|limited|gmbh|ag|plc|corp|corporation|co|company|group|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function sameOrg(a: string, b: string): boolean {
  const x = normalizeOrg(a);
  const y = normalizeOrg(b);
  if (!x || !y) return false;
  return x === y || (x.length >= 3 && ` ${y} `.includes(` ${x} `)) || (y.length >= 3 && ` ${x} `.includes(` ${y} `));
}

function containsWords(haystackLower: string, needle: string): boolean {
  const n = needle.trim().toLowerCase();
  if (!n) return false;
  // regex-scan: built from a name escaped to plain text, words joined by [\s-]+, between look-arounds: each start costs at most the name's length
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n).replace(/\s+/g, "[\\s-]+")}(?![\\p{L}\\p{N}])`, "u").test(haystackLower);
}

const ABOUT_THE_ROLE = /\b(?:you|your|the role|this role|the position|the posting|the team|you're|you are)\b/i;

/**
 * The sentence without the names it may mention freely (the posting's company and title, the candidate's name).
 * "I am a Senior Engineer" still claims the title: a name right after "I am a" / "as a" stays.
 */
function stripNames(text: string, names: string[]): string {
  let out = text;
  for (const name of names) {
    if (name.trim().length < 2) continue;
    const selfClaim = "(?<!\\b(?:i'm|i am|am|as|was|been|worked as|working as)\\s+(?:a|an|the)?\\s*)";
    // regex-scan: built from a name escaped to plain text after a fixed phrase: each start costs at most the phrase's and name's length
    out = out.replace(new RegExp(`${selfClaim}(?<![\\p{L}])${escapeRe(name.trim())}(?![\\p{L}])`, "giu"), " ");
  }
  return out;
}

/** The jobs a sentence talks about: the given one, or those whose employer it names. */
function entriesOf(text: string, facts: ProfileFacts, scope: Scope): Set<number> | null {
  if (scope.entry !== undefined) return new Set([scope.entry]);
  const named = facts.employers.filter((e) => e.entry !== NO_ENTRY && containsWords(text.toLowerCase(), normalizeOrg(e.name) || e.name));
  return named.length ? new Set(named.map((e) => e.entry)) : null;
}

function overlaps(terms: string[], unit: FactUnit): boolean {
  return terms.length === 0 || terms.some((t) => unit.terms.has(t));
}

function figureSupported(fig: Figure, facts: ProfileFacts, entries: Set<number> | null, ctx: GroundingContext, sentence: string): boolean {
  const inScope = (u: FactUnit) => !entries || entries.has(u.entry);
  if (fig.unit === "date") {
    const y = Number(fig.value);
    const ranges = [...facts.years.entries()].filter(([i]) => !entries || entries.has(i)).map(([, r]) => r);
    if (ranges.some(([a, b]) => y >= a && y <= b)) return true;
    return facts.units.some((u) => inScope(u) && u.figures.some((f) => f.value === fig.value));
  }
  const same = facts.units.some(
    (u) => inScope(u) && u.figures.some((f) => f.value === fig.value && unitsCompatible(f.unit, fig.unit)) && overlaps(fig.terms, u),
  );
  if (same) return true;
  // "7 years of experience", "more than 5 years": no longer than the career (or that job) has lasted.
  if (fig.unit === "year" && /^\d+$/.test(fig.value)) {
    const spans = entries ? [...entries].map((i) => facts.years.get(i)).filter(Boolean) : [];
    const limit = entries && spans.length ? Math.max(...spans.map((r) => r![1] - r![0] + 1)) : facts.careerYears + 1;
    if (Number(fig.value) <= limit && facts.careerYears > 0) return true;
  }
  if (ctx.jobText && ABOUT_THE_ROLE.test(sentence)) {
    return figuresIn(ctx.jobText).some((f) => f.value === fig.value && unitsCompatible(f.unit, fig.unit));
  }
  return false;
}

const RANK_SYNONYMS: Record<string, string[]> = {
  cto: ["cto", "chief technology officer", "chief technical officer"],
  ceo: ["ceo", "chief executive"],
  vp: ["vp", "vice president"],
  "vice president": ["vp", "vice president"],
  senior: ["senior", "sr"],
  "team lead": ["team lead", "lead"],
  "tech lead": ["tech lead", "lead"],
};

function titleSupported(rank: string, facts: ProfileFacts, entries: Set<number> | null): boolean {
  const forms = RANK_SYNONYMS[rank] ?? [rank];
  return facts.titles.some(
    (t) => (!entries || entries.has(t.entry) || t.entry === NO_ENTRY) && forms.some((f) => containsWords(t.text.toLowerCase(), f)),
  );
}

function namedSupported(
  sentence: string,
  re: RegExp,
  test: (s: string) => boolean,
  facts: ProfileFacts,
  entries: Set<number> | null,
): boolean {
  const names = namedWordsNear(sentence, re);
  return facts.units.some(
    (u) => (!entries || entries.has(u.entry) || u.entry === NO_ENTRY) && test(u.text) && names.every((n) => containsWords(u.lower, n)),
  );
}

// A clause that says the candidate lacks something ("…, which I have not yet used in a job", "I haven't worked with X
// yet", "X would be new to me", "I would be learning X") claims nothing about having it. Only that clause is exempt:
// "Though I have not used Kafka, I ran Kubernetes clusters" still claims Kubernetes.
const GAP =
  /\b(?:(?:have|has|had)\s+not|haven['’]t|hasn['’]t|never|not\s+yet)\s+(?:yet\s+)?(?:used|worked\s+with|touched|applied|had\s+the\s+chance)\b|\bnew\s+to\s+me\b|\b(?:would|I['’]d)\s+be\s+learning\b|\bwould\s+(?:need|have)\s+to\s+learn\b/i;

function gapClauses(sentence: string): string[] {
  return sentence.split(/[;:]\s|\b(?:but|though|although|while|whereas)\s/i).flatMap((major) => {
    const parts = major.split(/,\s+/).map((p) => p.trim());
    return parts.flatMap((part, i) => {
      if (!GAP.test(part)) return [];
      // "…asks for Kafka, Go and Rust, which I have not yet used": the relative clause speaks of the list before it.
      if (/^which\b/i.test(part)) return parts.slice(0, i + 1);
      // "I haven't used Kafka, Go and Rust yet": the list goes on until a clause with its own subject ("…, I ran X").
      const end = parts.findIndex((p, j) => j > i && /^(?:and\s+|so\s+)?(?:I|we|my|our|he|she|they|it)\b/i.test(p));
      return parts.slice(i, end < 0 ? parts.length : end);
    });
  });
}

/** Every claim in a sentence that the profile does not support. */
export function unsupportedClaims(sentence: string, ctx: GroundingContext, scope: Scope = {}): Claim[] {
  const facts = profileFacts(ctx.profile);
  const own = stripNames(sentence, [...(ctx.allowedNames ?? []), ctx.profile.name]);
  const entries = entriesOf(scope.context ? stripNames(scope.context, ctx.allowedNames ?? []) : own, facts, scope);
  const claims: Claim[] = [];
  const aboutRole = ABOUT_THE_ROLE.test(own);

  const gaps = gapClauses(own);
  for (const org of organisationsIn(own)) {
    if (facts.employers.some((e) => sameOrg(e.name, org)) || containsWords(facts.lower, org)) continue;
    // "Amazon" of "Amazon ECS" in a clause saying the candidate has not used it.
    if (gaps.some((clause) => findSkills(clause).hard.some((skill) => skill.includes(org)))) continue;
    claims.push({ kind: "employer", text: org });
  }
  for (const rank of new Set(rankedTitlesIn(own))) {
    if (!titleSupported(rank, facts, entries)) claims.push({ kind: "title", text: rank });
  }
  for (const fig of figuresIn(own)) {
    if (figureSupported(fig, facts, entries, ctx, own)) continue;
    claims.push({ kind: fig.unit === "people" ? "team size" : fig.unit === "date" ? "date" : "number", text: fig.text });
  }
  if (!aboutRole) {
    const profileDegrees = new Set(degreesIn(facts.units.map((u) => u.text).join("\n")));
    for (const level of degreesIn(own)) if (!profileDegrees.has(level)) claims.push({ kind: "degree", text: level });
  }
  if (has.certification(own) && !namedSupported(own, PATTERNS.CERT, has.certification, facts, null))
    claims.push({ kind: "certification", text: namedWordsNear(own, PATTERNS.CERT).join(" ") || "a certification" });
  if (has.award(own) && !namedSupported(own, PATTERNS.AWARD, has.award, facts, entries))
    claims.push({ kind: "award", text: namedWordsNear(own, PATTERNS.AWARD).join(" ") || "an award" });
  if (has.promotion(own) && !facts.units.some((u) => (!entries || entries.has(u.entry)) && has.promotion(u.text)))
    claims.push({ kind: "promotion", text: "a promotion" });
  for (const skill of findSkills(own).hard) {
    if (isGenericSkill(skill) || isBroadSkill(skill)) continue;
    if (gaps.some((clause) => findSkills(clause).hard.includes(skill))) continue;
    if (!profileHasSkill(ctx.profile, skill, facts.skills)) claims.push({ kind: "skill", text: skill });
  }
  // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
  for (const link of own.match(/\bhttps?:\/\/[^\s)>\]]+|\bwww\.[^\s)>\]]+|[\w.+-]+@[\w-]+\.[\w.]+/gi) ?? []) {
    const bare = link
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/^www\./, "")
      // regex-scan: a run is tried only where it starts (look-behind); sees one field of the model's reply or of the profile
      .replace(/(?<![/.,;])[/.,;]+$/, "");
    if (!facts.lower.includes(bare)) claims.push({ kind: "link", text: link });
  }
  return claims;
}
