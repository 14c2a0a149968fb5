import type { MatchKeyword, TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { computeMatch, proseSkills } from "../match";
import { isPresent } from "../text/dates";
import { countWords, LETTER_MAX_WORDS, LETTER_MIN_WORDS } from "../text/letter-limits";
import { findSkills, scanSkills, skillKey } from "../text/skills";
import { bridges } from "./letter-bridge";
import { toEvidence, usableHighlight, type Evidence, type EvidenceKind } from "./letter-evidence";
import { meaningTerms, textCosine } from "../text/meaning";
import {
  cap,
  DEGREE_SAID,
  degreeAsked,
  degreePhrase,
  dutySentences,
  fitExtras,
  inProse,
  namedSkills,
  short,
  spareFacts,
} from "./letter-extras";
import { fill, FRIENDLY, PROFESSIONAL, type Phrases } from "./letter-phrases";
import { indefiniteArticle, profileRole, proseCompany, proseJobTitle, roleAtCompany, ROLE_WORD, skillInProse } from "./letter-text";
import { jobKeywords, joinList, relevance, yearsOfExperience, type Keywords } from "./resume";

export { asGerund } from "./letter-evidence";

// Offline cover letters, filled only with facts from the profile (roles, employers, highlights, projects,
// education, skills the job asks for and the profile shows) and the job's own title, company and skills:
// - the opening names the role and the company and who the candidate is, in one sentence when it stays short; for a
//   weaker match (score under FIT_SCORE) it names the posting's skills they have without calling them the centre of
//   the role, and says plainly which of its weightiest skills they have not used yet (a gap, never a claim);
// - the posting's requirements (weightiest first) are answered with the highlight that best shows each, in a
//   sentence that fits the kind of evidence (a result, leading people, building something); requirements no skill
//   answers are met with transferable experience when a highlight shares their subject (letter-bridge.ts);
// - the roles with their dates, the current one as what the candidate would bring to the role; then what else fits
//   this job (other skills it lists, a relevant project, the degree it asks for, the languages it needs); a closing
//   that names the company;
// - the two tones are two phrase books (letter-phrases.ts); a frame is chosen by the evidence it carries (its kind,
//   its place), never at random. At most 400 words and 40 words a sentence, checked in code. A letter under 250
//   words takes more of the candidate's facts (letter-extras.ts: summary lines, a project's details, degrees,
//   languages, toolkit, the posting's duties by the skills they have), the ones closest to what the posting is about
//   first; never sentences that would be true of anyone (issue 13: no filler).

export type Tone = "professional" | "friendly";

/** From this match score on, the candidate fits the posting (see agents/match.ts); below it, the letter says so plainly. */
export const FIT_SCORE = 50;
export type LetterInput = { profile: ProfileFields; job: JobData; tailored_resume?: TailoredResume | null; tone: Tone };

export function buildLetterOffline(input: LetterInput): string {
  const { profile, job } = input;
  const say = input.tone === "friendly" ? FRIENDLY : PROFESSIONAL;
  const company = proseCompany(job.company);
  const role = profileRole(profile);
  const years = /\b\d+\+?\s*(?:years|yrs)\b/i.test(profile.summary) ? null : yearsOfExperience(profile);
  const allKeywords = input.tailored_resume?.match.keywords ?? computeMatch(profile, job).keywords;
  const keywords = allKeywords.filter((k) => k.matched);
  const prose = (skills: string[]) => joinList(skills.map((k) => inProse(k, job)));
  const pool = evidencePool(profile);
  const used = new Set<Evidence>();
  const named = new Set<string>();

  // Opening: the role at the company, who the candidate is, and the skills of theirs this job weighs most.
  // "I am writing to apply for the X role at Y as a backend engineer with…": one sentence when it stays short.
  const opening: string[] = [];
  const self = summaryAsWho(profile.summary);
  const who = self && short(self) ? self : role ? say.who(`${indefiniteArticle(role)} ${role}`, years) : "";
  // The degree goes with who they are when the posting does not ask for one (fitExtras answers a posting that does).
  const degree = !degreeAsked(job) && profile.education[0]?.degree ? degreePhrase(profile) : "";
  const withDegree = who && degree ? say.applyAs(roleAtCompany(job), `${who}, with ${degree}`) : "";
  const applyAs = withDegree && short(withDegree) ? withDegree : who ? say.applyAs(roleAtCompany(job), who) : "";
  if (applyAs === withDegree && degree) named.add(DEGREE_SAID);
  if (applyAs && short(applyAs)) opening.push(applyAs);
  else opening.push(say.apply(roleAtCompany(job)), ...(who ? [say.iAm(who)] : []));
  const top = namedSkills(keywords).slice(0, 2);
  top.forEach((k) => named.add(skillKey(k.skill)));
  const own = proseSkills(profile.skills.technical).slice(0, 2);
  const ownProse = joinList(own.map(skillInProse));
  const ownMore = proseSkills(profile.skills.technical).slice(0, 4);
  // A weaker match names what it has without calling it the centre of the role, and says what the candidate comes with.
  const weak = computeMatch(profile, job).score < FIT_SCORE;
  if (top.length && !weak) opening.push(say.hook(prose(top.map((k) => k.skill)), company, usedAt(pool, top), top.length));
  else if (top.length) opening.push(say.hookModest(prose(top.map((k) => k.skill)), usedAt(pool, top)));
  if (weak && own.length) {
    // What they would be learning: the posting's weightiest named skills they lack (never claimed, said as a gap).
    const lacking = namedSkills(allKeywords.filter((k) => !k.matched)).map((k) => k.skill);
    // Their main tools (up to four, which the toolkit sentence then leaves out), then up to three skills they lack
    // beside the two they would build on (so the sentence is theirs, not one any candidate could send).
    opening.push(say.comeFrom(company || "this role", self ? years : null, joinList(ownMore.map(skillInProse))));
    ownMore.forEach((k) => named.add(skillKey(k)));
    const gaps = [3, 2, 1].map((n) => (lacking.length >= n ? say.gap(prose(lacking.slice(0, n)), ownProse) : "")).filter(Boolean);
    const gap = gaps.find(short);
    if (gap) opening.push(gap);
  } else if (!top.length && own.length) opening.push(say.ownSkills(ownProse));

  const answers = answerRequirements(job, keywords, pool, used, say);
  const transfer = bridges(profile, job, pool, used, answers.lines, 3).map((b, i) => {
    used.add(b.evidence);
    return fill(say.bridge[i % say.bridge.length], { S: b.theme, at: atCompany(b.evidence), clause: clauseOf(b.evidence), count: 1 });
  });
  const roles = describeRoles(profile, job, pool, used, say);
  answers.skills.forEach((s) => named.add(skillKey(s)));
  // The skill the closing names: the posting's weightiest one they have, else (a weaker match) their own main ones.
  const closing = say.closing(company, top.length ? prose(top.slice(0, 1).map((k) => k.skill)) : ownProse);
  const signOff = `${say.signOff},\n${profile.name.trim() || "[Your name]"}`;

  // Tier 0 is always said; tier 1 while the letter stays under 400 words; tier 2 (padding) only until it reaches 250.
  const extras: Slot[] = [
    ...fitExtras(profile, job, keywords, named, say).map((text) => slot(text, 1)),
    ...spareFacts(profile, job, say, named).map((text) => slot(text, 2)),
    ...dutySentences(profile, job, keywords, named, say).map((text) => slot(text, 2)),
  ];
  const body: Slot[][] = [
    opening.map((text) => slot(text, 0)),
    [...answers.sentences.map((text) => slot(text, 0)), ...transfer.filter(short).map((text) => slot(text, 1))],
    roles,
    extras,
  ];
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
  // Padding is taken in the order of how close each fact is to what the posting is about, so two postings that the
  // candidate fits alike still get the facts that speak to each of them first.
  const posting = meaningTerms([job.job_title, ...job.requirements, ...job.responsibilities, ...job.qualifications].join(". "));
  const padding = [...roles, ...extras]
    .filter((x) => x.tier === 2)
    .map((x, i) => ({ x, i, near: textCosine(meaningTerms(x.text), posting) }))
    .sort((a, b) => b.near - a.near || a.i - b.i)
    .map(({ x }) => x);
  for (const x of padding) {
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
function answerRequirements(job: JobData, keywords: MatchKeyword[], pool: Evidence[], used: Set<Evidence>, say: Phrases) {
  const have = new Map(namedSkills(keywords).map((k) => [skillKey(k.skill), k.skill]));
  const answered = new Set<string>();
  const lines = new Set<string>();
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
    // The n-th answer of a kind takes the n-th frame of that kind.
    const frame = n < frames.length ? frames[n] : say.answer.other[n % say.answer.other.length];
    const values = { S: joinList(asked.map((k) => inProse(k, job))), at: atCompany(best), clause: clauseOf(best), count: asked.length };
    const sentence = [fill(frame, values), fill("{at}, {clause}.", values)].find(short);
    if (!sentence) continue;
    perKind.set(best.kind, n + 1);
    used.add(best);
    asked.forEach((s) => answered.add(skillKey(s)));
    skills.push(...asked);
    sentences.push(sentence);
    lines.add(line);
  }
  return { sentences, skills, lines };
}

/**
 * The current role with its most relevant unused highlights, then up to two earlier roles with up to two each. A
 * role's first highlight is always said (tier 0); the others when they bear on this job (tier 1), or, when they do
 * not, only to fill a short letter (tier 2), each in its place.
 */
function describeRoles(profile: ProfileFields, job: JobData, pool: Evidence[], used: Set<Evidence>, say: Phrases): Slot[] {
  const kw = jobKeywords(job);
  const lines = [...job.requirements, ...job.responsibilities, ...job.qualifications];
  const posting = meaningTerms([job.job_title, ...lines].join(". "));
  const lineTerms = lines.map(meaningTerms);
  // Which of the posting's lines a highlight speaks to most: highlights about the same line are said together.
  const nearestLine = (terms: ReturnType<typeof meaningTerms>) =>
    lineTerms.reduce((best, l, j) => (textCosine(terms, l) > textCosine(terms, lineTerms[best] ?? []) ? j : best), 0);
  const out: Slot[] = [];
  let earlier = 0;
  profile.experience.slice(0, 3).forEach((exp, idx) => {
    if (!exp.title && !exp.company) return;
    // The highlights that show the posting's skills first, then those closest to what the posting is about (the
    // mean meaning of their words), then the profile's order.
    const ranked = pool
      .filter((e) => e.exp === exp && !used.has(e))
      .map((e, i) => {
        const terms = meaningTerms(e.text);
        return { e, i, r: relevance(e.text, kw), near: textCosine(terms, posting), line: nearestLine(terms) };
      })
      .sort((a, b) => b.r - a.r || b.near - a.near || a.i - b.i);
    if (!ranked.length) {
      const where = [exp.title, exp.company && proseCompany(exp.company)].filter(Boolean).join(" at ");
      if (![...used].some((e) => e.exp === exp)) out.push(slot(say.served(where), 0));
      return;
    }
    ranked.forEach((x) => used.add(x.e));
    const [head, ...rest] = ranked;
    const role = {
      title: exp.title,
      company: proseCompany(exp.company),
      clause: clauseOf(head.e),
      present: isPresent(exp.end_date),
      start: exp.start_date,
      end: exp.end_date,
    };
    // The frame follows the kind of evidence that leads the role (a result, leading people, building something…).
    const k = KINDS.indexOf(head.e.kind);
    // The current role leads with what the candidate would bring to the employer they apply to.
    const lead = (r: typeof role) => (idx > 0 ? say.earlier(r, earlier, k) : say.bring(r, theRole(job)));
    // An earlier role says its first other highlight in the same sentence when it fits ("…, and I built…").
    const joined = idx > 0 && rest.length ? { ...role, clause: `${role.clause}, and ${clauseOf(rest[0].e)}` } : null;
    const first = [
      ...(joined ? [lead(joined), ...(role.start ? [lead({ ...joined, start: "" })] : [])] : []),
      lead(role),
      ...(role.start ? [lead({ ...role, start: "" })] : []),
    ];
    const opener = first.find(short);
    if (joined && opener && opener.includes(clauseOf(rest[0].e))) rest.shift();
    if (idx > 0) earlier++;
    out.push(slot(opener ?? `${cap(atCompany(head.e))}, ${clauseOf(head.e)}.`, 0));
    // Up to two more per role when they bear on the job; the others only to fill a short letter. Two of the same
    // standing are said in one sentence ("…, and I ran 30 A/B tests a quarter"), so which highlights share a
    // sentence follows how the posting ranks them.
    const limit = idx === 0 ? 2 : 1;
    const bundle = bundleWith(say);
    // The rest in the order of the posting's lines they speak to, two of the same standing to a sentence.
    const more = rest
      .map((x, i) => ({ ...x, tier: (x.r > 0 && i < limit ? 1 : 2) as Slot["tier"] }))
      .sort((a, b) => a.tier - b.tier || a.line - b.line || b.near - a.near)
      .map((x) => ({ clause: clauseOf(x.e), kind: x.e.kind, tier: x.tier }));
    for (let i = 0, b = 0; i < more.length; b++) {
      let n = 1;
      while (n < 2 && more[i + n]?.tier === more[i].tier && short(bundle(more.slice(i, i + n + 1), b))) n++;
      out.push(slot(bundle(more.slice(i, i + n), b), more[i].tier));
      i += n;
    }
  });
  return out.filter((x) => short(x.text));
}

/** The role applied for as a sentence names it: "the Java Developer role", else the employer, else "this role". */
export function theRole(job: JobData): string {
  const title = proseJobTitle(job.job_title);
  return title ? `the ${title} role` : proseCompany(job.company) || "this role";
}

const KINDS: EvidenceKind[] = ["result", "lead", "build", "recognition", "other"];

/** "In the same role, I X, I Y and I Z." — clauses said together, in the frame of the first one's kind of evidence. */
function bundleWith(say: Phrases) {
  return (items: { clause: string; kind: EvidenceKind }[], i: number) =>
    say.more(
      items.length === 1
        ? items[0].clause
        : `${items
            .slice(0, -1)
            .map((x) => x.clause)
            .join(", ")}, and ${items[items.length - 1].clause}`,
      items[0].kind,
      i,
      0,
    );
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
