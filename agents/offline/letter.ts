import type { MatchKeyword, TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { computeMatch, proseSkills } from "../match";
import { isPresent } from "../text/dates";
import { countWords, LETTER_MAX_WORDS, LETTER_MIN_WORDS } from "../text/letter-limits";
import { findSkills, scanSkills, skillKey } from "../text/skills";
import { toEvidence, usableHighlight, type Evidence, type EvidenceKind } from "./letter-evidence";
import { cap, dutySentences, fitExtras, inProse, namedSkills, short, spareFacts } from "./letter-extras";
import { fill, FRIENDLY, PROFESSIONAL, type Phrases } from "./letter-phrases";
import { indefiniteArticle, profileRole, proseCompany, roleAtCompany, ROLE_WORD, skillInProse } from "./letter-text";
import { jobKeywords, joinList, relevance, yearsOfExperience, type Keywords } from "./resume";

export { asGerund } from "./letter-evidence";

// Offline cover letters, filled only with facts from the profile (roles, employers, highlights, projects,
// education, skills the job asks for and the profile shows) and the job's own title, company and skills:
// - the opening names the role and the company and what the candidate brings to it;
// - the posting's requirements (weightiest first) are answered with the highlight that best shows each, in a
//   sentence that fits the kind of evidence (a result, leading people, building something);
// - the roles, then what else fits this job (other skills it lists, a relevant project, the degree it asks for,
//   the languages it needs, its field); a closing that names the company;
// - the two tones are two phrase books (letter-phrases.ts). At most 400 words and 40 words a sentence, checked in
//   code. A letter under 250 words takes more of the candidate's facts (letter-extras.ts: tenure, a project's
//   details, degrees, toolkit, the posting's duties by the skills they have); a thin profile's letter for a job it
//   hardly fits stays shorter rather than take sentences that would be true of anyone (issue 13: no filler).

export type Tone = "professional" | "friendly";
export type LetterInput = { profile: ProfileFields; job: JobData; tailored_resume?: TailoredResume | null; tone: Tone };

export function buildLetterOffline(input: LetterInput): string {
  const { profile, job } = input;
  const say = input.tone === "friendly" ? FRIENDLY : PROFESSIONAL;
  const company = proseCompany(job.company);
  const role = profileRole(profile);
  const years = /\b\d+\+?\s*(?:years|yrs)\b/i.test(profile.summary) ? null : yearsOfExperience(profile);
  const keywords = (input.tailored_resume?.match.keywords ?? computeMatch(profile, job).keywords).filter((k) => k.matched);
  const prose = (skills: string[]) => joinList(skills.map((k) => inProse(k, job)));
  const pool = evidencePool(profile);
  const v = variant(job);
  const used = new Set<Evidence>();
  const named = new Set<string>();

  // Opening: the role at the company, who the candidate is, and the skills of theirs this job weighs most.
  const opening = [say.apply(roleAtCompany(job))];
  const self = summaryAsWho(profile.summary);
  if (self && short(self)) opening.push(say.iAm(self));
  else if (role) opening.push(say.who(`${indefiniteArticle(role)} ${role}`, years));
  const top = namedSkills(keywords).slice(0, 2);
  top.forEach((k) => named.add(skillKey(k.skill)));
  const own = proseSkills(profile.skills.technical).slice(0, 2);
  if (top.length) opening.push(say.hook(prose(top.map((k) => k.skill)), company, usedAt(pool, top), top.length));
  else if (own.length) opening.push(say.ownSkills(joinList(own.map(skillInProse))));

  const answers = answerRequirements(job, keywords, pool, used, say, v);
  const roles = describeRoles(profile, job, pool, used, say, v);
  answers.skills.forEach((s) => named.add(skillKey(s)));
  const closing = say.closing(company, prose(top.slice(0, 1).map((k) => k.skill)));
  const signOff = `${say.signOff},\n${profile.name.trim() || "[Your name]"}`;

  // Tier 0 is always said; tier 1 while the letter stays under 400 words; tier 2 (padding) only until it reaches 250.
  const extras: Slot[] = [
    ...fitExtras(profile, job, keywords, named, say, v).map((text) => slot(text, 1)),
    ...spareFacts(profile, job, say, v).map((text) => slot(text, 2)),
    ...dutySentences(profile, job, keywords, named, say, v).map((text) => slot(text, 2)),
  ];
  const body: Slot[][] = [opening.map((text) => slot(text, 0)), answers.sentences.map((text) => slot(text, 0)), roles, extras];
  const letter = () =>
    [
      say.greeting(company),
      ...body.map((p) =>
        p
          .filter((x) => x.on)
          .map((x) => x.text)
          .join(" "),
      ),
      closing,
      signOff,
    ]
      .filter((p) => p.trim())
      .join("\n\n");
  for (const x of body.flat().filter((x) => x.tier === 1)) {
    x.on = true;
    if (countWords(letter()) > LETTER_MAX_WORDS - 10) x.on = false;
  }
  for (const x of [...roles.filter((r) => r.tier === 2), ...extras.filter((e) => e.tier === 2)]) {
    if (countWords(letter()) >= LETTER_MIN_WORDS) break;
    x.on = true;
  }
  return letter();
}

/** "at Northwind Labs and Contoso Retail": the employers whose highlights show these skills (up to two), or "". */
function usedAt(pool: Evidence[], skills: MatchKeyword[]): string {
  const kw = keywordsFor(skills.map((k) => k.skill));
  const companies = [...new Set(pool.filter((e) => e.exp.company && relevance(e.text, kw) > 0).map((e) => proseCompany(e.exp.company)))];
  return companies.length ? `at ${joinList(companies.slice(0, 2))}` : "";
}

type Slot = { text: string; tier: 0 | 1 | 2; on: boolean };
const slot = (text: string, tier: Slot["tier"]): Slot => ({ text, tier, on: tier === 0 });

/** Every usable highlight (or description sentence) of the profile as evidence, in the profile's order. */
function evidencePool(profile: ProfileFields): Evidence[] {
  return profile.experience.flatMap((e) => {
    const lines = e.highlights.length ? e.highlights : e.description.split(/(?<=[.!?])\s+(?=[A-Z])/);
    return lines.filter(usableHighlight).map((h) => toEvidence(h, e));
  });
}

function keywordsFor(skills: string[]): Keywords {
  return { keys: new Set(skills.map(skillKey)), names: new Map(skills.map((s) => [skillKey(s), s])), words: new Set<string>() };
}

/** "I cut…" from the highlight, or "my work included Kafka-based event streaming…" for a noun phrase. */
function clauseOf(e: Evidence): string {
  return (
    e.clause ??
    `my work included ${e.text
      .trim()
      .replace(/(?<![.;:])[.;:]+$/, "")
      .replace(/^[A-Z][a-z]/, (m) => m.toLowerCase())}`
  );
}

function atCompany(e: Evidence): string {
  return e.exp.company ? `at ${proseCompany(e.exp.company)}` : "in a recent role";
}

/**
 * Up to three of the posting's requirements (then qualifications and duties) that name skills the candidate shows,
 * each answered with the unused highlight that best shows them, in a frame that fits what the highlight shows.
 */
function answerRequirements(job: JobData, keywords: MatchKeyword[], pool: Evidence[], used: Set<Evidence>, say: Phrases, v: number) {
  const have = new Map(namedSkills(keywords).map((k) => [skillKey(k.skill), k.skill]));
  const answered = new Set<string>();
  const sentences: string[] = [];
  const skills: string[] = [];
  const perKind = new Map<EvidenceKind, number>();
  for (const line of [...job.requirements, ...job.qualifications, ...job.responsibilities]) {
    if (sentences.length >= 3) break;
    const asked = [...new Set(findSkills(line).hard.map(skillKey))]
      .filter((k) => have.has(k) && !answered.has(k))
      .map((k) => have.get(k)!)
      .slice(0, 3);
    if (!asked.length) continue;
    const kw = keywordsFor(asked);
    const best = pool
      .filter((e) => !used.has(e))
      .map((e, i) => ({ e, i, r: relevance(e.text, kw) }))
      .filter((x) => x.r > 0)
      .sort((a, b) => b.r - a.r || a.i - b.i)[0]?.e;
    if (!best) continue;
    // Name only the asked skills this highlight shows; the others wait for a line whose evidence shows them.
    const shows = new Set(scanSkills(best.text).map((h) => skillKey(h.canonical)));
    const shown = asked.filter((k) => shows.has(skillKey(k)));
    if (shown.length) asked.splice(0, asked.length, ...shown);
    const n = perKind.get(best.kind) ?? 0;
    const frames = say.answer[best.kind];
    // The n-th answer of a kind takes the next frame along (from where this job's variant starts).
    const w = (v >> 15) + n;
    const frame = n < frames.length ? frames[w % frames.length] : say.answer.other[w % say.answer.other.length];
    const values = { S: joinList(asked.map((k) => inProse(k, job))), at: atCompany(best), clause: clauseOf(best), count: asked.length };
    const sentence = [fill(frame, values), fill("{at}, {clause}.", values)].find(short);
    if (!sentence) continue;
    perKind.set(best.kind, n + 1);
    used.add(best);
    asked.forEach((s) => answered.add(skillKey(s)));
    skills.push(...asked);
    sentences.push(sentence);
  }
  return { sentences, skills };
}

/**
 * The current role with its most relevant unused highlights, then up to two earlier roles with up to two each. A
 * role's first highlight is always said (tier 0); the others when they bear on this job (tier 1), or, when they do
 * not, only to fill a short letter (tier 2), each in its place.
 */
function describeRoles(profile: ProfileFields, job: JobData, pool: Evidence[], used: Set<Evidence>, say: Phrases, v: number): Slot[] {
  const kw = jobKeywords(job);
  const out: Slot[] = [];
  let earlier = 0;
  profile.experience.slice(0, 3).forEach((exp, idx) => {
    if (!exp.title && !exp.company) return;
    const ranked = pool
      .filter((e) => e.exp === exp && !used.has(e))
      .map((e, i) => ({ e, i, r: relevance(e.text, kw) }))
      .sort((a, b) => b.r - a.r || a.i - b.i);
    if (!ranked.length) {
      const where = [exp.title, exp.company && proseCompany(exp.company)].filter(Boolean).join(" at ");
      if (![...used].some((e) => e.exp === exp)) out.push(slot(say.served(where), 0));
      return;
    }
    ranked.forEach((x) => used.add(x.e));
    const [head, ...rest] = ranked;
    const role = { title: exp.title, company: proseCompany(exp.company), clause: clauseOf(head.e), present: isPresent(exp.end_date) };
    const first = idx === 0 ? say.current(role, v) : say.earlier(role, earlier++, v >> 5);
    out.push(slot(short(first) ? first : `${cap(atCompany(head.e))}, ${clauseOf(head.e)}.`, 0));
    // Up to two more per role when they bear on the job; the others only to fill a short letter.
    const limit = idx === 0 ? 2 : 1;
    rest.forEach((x, i) => out.push(slot(say.more(clauseOf(x.e), x.e.kind, i, (v >> 10) + idx), x.r > 0 && i < limit ? 1 : 2)));
  });
  return out.filter((x) => short(x.text));
}

/**
 * Which of a phrase's equivalent wordings this job's letter uses: fixed per job, different between jobs. Each kind of
 * sentence reads its own bits of it (`v >> 5`, `v >> 10`…), so two jobs rarely agree on all of them.
 */
function variant(job: JobData): number {
  let h = 2166136261;
  for (const ch of `${job.job_title}|${job.company}|${job.hard_skills.join(",")}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) & 0x3fffffff;
}

/**
 * The summary's opening line as "I am …" when it describes the candidate without a verb of its own ("Backend engineer
 * with 7 years of experience building Python services" → "a backend engineer with 7 years of experience…").
 */
function summaryAsWho(summary: string): string | null {
  const first =
    summary
      .trim()
      .split(/(?<=[.!?])\s+/)[0]
      // regex-scan: a run is tried only where it starts (look-behind); sees one sentence of a letter
      ?.replace(/(?<![.!?])[.!?]+$/, "") ?? "";
  if (!first || /^(?:I|My|We)\b/.test(first) || first.split(/\s+/).length < 3) return null;
  if (!ROLE_WORD.test(first.split(/\s+/).slice(0, 4).join(" "))) return null;
  const phrase = first.replace(/^(?:An?\s+)/i, "").replace(/^[A-Z][a-z]/, (m) => m.toLowerCase());
  return `${indefiniteArticle(phrase)} ${phrase}`;
}
