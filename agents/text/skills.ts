import { DOMAIN_SKILLS, GENERIC_SKILLS, HARD_SKILLS, KNOWLEDGE_AREAS, SOFT_SKILLS, SPOKEN_LANGUAGES, type SkillEntry } from "./skills-data";
import { onServerStart } from "@/core/startup";

// The skills dictionary engine: canonical names, aliases and a word-boundary-aware scanner.
// Used by the cv, job, resume (match) and questions agents.

export type SkillKind = "hard" | "soft" | "language";
type Info = { canonical: string; kind: SkillKind };

/** Lookup key: case, spaces, hyphens, underscores and typographic quotes do not matter. */
export function skillKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\-_]+/g, "")
    .replace(/^[^\p{L}\p{N}.#+]+/u, "")
    .replace(/(?<![^\p{L}\p{N}#+])[^\p{L}\p{N}#+]+$/u, (m) => (m.startsWith("+") || m.startsWith("#") ? m : ""));
}

const byKey = new Map<string, Info>(); // every alias (case-insensitive), for canonicalSkill()
const namesOf = new Map<string, string[]>(); // canonical → every name it is written as (for literal checks)
const ciAliases = new Map<string, Info>(); // aliases scanned case-insensitively in running text
const csAliases = new Map<string, Info>(); // aliases scanned exactly as written
const ciPlural = new Set<string>(); // lower-cased acronyms (written in capitals) that may take a plural "s"

// Short names that are also ordinary words or letters: accepted in running text only in a list-like context.
// "Analytics" is also a common word in company and team names ("Example Analytics"), and "Chef" a cook ("Sous Chef",
// "as a Chef de Partie"): they need a skills context too.
const CONTEXT_GUARDED = new Set(["Go", "C", "R", "Analytics", "analytics", "Chef"]);

function addEntry(entry: SkillEntry, kind: SkillKind) {
  const [canonical, ...aliases] = entry;
  const info: Info = { canonical, kind };
  const csLower = new Set(aliases.filter((a) => a.startsWith("=")).map((a) => a.slice(1).toLowerCase()));
  const names = [canonical, ...aliases];
  namesOf.set(canonical, [...(namesOf.get(canonical) ?? []), ...names.map((n) => n.replace(/^=/, ""))]);
  for (const raw of names) {
    const exact = raw.startsWith("=");
    const name = exact ? raw.slice(1) : raw;
    const key = skillKey(name);
    if (key && !byKey.has(key)) byKey.set(key, info);
    if (exact || CONTEXT_GUARDED.has(name)) {
      if (!csAliases.has(name)) csAliases.set(name, info);
    } else if (!csLower.has(name.toLowerCase())) {
      const lower = name.toLowerCase();
      if (!ciAliases.has(lower)) ciAliases.set(lower, info);
      if (/^[A-Z]{2,}$/.test(name)) ciPlural.add(lower);
    }
  }
}

for (const entry of HARD_SKILLS) addEntry(entry, "hard");
for (const entry of SOFT_SKILLS) addEntry(entry, "soft");
for (const lang of SPOKEN_LANGUAGES) {
  const canonical = lang === "Farsi" ? "Persian" : lang === "Mandarin" ? "Chinese (Mandarin)" : lang;
  const info: Info = { canonical, kind: "language" };
  const key = skillKey(lang);
  if (!byKey.has(key)) byKey.set(key, info);
  if (!csAliases.has(lang)) csAliases.set(lang, info);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Alias → regex source: spaces match any run of spaces/hyphens; a hyphen may also be absent or a space. */
function aliasPattern(alias: string, allowPlural: boolean): string {
  let src = "";
  for (const ch of alias) {
    if (/\s/.test(ch)) src += "[\\s\\-]+";
    else if (ch === "-") src += "[\\s\\-]?";
    else if (ch === "'" || ch === "’") src += "['’]";
    else src += escapeRe(ch);
  }
  return allowPlural ? `${src}s?` : src;
}

const LEFT_BLOCK = /[\p{L}\p{N}_.@#+&]/u;
const RIGHT = "(?![\\p{L}\\p{N}_#+@&]|\\.[\\p{L}\\p{N}])";

/**
 * One sticky regex per first character: scanning tries only the aliases that can start at a position, which is
 * far faster than one alternation of every alias.
 */
function buildIndex(aliases: Iterable<string>, flags: string, fold: boolean, plural: (alias: string) => boolean): Map<string, RegExp> {
  // Key: the first two characters when both are letters/digits, else the first character alone.
  const groups = new Map<string, string[]>();
  for (const alias of aliases) {
    const head = fold ? alias.slice(0, 2).toLowerCase() : alias.slice(0, 2);
    const key = head.length === 2 && /^[\p{L}\p{N}]{2}$/u.test(head) ? head : head.charAt(0);
    const list = groups.get(key) ?? [];
    list.push(alias);
    groups.set(key, list);
  }
  const index = new Map<string, RegExp>();
  for (const [key, list] of groups) {
    const sorted = list.sort((a, b) => b.length - a.length);
    const parts = sorted.map((a) => aliasPattern(a, plural(a)));
    // regex-scan: built from the skills dictionary (our own data): alternatives of escaped names
    index.set(key, new RegExp(`(?:${parts.join("|")})${RIGHT}`, flags));
  }
  return index;
}

const CI_INDEX = buildIndex(ciAliases.keys(), "iuy", true, (a) => ciPlural.has(a));
const CS_INDEX = buildIndex(csAliases.keys(), "uy", false, (a) => /^[A-Z]{2,}$/.test(a));

function lookupMatch(text: string, caseSensitive: boolean): Info | undefined {
  // A plural is a lower-case "s" after the name ("APIs", "VMs"); "TFS" is not the plural of "TF".
  const plural = text.endsWith("s");
  if (caseSensitive) {
    return csAliases.get(text) ?? (plural ? csAliases.get(text.slice(0, -1)) : undefined);
  }
  const lower = text.toLowerCase().replace(/[\s\-]+/g, " ");
  const key = skillKey(text);
  return ciAliases.get(lower) ?? byKey.get(key) ?? (plural ? byKey.get(key.slice(0, -1)) : undefined);
}

// regex-scan: sees the 20 characters before a skill match (guardedOk)
const LIST_BEFORE = /(?:^\s*|\n\s*|[,/(;:•·|&+]\s*|\b(?:in|and|or|with|using|like|of|e\.g\.|including|as|such as|plus)\s+)$/;
const LIST_AFTER =
  // regex-scan: sees the 20 characters after a skill match (guardedOk)
  /^(?:\s*[,/);|&]|\s+(?:and|or|programming|language|languages|lang|developer|developers|development|code|experience|skills|services|microservices|backend|modules|\+\+)\b|\s*\(|\s*$)/;

function guardedOk(name: string, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  if (/^[-'’&]/.test(after)) return false; // Go-to-market, C-level, R&D, C's
  if (name === "Go" && /^\s+(?:to|ahead|back|live|beyond|through|for|on|out|over|with)\b/i.test(after)) return false;
  if (name === "Go" && /^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:and|or)\b/i.test(after)) return false; // "Go Sooners"
  if (name === "C" && /\b(?:vitamin|grade|type|class|series|plan|level)\s+$/i.test(before)) return false;
  if (name === "R" && /\b(?:p|q|type)\s*$/i.test(before)) return false;
  if (/^analytics$/i.test(name)) return analyticsOk(before, after);
  return LIST_BEFORE.test(before) || LIST_AFTER.test(after);
}

/**
 * Bare "analytics" is a skill in a list ("cloud, mobile and analytics", "analytics and reporting", "analytics tools"),
 * not in a name ("Example Analytics", "Acme Analytics GmbH") or at the start of a line on its own.
 */
function analyticsOk(before: string, after: string): boolean {
  // After a capitalised word that does not start a sentence or a list item: part of a name.
  // regex-scan: sees the 20 characters before a skill match (guardedOk)
  const prev = /(^|[\s\S]*?)([\p{L}&'’-]+)[ \t]+$/u.exec(before);
  if (prev && /^\p{Lu}/u.test(prev[2]) && /\p{L}[ \t)]*$|\bat[ \t]*$/u.test(prev[1])) return false;
  const listBefore = /(?:[,/;•·|&+]\s*|\b(?:and|or|with|using|in|of|including|such as|plus)\s+)$/i.test(before);
  const listAfter = /^(?:\s*[,/;|&]|\s+(?:and|or|tools?|platforms?|stack|solutions?|pipelines?|engineering|dashboards?)\b)/i.test(after);
  // A line of its own ("Analytics" in a one-skill-per-line list).
  const ownLine = /(?:^|\n)[ \t]*$/.test(before) && /^[ \t]*(?:\r?\n|$)/.test(after);
  return listBefore || listAfter || ownLine;
}

export type SkillHit = { canonical: string; kind: SkillKind; start: number; end: number; text: string };

/** Longest run of non-space characters scanned; a longer token (a data blob, a hash) holds no skill name. */
const MAX_TOKEN = 200;

/**
 * The text with contact details blanked out (same length, so offsets stay valid): links ("https://…", "www.…",
 * "github.com/…", "linkedin.com/in/…"), e-mail addresses and over-long tokens are not where skills are named
 * ("https" is not HTTP, "github.com/jane" is not GitHub).
 */
export function maskContacts(text: string): string {
  return text.replace(/\S+/g, (token) => {
    if (token.length > MAX_TOKEN) return " ".repeat(token.length);
    const at = token.indexOf("@");
    const isEmail = at > 0 && token.indexOf(".", at) > at + 1;
    const isLink = /^\W{0,2}(?:https?:\/\/|www\.)/i.test(token) || isDomainPath(token);
    return isEmail || isLink ? " ".repeat(token.length) : token;
  });
}

/** "github.com/jane", "linkedin.com/in/jane": a host name with a top-level domain, then a path. */
function isDomainPath(token: string): boolean {
  const slash = token.indexOf("/");
  if (slash < 4 || slash === token.length - 1) return false;
  const host = token.slice(0, slash);
  return /^[\w.-]+$/.test(host) && /\.[a-z]{2,6}$/i.test(host) && !/^\.|\.\./.test(host);
}

/** Every dictionary hit in the text, longest match first where hits overlap. */
export function scanSkills(raw: string): SkillHit[] {
  if (!raw) return [];
  const text = maskContacts(raw);
  const hits: SkillHit[] = [];
  const tryAt = (re: RegExp | undefined, cs: boolean, start: number) => {
    if (!re) return;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) return;
    const info = lookupMatch(m[0], cs);
    if (!info) return;
    const end = start + m[0].length;
    if (cs && CONTEXT_GUARDED.has(m[0]) && !guardedOk(m[0], text, start, end)) return;
    // "Spring 2020" is a season, "Spring Boot" is not.
    if (cs && m[0] === "Spring" && /^\s*(?:'|’)?\d{2,4}\b|^\s+(?:semester|term|break)\b/i.test(text.slice(end, end + 12))) return;
    hits.push({ canonical: info.canonical, kind: info.kind, start, end, text: raw.slice(start, end) });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) continue;
    if (i > 0 && LEFT_BLOCK.test(text.charAt(i - 1))) continue;
    const two = text.slice(i, i + 2);
    tryAt(CI_INDEX.get(ch.toLowerCase()), false, i);
    tryAt(CS_INDEX.get(ch), true, i);
    if (two.length === 2) {
      tryAt(CI_INDEX.get(two.toLowerCase()), false, i);
      tryAt(CS_INDEX.get(two), true, i);
    }
  }
  // Resolve overlaps: keep the longer hit.
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: SkillHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

/** Hard and soft skills mentioned in the text, canonical names in order of first mention. */
export function findSkills(text: string): { hard: string[]; soft: string[] } {
  const hits = scanSkills(text);
  return {
    hard: uniq(hits.filter((h) => h.kind === "hard").map((h) => h.canonical)),
    soft: uniq(hits.filter((h) => h.kind === "soft").map((h) => h.canonical)),
  };
}

/** Spoken languages mentioned in the text (capitalised names, e.g. "English", "German"). */
export function findLanguages(text: string): string[] {
  return uniq(
    scanSkills(text)
      .filter((h) => h.kind === "language")
      .map((h) => h.canonical),
  );
}

/** The canonical name for a skill name or alias ("JS" → "JavaScript", "k8s" → "Kubernetes"), or null. */
export function canonicalSkill(name: string): string | null {
  if (!name) return null;
  const key = skillKey(name);
  const hit = byKey.get(key) ?? (key.endsWith("s") ? byKey.get(key.slice(0, -1)) : undefined);
  return hit ? hit.canonical : null;
}

/** The kind of a known skill name, or null. */
export function skillKind(name: string): SkillKind | null {
  const key = skillKey(name);
  return byKey.get(key)?.kind ?? null;
}

/** A skill list in canonical form (unknown names kept as written, trimmed), without duplicates. */
export function normalizeSkillList(names: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.replace(/\s+/g, " ").trim();
    if (!name) continue;
    const canonical = canonicalSkill(name) ?? name;
    const k = canonical.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(canonical);
  }
  return out;
}

/** Every way the dictionary writes a skill: its canonical name and aliases ("Kubernetes" → "k8s", "kube"…). */
export function skillNames(name: string): string[] {
  const canonical = canonicalSkill(name) ?? name;
  return [...new Set([name, canonical, ...(namesOf.get(canonical) ?? [])])];
}

/** Whether a canonical name is too generic to count when matching (e.g. "Software Development"). */
export function isGenericSkill(canonical: string): boolean {
  return GENERIC_SKILLS.has(canonical);
}

/** Whether a canonical name is an industry or broad field ("Healthcare", "Software Development"), not a hard skill. */
export function isDomain(canonical: string): boolean {
  return DOMAIN_SKILLS.has(canonical);
}

/** Whether a canonical name is a field of knowledge, an industry or a degree ("Computer Science", "Banking", "MBA"). */
export function isKnowledgeArea(canonical: string): boolean {
  return KNOWLEDGE_AREAS.has(canonical) || DOMAIN_SKILLS.has(canonical);
}

/** Number of distinct canonical names (for tests and docs). */
export function dictionarySize(): { hard: number; soft: number; languages: number; aliases: number } {
  const canon = new Map<string, SkillKind>();
  for (const info of byKey.values()) canon.set(info.canonical, info.kind);
  const count = (k: SkillKind) => [...canon.values()].filter((v) => v === k).length;
  return { hard: count("hard"), soft: count("soft"), languages: count("language"), aliases: byKey.size };
}

/**
 * The dictionary's patterns are large: V8 compiles a regular expression on its first use and to machine code on
 * the next, about a second of CPU for the whole index on this machine. The server does it at start.
 */
function compileSkillPatterns(): void {
  for (const index of [CI_INDEX, CS_INDEX]) {
    for (const re of index.values()) {
      for (let i = 0; i < 2; i++) {
        re.lastIndex = 0;
        re.test("x");
      }
      re.lastIndex = 0;
    }
  }
}
onServerStart("skill patterns", compileSkillPatterns);
