import type { TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { computeMatch, proseSkills } from "../match";
import { asGerund } from "./letter";
import { isPresent } from "../text/dates";
import { enforceMessageLimits, LINKEDIN_MAX_CHARS, type MessageTexts } from "../text/letter-limits";
import { indefiniteArticle, profileRole, proseCompany, proseJobTitle, roleAtCompany, skillInProse } from "./letter-text";
import { jobKeywords, joinList, relevance, yearsOfExperience } from "./resume";

// Offline outreach messages from profile facts: an e-mail to the recruiter (subject + body of at most 150 words),
// a LinkedIn connection note (at most 300 characters) and a follow-up.

export type MessagingInput = { profile: ProfileFields; job: JobData; tailored_resume?: TailoredResume | null };

/** " as a backend engineer at Northwind Labs", " at Northwind Labs" or "". */
function jobAt(e: { title: string; company: string }): string {
  const role = profileRole({ headline: "", experience: [{ title: e.title }] });
  const as = role ? ` as ${indefiniteArticle(role)} ${role}` : "";
  return `${as}${e.company ? ` at ${proseCompany(e.company)}` : ""}`;
}

/** The first sentence that fits: richer variants first, so a long name or title drops detail, not the request. */
function firstThatFits(candidates: string[], maxChars: number): string {
  const list = candidates.map((c) => c.replace(/\s+/g, " ").trim()).filter(Boolean);
  return list.find((c) => c.length <= maxChars) ?? list[list.length - 1] ?? "";
}

export function buildMessagesOffline(input: MessagingInput): MessageTexts {
  const { profile, job } = input;
  const fullName = profile.name.replace(/\s+/g, " ").trim();
  const name = fullName || "[Your name]";
  const first = fullName.split(" ")[0] ?? "";
  const title = proseJobTitle(job.job_title);
  const company = proseCompany(job.company);
  const theRole = roleAtCompany(job);
  const role = profileRole(profile);
  const years = yearsOfExperience(profile);
  const match = input.tailored_resume?.match ?? computeMatch(profile, job);
  const skills = proseSkills(match.matched).slice(0, 3).map(skillInProse);
  const kw = jobKeywords(job);
  const highlight = profile.experience
    .flatMap((e) => e.highlights.map((h) => ({ h, e })))
    .map((x, i) => ({ ...x, i, r: relevance(x.h, kw) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)[0];
  const latest = profile.experience[0];
  const latestCompany = latest?.company ? proseCompany(latest.company) : "";

  // "Application: Senior Backend Engineer at Example Analytics – Avery Smith"
  const subjectRole = title ? `${title}${company ? ` at ${company}` : ""}` : company ? `open role at ${company}` : "job application";
  const subject = `${title || company ? "Application: " : ""}${title || company ? subjectRole : "Job application"}${fullName ? ` – ${fullName}` : ""}`;

  // "I'm Avery Smith, a backend engineer with 5 years of experience, currently at Acme."
  const who = role ? `${indefiniteArticle(role)} ${role}${years ? ` with ${years} years of experience` : ""}` : "";
  const where = latestCompany
    ? isPresent(latest?.end_date ?? "")
      ? `currently at ${latestCompany}`
      : `most recently at ${latestCompany}`
    : "";
  const intro = fullName
    ? `I'm ${fullName}${who ? `, ${who}` : ""}${where ? `${who ? "," : ""} ${where}` : ""}.`
    : who
      ? `I'm ${who}${where ? `, ${where}` : ""}.`
      : "";
  const lines = [
    `Hello${company ? ` ${company} team` : ""},`,
    "",
    `${intro} I have applied for ${theRole} and wanted to reach out directly.`.trim(),
    skills.length ? `My experience with ${joinList(skills)} matches what the role asks for.` : "",
    highlight
      ? `${highlight.e.company ? `At ${proseCompany(highlight.e.company)}` : "In a recent role"}, my work has included ${asGerund(highlight.h).replace(/(?<![.;])[.;]+$/, "")}.`
      : "",
    "I would welcome a short conversation about how I could help your team. My resume is attached for your review.",
  ].filter((l, i) => l || i === 1);
  // No e-mail address or phone number in the text (issue 13): the message is sent from the candidate's own address.
  const email = `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n\nBest regards,\n${name}`;

  // LinkedIn note (≤ 300 characters): who I am, in profile facts only, then the role and the request.
  const skillPart = (n: number) => joinList(skills.slice(0, n));
  const selfVariants: string[] = [];
  for (const withYears of [true, false])
    for (const n of [2, 1, 0]) {
      const sk = skillPart(n);
      const yrs = withYears && years ? ` with ${years} years of experience` : "";
      if (role)
        selfVariants.push(
          `Hi — I'm ${first ? `${first}, ` : ""}${indefiniteArticle(role)} ${role}${yrs}${sk ? `${yrs ? "," : ""} working with ${sk}` : ""}.`,
        );
      else if (first) selfVariants.push(`Hi — I'm ${first}.${sk ? ` I work with ${sk}.` : ""}`);
      else selfVariants.push(sk ? `Hi — I work with ${sk}.` : "Hi —");
    }
  const ask = `I'm applying for ${theRole} and would love to connect.`;
  const linkedin = firstThatFits(
    [...selfVariants.map((v) => (v === "Hi —" ? `Hi — ${ask}` : `${v} ${ask}`)), `Hi — ${ask}`],
    LINKEDIN_MAX_CHARS,
  );

  const followup = [
    "Hi, thank you for connecting!",
    `I wanted to follow up on my application for ${theRole}.`,
    highlight
      ? `One thing I'd be glad to tell you more about is my work${jobAt(highlight.e)}: ${asGerund(highlight.h).replace(/(?<![.;])[.;]+$/, "")}.`
      : "",
    `If it would help, I'm happy to share more details or answer any questions about my background.`,
    `Thanks again${first ? `, ${first}` : "."}`,
  ]
    .filter(Boolean)
    .join(" ");

  return enforceMessageLimits({ email_subject: subject, recruiter_email: email, linkedin_message: linkedin, linkedin_followup: followup });
}
