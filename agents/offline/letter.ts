import type { TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { Experience, ProfileFields } from "@/core/schemas/profile";
import { computeMatch, proseSkills } from "../match";
import { isPresent } from "../text/dates";
import { countWords, fitLetter, LETTER_MAX_WORDS, LETTER_MIN_WORDS } from "../text/letter-limits";
import { indefiniteArticle, profileRole, proseCompany, roleAtCompany, skillInProse } from "./letter-text";
import { jobKeywords, joinList, relevance, yearsOfExperience } from "./resume";

// Offline cover letters: templates for a professional and a friendly tone, filled only with facts from the profile
// (roles, employers, highlights, projects, education, skills the job asks for and the profile shows) and the
// job's own title, company and duties. 250–400 words, checked in code.

export type Tone = "professional" | "friendly";
export type LetterInput = { profile: ProfileFields; job: JobData; tailored_resume?: TailoredResume | null; tone: Tone };

const IRREGULAR: Record<string, string> = {
  led: "leading",
  wrote: "writing",
  built: "building",
  ran: "running",
  made: "making",
  drove: "driving",
  grew: "growing",
  won: "winning",
  took: "taking",
  began: "beginning",
  taught: "teaching",
  brought: "bringing",
  cut: "cutting",
  set: "setting",
  spearheaded: "spearheading",
  oversaw: "overseeing",
  became: "becoming",
  gave: "giving",
  held: "holding",
  met: "meeting",
  sold: "selling",
  kept: "keeping",
  found: "finding",
  put: "putting",
};

/** "Developed X" → "developing X" (so a highlight reads inside a sentence); other shapes are returned lower-cased. */
export function asGerund(highlight: string): string {
  const t = highlight.trim().replace(/[.;]+$/, "");
  const m = /^([A-Za-z]+)(\b.*)$/s.exec(t);
  if (!m) return t;
  const [, word, rest] = m;
  const lower = word.toLowerCase();
  // "Successfully delivered X" → "successfully delivering X"
  const adverb = /^\s+([A-Za-z]+)(\b.*)$/s.exec(rest);
  if (/ly$/.test(lower) && adverb && /ed$/.test(adverb[1])) return `${lower} ${gerundWord(adverb[1].toLowerCase(), adverb[1], adverb[2])}`;
  const out = gerundWord(lower, word, rest);
  // "designing and implemented X" → "designing and implementing X"
  return out.replace(/^(\w+ing) and (\w{2,})ed\b/, (_m, a: string, b: string) => `${a} and ${IRREGULAR[`${b}ed`] ?? `${b}ing`}`);
}

function gerundWord(lower: string, word: string, rest: string): string {
  const t = word + rest;
  if (IRREGULAR[lower]) return IRREGULAR[lower] + rest;
  if (lower.endsWith("ing")) return lower + rest;
  // "developed" → "developing", "used" → "using", "planned" → "planning": the stem before "-ed" takes "-ing".
  if (/ed$/.test(lower) && lower.length > 3) return `${lower.slice(0, -2)}ing${rest}`;
  return /^[A-Z]{2,}/.test(word) ? t : lower + rest;
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (m ? m[1] : text).trim();
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function stripEnd(s: string): string {
  return s.trim().replace(/[.;:!]+$/, "");
}

function bestHighlights(e: Experience, job: JobData, n: number): string[] {
  const kw = jobKeywords(job);
  const pool = e.highlights.length ? e.highlights : e.description.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.length > 10);
  return pool
    .map((h, i) => ({ h, i, r: relevance(h, kw) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .slice(0, n)
    .map((x) => x.h);
}

const FILLER: Record<Tone, string[]> = {
  professional: [
    "I take care to understand the goals behind a piece of work before deciding how to approach it.",
    "I value clear communication with colleagues and stakeholders, and I try to leave every project easier to maintain than I found it.",
    "I am comfortable taking ownership of a task from the first conversation through to delivery.",
    "I would bring the same care and attention to detail to the challenges your team is working on.",
    "I enjoy learning from the people around me and sharing what I know in return.",
    "When priorities shift, I adapt quickly and keep the people who depend on my work informed.",
    "I believe good results come from asking the right questions early and checking assumptions often.",
    "I am keen to learn how your team works today and where I could be most useful from the first weeks.",
    "I approach feedback as an opportunity to improve, and I try to give it in the same spirit.",
  ],
  friendly: [
    "I like to understand the why behind a piece of work before jumping into the how.",
    "I enjoy working closely with teammates, swapping ideas and helping each other get things over the line.",
    "I'm happiest when I can own something from the first sketch all the way to the finished result.",
    "I'd love to bring that same energy to the work your team is doing.",
    "I'm always keen to learn from the people around me and to share what I've picked up along the way.",
    "When plans change, I'm quick to adjust and I keep everyone in the loop.",
    "I think the best work happens when people ask good questions early and aren't afraid to check their assumptions.",
    "I'd be curious to hear how your team works today and where I could help most in my first few weeks.",
    "I really value honest feedback, and I try to give it with the same care.",
  ],
};

export function buildLetterOffline(input: LetterInput): string {
  const { profile, job, tone } = input;
  const friendly = tone === "friendly";
  const company = proseCompany(job.company);
  // "the Senior Backend Engineer role at Example Analytics" (or as much of it as the job tells).
  const theRole = roleAtCompany(job);
  const role = profileRole(profile);
  const years = /\b\d+\+?\s*(?:years|yrs)\b/i.test(profile.summary) ? null : yearsOfExperience(profile);
  const match = input.tailored_resume?.match ?? computeMatch(profile, job);
  const skills = proseSkills(match.matched).slice(0, 5).map(skillInProse);
  const name = profile.name.trim();

  const greeting = friendly
    ? `Hi ${company ? `${company} team` : "there"},`
    : `Dear ${company ? `${company} Hiring Team` : "Hiring Manager"},`;

  const p1: string[] = [];
  if (friendly) {
    p1.push(`I'm excited to apply for ${theRole}.`);
    if (role)
      p1.push(
        `I'm ${indefiniteArticle(role)} ${role}${years ? ` with more than ${years} years of hands-on experience` : ""}, and this role feels like a natural next step for me.`,
      );
  } else {
    p1.push(`I am writing to apply for ${theRole}.`);
    if (role)
      p1.push(
        `As ${indefiniteArticle(role)} ${role}${years ? ` with more than ${years} years of professional experience` : ""}, I believe my background is a strong fit for what you are looking for.`,
      );
  }
  const duty = job.responsibilities[0] ?? job.requirements[0];
  if (duty) {
    p1.push(
      friendly
        ? `Reading the posting, the part that stood out most to me was this: "${stripEnd(duty)}".`
        : `In particular, your posting's emphasis on the following caught my attention: "${stripEnd(duty)}".`,
    );
  }

  const p2: string[] = [];
  const exps = [...profile.experience].slice(0, 3);
  exps.forEach((e, idx) => {
    if (!e.title && !e.company) return;
    const where = [e.title, e.company].filter(Boolean).join(" at ");
    const hs = bestHighlights(e, job, idx === 0 ? 3 : 1).map((h) => asGerund(h));
    const current = isPresent(e.end_date);
    if (!hs.length) {
      p2.push(friendly ? `I've also worked as ${where}.` : `I have also served as ${where}.`);
      return;
    }
    if (idx === 0) {
      p2.push(
        friendly
          ? `${current ? "Right now I work" : "Most recently I worked"} as ${where}, where my work has included ${joinList(hs.map(stripEnd))}.`
          : `${current ? "In my current role" : "In my most recent role"} as ${where}, my work has included ${joinList(hs.map(stripEnd))}.`,
      );
    } else {
      const lead = idx === 1 ? (friendly ? "Before that" : "Previously") : friendly ? "Earlier on" : "Earlier";
      p2.push(
        friendly
          ? `${lead}, as ${where}, I spent my time ${stripEnd(hs[0])}.`
          : `${lead}, as ${where}, I was responsible for ${stripEnd(hs[0])}.`,
      );
    }
  });

  const p3: string[] = [];
  if (skills.length) {
    p3.push(
      friendly
        ? `You're looking for ${joinList(skills)}, and those are all things I've worked with.`
        : `The skills your posting asks for, including ${joinList(skills)}, are ones I have applied in practice.`,
    );
  }
  const project = (input.tailored_resume?.projects ?? profile.projects)[0];
  if (project?.name) {
    const desc = project.description ? stripEnd(firstSentence(project.description)) : "";
    p3.push(
      desc
        ? friendly
          ? `On the side, I built ${project.name}: ${lcFirst(desc)}.`
          : `Beyond my roles, I worked on ${project.name}: ${lcFirst(desc)}.`
        : friendly
          ? `On the side, I built ${project.name}.`
          : `Beyond my roles, I worked on ${project.name}.`,
    );
  }
  const edu = profile.education[0];
  if (edu && edu.degree) {
    p3.push(
      `${friendly ? "I studied for" : "I hold"} ${/^(?:a|an)\s/i.test(edu.degree) ? "" : /^[aeiou]/i.test(edu.degree) ? "an " : "a "}${edu.degree}${edu.field ? ` in ${edu.field}` : ""}${edu.institution ? ` from ${edu.institution}` : ""}.`,
    );
  }

  const closing = friendly
    ? `Thanks so much for reading. I'd love to chat about how I could help${company ? ` ${company}` : " your team"}.`
    : `Thank you for your time and consideration. I would welcome the opportunity to discuss how my experience could contribute to${company ? ` ${company}` : " your team"}.`;
  const signOff = `${friendly ? "Best wishes" : "Sincerely"},\n${name || "[Your name]"}`;

  const paragraphs = () => [greeting, p1.join(" "), p2.join(" "), p3.join(" "), closing].filter((p) => p.trim());
  let body = paragraphs().join("\n\n");
  // Too short: the profile has few facts; add tone-specific sentences that state no facts about the candidate.
  const filler = [...FILLER[tone]];
  while (countWords(`${body}\n\n${signOff}`) < LETTER_MIN_WORDS && filler.length) {
    p3.push(filler.shift()!);
    body = paragraphs().join("\n\n");
  }
  return fitLetter(body, signOff, LETTER_MAX_WORDS);
}
