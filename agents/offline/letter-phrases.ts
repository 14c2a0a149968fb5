import type { EvidenceKind } from "./letter-evidence";
import { indefiniteArticle } from "./letter-text";

// The two tones of the offline letter as phrase books: the same facts, said differently. Professional is formal
// and never contracts; friendly is warmer, shorter and contracts. Frames that answer a requirement differ by the
// kind of evidence the highlight gives (a result with a figure, leading people, building something), and the n-th
// answer of a kind takes the n-th frame, so two answers never share a frame.
//
// Sentences that carry the same profile facts into every letter (the roles, the project, the degree) have a few
// equivalent wordings; `v` (from the job: see letter.ts) picks one, so letters for different jobs do not repeat
// one another word for word, while the same job always gets the same letter.
//
// Placeholders: {S} the skills asked for ("Python and PostgreSQL"), {at} "at Northwind Labs", {clause} "I cut…".

export type Role = { title: string; company: string; clause: string; present: boolean; start: string; end: string };

export type Phrases = {
  greeting: (company: string) => string;
  apply: (theRole: string) => string;
  /** The role and who the candidate is in one sentence: "I am writing to apply for the X role at Y as a backend engineer…". */
  applyAs: (theRole: string, who: string) => string;
  /** "a backend engineer with more than 5 years of professional experience" (a noun phrase). */
  who: (roleWithArticle: string, years: number | null) => string;
  /** "I am a backend engineer with 7 years of experience…" from the profile's own summary. */
  iAm: (description: string) => string;
  /** The skills of the candidate's the job weighs most, and where they used them ("at Northwind Labs"), when known. */
  hook: (skills: string, company: string, where: string, count: number) => string;
  /** No skill of the posting's to name: the candidate's own strongest ones. */
  ownSkills: (skills: string) => string;
  /** A weaker match: the skills of the posting's they have, without claiming they are what the role is about. */
  hookModest: (skills: string, where: string) => string;
  /** A weaker match: what they would come to the role with (years, their own main skills). */
  comeFrom: (target: string, years: number | null, skills: string) => string;
  /** A weaker match: the posting's weightiest skills they lack, said plainly as what they would be learning. */
  gap: (lacking: string, own: string) => string;
  answer: Record<EvidenceKind, string[]>;
  /** A requirement no skill of theirs answers, met with transferable experience ({S}: the posting's own words for it). */
  bridge: string[];
  current: (r: Role, v: number) => string;
  /** The current role's lead highlight as what they would bring to the employer they apply to ("Lumen Data"). */
  bring: (r: Role, target: string) => string;
  more: (clause: string, kind: EvidenceKind, i: number, v: number) => string;
  earlier: (r: Role, i: number, v: number) => string;
  served: (titleAtCompany: string) => string;
  alsoSkills: (skills: string, count: number) => string;
  bonusSkills: (skills: string, count: number) => string;
  /** v: 0 when the project bears on the posting, 1 when it does not. */
  project: (name: string, what: string, v: number) => string;
  /** More of what a project did: "In the same project, I implemented…". */
  projectMore: (clause: string) => string;
  degree: (degree: string, asked: boolean, v: number) => string;
  speaks: (languages: string) => string;
  languages: (languages: string, v: number) => string;
  duty: (skills: string, i: number) => string;
  /** The skills they work with, as what they would bring to `target` (the employer they apply to, or "this role"). */
  toolkit: (skills: string, target: string) => string;
  /** Their degree and the languages they speak, in one sentence. */
  background: (degree: string, languages: string) => string;
  closing: (company: string, skills: string) => string;
  signOff: string;
};

const it = (count: number) => (count > 1 ? "them" : "it");
const pick = <T>(options: T[], v: number): T => options[((v % options.length) + options.length) % options.length];
const titleAt = (r: Role) => [r.title, r.company].filter(Boolean).join(" at ");
const aTitle = (r: Role) => (r.title ? `${indefiniteArticle(r.title)} ${r.title}` : "");
/** " since Jan 2019", " from Sep 2015 to Dec 2018", or "" when the profile gives no dates. */
const span = (r: Role) => (!r.start ? "" : r.present ? ` since ${r.start}` : r.end ? ` from ${r.start} to ${r.end}` : "");

export const PROFESSIONAL: Phrases = {
  greeting: (c) => `Dear ${c ? `${c} Hiring Team` : "Hiring Manager"},`,
  apply: (r) => `I am writing to apply for ${r}.`,
  applyAs: (r, who) => `I am writing to apply for ${r} as ${who}.`,
  who: (r, y) => `${r}${y ? ` with more than ${y} years of professional experience` : ""}`,
  iAm: (d) => `I am ${d}.`,
  hook: (s, c, where, n) =>
    where
      ? `I have worked with ${s} ${where}, and ${n > 1 ? "they sit" : "it sits"} at the centre of what ${c || "your team"} is asking for.`
      : `Much of that experience is in ${s}, which sits at the centre of what ${c || "your team"} is asking for.`,
  ownSkills: (s) => `My strongest skills are in ${s}.`,
  hookModest: (s, where) => `Of the skills your posting lists, I bring ${s}${where ? `, which I have used ${where}` : ""}.`,
  comeFrom: (t, y, s) => `I would come to ${t} with ${y ? `more than ${y} years of ` : ""}hands-on work in ${s} behind me.`,
  gap: (lacking, own) =>
    `Your posting also asks for ${lacking}, which I have not yet used in a job and would be learning, building on ${own}.`,
  answer: {
    result: [
      "Your posting asks for {S}, and I can point to measurable results: {at}, {clause}.",
      "My work with {S} has had a measurable effect: {at}, {clause}.",
      "You list {S}; the clearest evidence I can offer is from my time {at}, where {clause}.",
    ],
    lead: [
      "The role calls for {S}, which I have applied while leading others: {at}, {clause}.",
      "On {S}, I can show leadership as well as delivery: {at}, {clause}.",
      "You ask for {S}; {at}, {clause}.",
    ],
    build: [
      "Your posting asks for {S}; {at}, {clause}.",
      "My experience with {S} is practical: {at}, {clause}.",
      "I have applied {S} directly: {at}, {clause}.",
    ],
    recognition: ["For {S}, my work has been recognised: {at}, {clause}."],
    other: [
      "Your posting mentions {S}; {at}, {clause}.",
      "For {S}, the most relevant example is my time {at}, where {clause}.",
      "Regarding {S}: {at}, {clause}.",
    ],
  },
  bridge: [
    "Your posting mentions {S}; the closest I have come to that is {at}, where {clause}.",
    "On {S}, the most relevant experience I can point to is from my time {at}, where {clause}.",
    "Where your posting turns to {S}, I can build on my work {at}, where {clause}.",
  ],
  current: (r, v) =>
    pick(
      [
        `${r.present ? "In my current role" : "In my most recent role"}${r.title ? ` as ${r.title}` : ""}${r.company ? ` at ${r.company}` : ""}${span(r) ? `, which I ${r.present ? "have held" : "held"}${span(r)}` : ""}, ${r.clause}.`,
        r.company && r.title
          ? `At ${r.company}, where I ${r.present ? "have worked" : "worked"} as ${r.title}${span(r)}, ${r.clause}.`
          : `${cap(r.clause)}.`,
        r.title ? `As ${aTitle(r)}${r.company ? ` at ${r.company}` : ""}${span(r)}, ${r.clause}.` : `${cap(r.clause)}.`,
        r.company
          ? `My ${r.present ? "current" : "most recent"} employer is ${r.company}${r.title ? `, where I ${r.present ? "have been" : "was"} ${aTitle(r)}${span(r)}` : ""}; there, ${r.clause}.`
          : `${cap(r.clause)}.`,
      ],
      v,
    ),
  bring: (r, target) =>
    `What I would bring to ${target} from ${r.company ? `${r.company}, where I ${r.present ? "have worked" : "worked"}${r.title ? ` as ${r.title}` : ""}${span(r)}` : "my recent work"}, is this: ${lc(r.clause)}.`,
  more: (clause, kind, i, v) =>
    kind === "result" && i === 0
      ? pick(
          [
            `Among other results, ${clause}.`,
            `The results were measurable as well: ${clause}.`,
            `In the same role, ${clause}.`,
            `One outcome I am proud of is that ${clause}.`,
          ],
          v,
        )
      : pick([`${cap(clause)}.`, also(clause), `In the same role, ${clause}.`, `Alongside that, ${clause}.`], v + i),
  earlier: (r, i, v) =>
    pick(
      [
        `${i === 0 ? "Previously" : "Earlier"}, as ${titleAt(r)}${span(r)}, ${r.clause}.`,
        `Before that, I worked${r.company ? ` at ${r.company}` : ""}${r.title ? ` as ${r.title}` : ""}${span(r)}, where ${lc(r.clause)}.`,
        `Earlier in my career${r.company ? `, at ${r.company}` : ""}${span(r)}, ${r.clause}.`,
        `My earlier experience includes ${r.title ? `${r.title} at ` : ""}${r.company || "a previous employer"}${span(r)}, where ${lc(r.clause)}.`,
      ],
      v + i,
    ),
  served: (where) => `I have also served as ${where}.`,
  alsoSkills: (s, n) => `I also bring experience with ${s}, which your posting lists${n > 1 ? " as well" : ""}.`,
  bonusSkills: (s, n) => `Your posting names ${s} as a plus; I have worked with ${it(n)} too.`,
  project: (name, what, v) =>
    pick(
      [
        what ? `The project of mine closest to this role is ${name}: ${what}.` : `The project of mine closest to this role is ${name}.`,
        what ? `Outside of work, I built ${name}: ${what}.` : `Outside of work, I built ${name}.`,
      ],
      v,
    ),
  projectMore: (clause) => `In the same project, ${clause}.`,
  degree: (d, asked, v) =>
    asked
      ? `As for the degree your posting asks for, I hold ${d}.`
      : pick([`I hold ${d}.`, `My education includes ${d}.`, `Academically, my background is ${d}.`], v),
  speaks: (l) => `I also speak ${l}, as the role requires.`,
  languages: (l, v) => pick([`I speak ${l}.`, `In addition, I speak ${l}.`, `The languages I speak are ${l}.`], v),
  duty: (s, i) =>
    pick(
      [
        `I would be glad to take on the ${s} work this role describes.`,
        `The ${s} side of the role is where I would expect to contribute early.`,
        `I would approach the ${s} work with the same care I have given my current responsibilities.`,
        `I am keen to build on my experience with the ${s} parts of the job.`,
        `I would look forward to working on ${s} with your team.`,
      ],
      i,
    ),
  toolkit: (s, target) => `Day to day I work with ${s}, all of which I would bring to ${target}.`,
  background: (d, l) => `I hold ${d}, and I speak ${l}.`,
  closing: (c, s) =>
    `Thank you for considering my application; I would welcome the opportunity to discuss how my experience${s ? ` with ${s}` : ""} could contribute to ${c || "your team"}.`,
  signOff: "Sincerely",
};

export const FRIENDLY: Phrases = {
  greeting: (c) => `Hi ${c ? `${c} team` : "there"},`,
  apply: (r) => `I'm excited to apply for ${r}.`,
  applyAs: (r, who) => `I'm excited to apply for ${r} as ${who}.`,
  who: (r, y) => `${r}${y ? ` with more than ${y} years of hands-on experience` : ""}`,
  iAm: (d) => `I'm ${d}.`,
  hook: (s, c, where) =>
    `I've spent a lot of my time on ${s}${where ? ` ${where}` : ""}, so ${c ? `${possessive(c)} posting` : "this role"} caught my eye straight away.`,
  ownSkills: (s) => `Most of my work has been with ${s}.`,
  hookModest: (s, where) => `Of the skills you list, I've got ${s}${where ? `, which I've used ${where}` : ""}.`,
  comeFrom: (t, y, s) => `I'd be coming to ${t} with ${y ? `more than ${y} years of ` : ""}hands-on work in ${s} under my belt.`,
  gap: (lacking, own) => `I haven't used ${lacking} in a job yet, so that's where I'd be learning, building on ${own}.`,
  answer: {
    result: [
      "You're after {S}, and I've got results to show for it: {at}, {clause}.",
      "I've made a real difference with {S}: {at}, {clause}.",
      "{S}? Here's what that looked like for me {at}: {clause}.",
    ],
    lead: [
      "You mention {S}, and I've led that kind of work: {at}, {clause}.",
      "I've also done {S} work alongside a team: {at}, {clause}.",
      "Leading {S} work is familiar ground: {at}, {clause}.",
    ],
    build: [
      "I've built real things with {S}: {at}, {clause}.",
      "You need {S}, and I've been hands-on with {them}: {at}, {clause}.",
      "I've used {S} for real work: {at}, {clause}.",
    ],
    recognition: ["You'll see {S} in my track record too: {at}, {clause}."],
    other: ["You mention {S}, which I know well: {at}, {clause}.", "On {S}: {at}, {clause}.", "About {S}: {at}, {clause}."],
  },
  bridge: [
    "You mention {S}, and the nearest thing I've done is {at}, where {clause}.",
    "On {S}, here's what I'd bring from my time {at}: {clause}.",
    "When it comes to {S}, I can build on my time {at}, where {clause}.",
  ],
  current: (r, v) =>
    pick(
      [
        `${r.present ? "Right now I'm" : "Most recently I was"} ${aTitle(r) || "working"}${r.company ? ` at ${r.company}` : ""}, where ${lc(r.clause)}.`,
        r.company
          ? `These days I'm at ${r.company}${r.title ? ` as ${aTitle(r)}` : ""}${span(r)}, and ${lc(r.clause)}.`
          : `${cap(r.clause)}.`,
        r.company && r.title
          ? `At ${r.company}, where I${r.present ? "'ve been" : " was"} ${aTitle(r)}${span(r)}, ${lc(r.clause)}.`
          : `${cap(r.clause)}.`,
        r.company
          ? `I've ${r.present ? "been" : "most recently been"} with ${r.company}${span(r)}, and one thing I've done there: ${lc(r.clause)}.`
          : `${cap(r.clause)}.`,
      ],
      v,
    ),
  bring: (r, target) =>
    `From my time at ${r.company || "my current job"}${r.title ? ` as ${aTitle(r)}` : ""}${span(r)}, here's what I'd bring to ${target}: ${lc(r.clause)}.`,
  more: (clause, kind, i, v) =>
    kind === "result" && i === 0
      ? pick(
          [
            `I'm proud that ${lc(clause)}.`,
            `One result I'm proud of: ${lc(clause)}.`,
            `On top of that, ${lc(clause)}.`,
            `A win I still like to talk about: ${lc(clause)}.`,
          ],
          v,
        )
      : pick([also(clause), `Another highlight: ${lc(clause)}.`, `On top of that, ${lc(clause)}.`, `Plus, ${lc(clause)}.`], v + i),
  earlier: (r, i, v) =>
    pick(
      [
        `${i === 0 ? "Before that" : "Earlier on"}, at ${r.company || "a previous job"}${span(r)}, ${lc(r.clause)}.`,
        `Earlier, ${r.title ? `as ${aTitle(r)} ` : ""}at ${r.company || "a previous job"}${span(r)}, ${lc(r.clause)}.`,
        `I got my start ${r.company ? `at ${r.company}` : "in a previous job"}${span(r)}, where ${lc(r.clause)}.`,
        `Back ${r.company ? `at ${r.company}` : "in my previous job"}${span(r)}, ${lc(r.clause)}.`,
      ],
      v + i,
    ),
  served: (where) => `I've also worked as ${where}.`,
  alsoSkills: (s) => `I've also worked with ${s}, which you list too.`,
  bonusSkills: (s, n) => `You mention ${s} as a bonus, and I've used ${it(n)} as well.`,
  project: (name, what, v) =>
    pick(
      [
        what ? `The side project closest to this role is ${name}: ${what}.` : `The side project closest to this role is ${name}.`,
        what ? `On the side, I built ${name}: ${what}.` : `On the side, I built ${name}.`,
      ],
      v,
    ),
  projectMore: (clause) => also(clause),
  degree: (d, asked, v) =>
    asked
      ? `And since you asked about a degree: I earned ${d}.`
      : pick([`I earned ${d}.`, `Before all this, I earned ${d}.`, `On the study side, I have ${d}.`], v),
  speaks: (l) => `And yes, I speak ${l}.`,
  languages: (l, v) => pick([`Languages-wise, I speak ${l}.`, `I also speak ${l}.`, `Fun fact: I speak ${l}.`], v),
  duty: (s, i) =>
    pick(
      [
        `I'd be glad to dig into the ${s} work the role describes.`,
        `The ${s} part of the job sounds like a lot of fun to me.`,
        `I'd bring real curiosity to the ${s} side of things.`,
        `I'm keen to get stuck into ${s} with you.`,
        `Working on ${s} with your team would be a great next step for me.`,
      ],
      i,
    ),
  toolkit: (s, target) => `Day to day I work with ${s}, and I'd bring all of that to ${target}.`,
  background: (d, l) => `I earned ${d}, and I speak ${l}.`,
  closing: (c, s) => `Thanks so much for reading, and I'd love to chat about how I could help ${c || "your team"}${s ? ` with ${s}` : ""}!`,
  signOff: "Best wishes",
};

/** "Lumen Data's", "Tech Solutions'". */
function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "I cut…" stays "I cut…"; "My work included…" reads "my work included…" inside a sentence. */
function lc(clause: string): string {
  return clause.startsWith("I ") ? clause : clause.charAt(0).toLowerCase() + clause.slice(1);
}

/** "I cut X" → "I also cut X"; "I was promoted" → "I was also promoted"; "my work included X" → "My work also included X". */
function also(clause: string): string {
  if (/^I was /.test(clause)) return `${clause.replace(/^I was /, "I was also ")}.`;
  if (/^I /.test(clause)) return `${clause.replace(/^I /, "I also ")}.`;
  return `${cap(clause.replace(/^my work included /i, "my work also included "))}.`;
}

/** Fills a frame's placeholders. */
export function fill(frame: string, values: { S: string; at: string; clause: string; count: number }): string {
  return frame
    .replace(/^\{S\}/, cap(values.S))
    .replace("{S}", values.S)
    .replace("{them}", it(values.count))
    .replace(/^\{at\}/, cap(values.at))
    .replace("{at}", values.at)
    .replace("{clause}", values.clause);
}
