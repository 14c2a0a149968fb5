import type { TailoredResume } from "@/lib/schemas/career";
import type { JobData } from "@/lib/schemas/job";
import type { ProfileFields } from "@/lib/schemas/profile";
import { computeMatch, proseSkills } from "../match";
import { asGerund } from "./letter";
import { EMAIL_MAX_WORDS, LINKEDIN_MAX_CHARS, trimToChars, trimToWords } from "./letter-text";
import { jobKeywords, joinList, relevance } from "./resume";

// Offline outreach messages from profile facts: an e-mail to the recruiter (subject + body of at most 150 words),
// a LinkedIn connection note (at most 300 characters) and a follow-up.

export type MessagingInput = { profile: ProfileFields; job: JobData; tailored_resume?: TailoredResume | null };
export type MessageTexts = { email_subject: string; recruiter_email: string; linkedin_message: string; linkedin_followup: string };

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/** Applies the length rules (e-mail ≤ 150 words with the sign-off kept, LinkedIn note ≤ 300 characters). */
export function enforceMessageLimits(m: MessageTexts): MessageTexts {
  const email = m.recruiter_email.trim();
  const signOff = /\n\n((?:best|kind|warm)?\s*(?:regards|wishes|thanks|thank you|sincerely|cheers)[^\n]*,?\n[\s\S]{0,200})$/i.exec(email);
  let body = email;
  if (signOff) body = email.slice(0, signOff.index);
  const signWords = signOff ? signOff[1].split(/\s+/).filter(Boolean).length : 0;
  let recruiterEmail = trimToWords(body, EMAIL_MAX_WORDS - signWords);
  if (signOff) recruiterEmail = `${recruiterEmail}\n\n${signOff[1].trim()}`;
  return {
    email_subject: m.email_subject.replace(/\s+/g, " ").trim().slice(0, 300),
    recruiter_email: recruiterEmail.slice(0, 5000),
    linkedin_message: trimToChars(m.linkedin_message, LINKEDIN_MAX_CHARS),
    linkedin_followup: trimToWords(m.linkedin_followup.trim(), 300).slice(0, 2000),
  };
}

export function buildMessagesOffline(input: MessagingInput): MessageTexts {
  const { profile, job } = input;
  const name = profile.name.trim() || "[Your name]";
  const first = name.split(/\s+/)[0];
  const title = job.job_title.trim() || "open";
  const company = job.company.trim();
  const role = profile.headline || profile.experience[0]?.title || "";
  const match = input.tailored_resume?.match ?? computeMatch(profile, job);
  const skills = proseSkills(match.matched).slice(0, 3);
  const kw = jobKeywords(job);
  const highlight = profile.experience
    .flatMap((e) => e.highlights.map((h) => ({ h, e })))
    .map((x, i) => ({ ...x, i, r: relevance(x.h, kw) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)[0];
  const latest = profile.experience[0];

  const subject = `Application for ${title === "open" ? "the open role" : title}${company ? ` at ${company.replace(/\.$/, "")}` : ""} – ${name}`;
  const intro = `I'm ${name}${role ? `, ${article(role)} ${role}` : ""}${latest?.company ? ` currently working with ${latest.company.replace(/\.$/, "")}` : ""}.`;
  const lines = [
    `Hello${company ? ` ${company} team` : ""},`,
    "",
    `${intro} I have applied for the ${title} role${company ? ` at ${company.replace(/\.$/, "")}` : ""} and wanted to reach out directly.`,
    skills.length ? `My experience with ${joinList(skills)} matches what the role asks for.` : "",
    highlight ? `Recently my work has included ${asGerund(highlight.h).replace(/[.;]+$/, "")}.` : "",
    "I would welcome a short conversation about how I could help your team. My resume is attached for your review.",
  ].filter((l, i) => l || i === 1);
  const contact = [profile.email, profile.phone].filter(Boolean).join(" · ");
  const email = `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n\nBest regards,\n${name}${contact ? `\n${contact}` : ""}`;

  const linkedin = `Hi, I'm ${first}${role ? `, ${article(role)} ${role}` : ""}${skills.length ? ` working with ${joinList(skills.slice(0, 2))}` : ""}. I've applied for the ${title} role${company ? ` at ${company.replace(/\.$/, "")}` : ""} and would love to connect.`;

  const followup = [
    `Hi, thank you for connecting!`,
    `I wanted to follow up on my application for the ${title} role${company ? ` at ${company.replace(/\.$/, "")}` : ""}.`,
    highlight
      ? `One thing I'd be glad to tell you more about is my work as ${[highlight.e.title, highlight.e.company].filter(Boolean).join(" at ")}, ${asGerund(highlight.h).replace(/[.;]+$/, "")}.`
      : "",
    `If it would help, I'm happy to share more details or answer any questions about my background.`,
    `Thanks again, ${first}`,
  ]
    .filter(Boolean)
    .join(" ");

  return enforceMessageLimits({ email_subject: subject, recruiter_email: email, linkedin_message: linkedin, linkedin_followup: followup });
}
