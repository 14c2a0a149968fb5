import { boundLines } from "../text/bounds";
import { emptyProfileFields, profileFieldsSchema, type ProfileFields } from "@/core/schemas/profile";
import { traceSkills } from "../text/skill-sources";
import { canonicalSkill, findLanguages, findSkills, isGenericSkill, isKnowledgeArea, scanSkills, skillKind } from "../text/skills";
import { isBullet, stripBullet } from "./cv-blocks";
import { parseContact } from "./cv-contact";
import { parseEducation } from "./cv-education";
import { parseExperience } from "./cv-experience";
import { parseProjects } from "./cv-projects";
import { cleanCvText, cutAtName, splitSections, type SectionKind } from "./cv-sections";

// The offline CV parser: plain CV text (from a PDF, DOCX or paste) → ProfileFields.
// Steps: clean the text (hyphenation, page numbers, icon glyphs) → find section headings → contact block by
// pattern → per-section parsers (experience entries around date ranges, education, projects, skills), each in its
// own cv-*.ts file; the skills list is read here.

/** CV text → ProfileFields, validated by the shared schema. */
export function parseCvOffline(cvText: string): ProfileFields {
  const lines = cleanCvText(boundLines(cvText));
  let sections = splitSections(lines);
  const header = sections[0].lines.filter(Boolean);
  const nonEmpty = lines.filter(Boolean);
  let contact = parseContact(header.length ? header : nonEmpty.slice(0, 8), nonEmpty);
  // With no header (a sidebar printed first) the top lines are the sidebar's: none of them is a headline.
  if (!header.length) contact = { ...contact, headline: "" };
  const cut = cutAtName(sections, contact.name);
  if (cut !== sections) {
    // The header is the main column's top: read the headline and place there.
    sections = cut;
    const main = cut.find((s, i) => i > 0 && s.kind === "header")!.lines.filter(Boolean);
    const second = parseContact(main, nonEmpty);
    contact = { ...contact, headline: second.headline || contact.headline, location: contact.location || second.location };
  }
  const of = (kind: SectionKind) => sections.filter((s) => s.kind === kind).flatMap((s) => [...s.lines, ""]);

  const summaryLines = of("summary").filter(Boolean);
  const experience = parseExperience(of("experience"));
  const education = parseEducation(of("education"));
  const projects = parseProjects(of("projects"));
  const skillLines = of("skills").filter(Boolean);
  const skills = parseSkillItems(skillLines);
  for (const lang of parseSkillItems(of("languages").filter(Boolean)).languages)
    if (!skills.languages.includes(lang)) skills.languages.push(lang);
  for (const lang of findLanguages(of("languages").join("\n"))) if (!skills.languages.includes(lang)) skills.languages.push(lang);

  // Technologies named in the summary, the jobs' text and projects complete the technical list. Job titles name a
  // role, not a skill ("Technical Lead", "Clinical Nurse Specialist"), and fields, industries and degrees in prose
  // ("experience in Information Technology") are not skills either; soft skills count only in the summary, where
  // the candidate describes themselves ("able to work in a team"), not in what a job's bullets say.
  const elsewhere = [
    summaryLines.join(" "),
    ...experience.map((e) => [e.description, ...e.highlights].join(" ")),
    ...projects.map((p) => p.description),
  ].join("\n");
  for (const s of findSkills(elsewhere).hard)
    if (!isGenericSkill(s) && !isKnowledgeArea(s) && !skills.technical.some((t) => t.toLowerCase() === s.toLowerCase()))
      skills.technical.push(s);
  for (const s of findSkills(summaryLines.join(" ")).soft) if (!skills.soft.includes(s)) skills.soft.push(s);

  let summary = summaryLines.join(" ").replace(/\s+/g, " ").trim();
  if (!summary && sections.length === 1) summary = ""; // no headings at all: nothing to call a summary
  const headline = contact.headline || experience[0]?.title || "";
  // Every skill keeps the CV's words it was read from; one the CV does not name is not the candidate's.
  const traced = traceSkills(cvText, {
    technical: skills.technical.slice(0, 200).map((s) => s.slice(0, 100)),
    soft: skills.soft.slice(0, 100).map((s) => s.slice(0, 100)),
    languages: skills.languages.slice(0, 50).map((s) => s.slice(0, 100)),
  });

  const fields: ProfileFields = {
    ...emptyProfileFields,
    name: contact.name.slice(0, 200),
    email: contact.email.slice(0, 320),
    phone: contact.phone.slice(0, 60),
    location: contact.location.slice(0, 200),
    links: contact.links.slice(0, 20).map((l) => l.slice(0, 500)),
    headline: headline.slice(0, 300),
    summary: summary.slice(0, 5000),
    education,
    experience,
    projects,
    skills: traced.skills,
    skill_sources: traced.sources,
  };
  return profileFieldsSchema.parse(fields);
}

export function parseSkillItems(lines: string[]): { technical: string[]; soft: string[]; languages: string[] } {
  const technical: string[] = [];
  const soft: string[] = [];
  const languages: string[] = [];
  const add = (list: string[], v: string) => {
    if (!list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
  };
  // Wrapped list lines ("…, Google Cloud" / "Platform, …") are joined with a space; one-item lines stay apart.
  let text = "";
  lines.forEach((line, i) => {
    const item = stripBullet(line);
    if (i === 0) text = item;
    else if (!isBullet(line) && !/^[\p{L} &/+-]{2,40}:\s/u.test(line) && /[,;]/.test(lines[i - 1]) && !/[,;]\s*$/.test(lines[i - 1]))
      text += ` ${item}`;
    else text += `\n${item}`;
  });
  const items = text
    .split(/(?<!\s)\s*[,;|•·●▪\n]\s*|(?<!\s)\s+(?:and|&)\s+/)
    .map((s) =>
      s
        .replace(/^(?:and|or)\s+/i, "")
        .replace(/^[^:]{2,40}:\s*/, "")
        // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
        .replace(/\((?:versions?|v)[^)]*\)|\.$/gi, "")
        .trim(),
    )
    .filter(Boolean);
  for (const written of items) {
    // "Spanish (native)", "Java (5 years)": the qualifier in brackets is not part of the name.
    // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
    const item = written.replace(/(?<!\s)\s*\([^()]*\)/g, "").trim() || written;
    const canonical = canonicalSkill(item);
    const kind = canonical ? skillKind(item) : null;
    if (canonical && kind === "soft") add(soft, canonical);
    else if (canonical && kind === "language") add(languages, canonical);
    else if (canonical) add(technical, canonical);
    else {
      // A short item the dictionary knows only in part ("Social Media Marketing", "Tally ERP 9") is kept as written.
      const hits = scanSkills(item);
      const covered = hits.reduce((n, h) => n + h.text.replace(/\s/g, "").length, 0);
      const whole = covered >= 0.6 * item.replace(/\s/g, "").length;
      if (hits.length && (whole || item.split(/\s+/).length > 4)) {
        for (const h of hits) add(h.kind === "soft" ? soft : h.kind === "language" ? languages : technical, h.canonical);
      } else if (item.split(/\s+/).length <= 4 && /\p{L}/u.test(item) && item.length <= 60) {
        // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
        add(technical, item.replace(/(?<!\s)\s*\(.*$/, "").trim() || item);
      }
    }
  }
  return { technical, soft, languages };
}
