import { SINGLE_DATE_RE } from "../text/dates";
import { findLanguages } from "../text/skills";

// The first steps of the offline CV parser: clean the extracted text (hyphenation, page numbers, icon glyphs, date
// ranges split over two lines) and split it into sections by their headings.

export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "certifications"
  | "languages"
  | "awards"
  | "interests"
  | "volunteer"
  | "publications"
  | "references"
  | "other";

const HEADINGS: [SectionKind, RegExp][] = [
  [
    "summary",
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    /^(?:(?:professional|career|personal|executive)\s+)?(?:summary|profile|about(?: me| myself)?|objective|career objective|overview|introduction|personal statement)$|^(?:profil|à propos|kurzprofil|über mich)$/,
  ],
  [
    "experience",
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    /^(?:(?:professional|work|relevant|employment|career|industry|relevant work)\s+)?(?:experience|experiences|history|work history|employment history|employment|career history|positions held|work|background|experience details|internships?|internship experience)$|^(?:expériences?(?: professionnelles?)?|parcours professionnel|berufserfahrung|berufliche erfahrung|berufspraxis|werdegang|beruflicher werdegang|experiencia(?: profesional| laboral)?)$/,
  ],
  [
    "education",
    /^(?:education(?:al)?(?: background| qualifications?| details)?|academic (?:background|history|qualifications?|details|profile|record)|academics|qualifications?|education (?:and|&) (?:training|qualifications)|studies|scholastic (?:profile|record))$|^(?:formation|formations|études|diplômes|ausbildung|bildungsweg|studium|schulbildung|formación|educación)$/,
  ],
  [
    "skills",
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    /^(?:(?:technical|key|core|professional|personal|relevant|hard|soft|it|computer|digital|top|software)\s+)?(?:skills|competencies|competences|expertise|skill set|skills (?:and|&) (?:tools|technologies|abilities|expertise)|technologies|tech stack|tools(?: (?:and|&) technologies)?|areas of expertise|strengths|proficiency|proficiencies)$|^(?:compétences(?: techniques| informatiques)?|kenntnisse|fähigkeiten|it-kenntnisse|habilidades|competencias)$/,
  ],
  ["projects", /^(?:(?:personal|selected|key|academic|side|notable|open source)\s+)?projects$/],
  [
    "certifications",
    /^(?:certifications?|certificates?|licen[cs]es?(?: (?:and|&) certifications?)?|certifications? (?:and|&) (?:training|courses|licen[cs]es?)|courses|training|trainings)$/,
  ],
  ["languages", /^(?:spoken )?languages?(?: skills| known| proficiency)?$|^(?:langues|sprachen|sprachkenntnisse|idiomas)$/],
  ["awards", /^(?:awards?|honou?rs?(?: (?:and|&) awards)?|awards? (?:and|&) honou?rs|achievements|accomplishments)$/],
  [
    "interests",
    /^(?:interests|hobbies(?: (?:and|&) interests)?|interests (?:and|&) hobbies|activities|extra[- ]curricular activities)$|^(?:centres d'intérêts?|centres d’intérêts?|loisirs|hobbys|interessen|intereses)$/,
  ],
  ["volunteer", /^(?:volunteer(?:ing)?(?: experience| work)?|community (?:involvement|service))$/],
  ["publications", /^(?:publications?|papers|research)$/],
  ["references", /^(?:references?|referees?)(?: available(?: upon| on) request)?$/],
  // Sections that hold no field of the profile: their lines must never become skills, jobs or a headline.
  [
    "other",
    /^(?:additional information|other information|personal (?:details|information|data|particulars)|declaration|contact(?: information| details| info)?|miscellaneous|(?:job|position|post) applied for|desired (?:job|position)|persönliche daten|informations personnelles)$/,
  ],
];

/** Clean-up of extracted text: joins hyphenated line breaks, drops page markers and empty glyph lines. */
export function cleanCvText(raw: string): string[] {
  const text = raw
    .replace(/\r\n?/g, "\n")
    // A tab separates table cells or columns ("2019 – 2022<TAB>Engineer<TAB>Acme"): keep them apart.
    .replace(/(?:(?<![ \u00a0])[ \u00a0]+)?\t+[ \u00a0]*/g, " | ")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/([a-z])-\n([a-z])/g, "$1$2");
  const lines: string[] = [];
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\s+/g, " ").trim();
    if (!line) {
      if (lines.length && lines[lines.length - 1] !== "") lines.push("");
      continue;
    }
    if (/^(?:page\s+)?\d{1,2}(?:\s*(?:\/|of)\s*\d{1,2})?$/i.test(line)) continue; // page numbers "1", "1/2", "Page 2 of 3"
    if (/^[^\p{L}\p{N}]{1,3}$/u.test(line)) continue; // stray glyphs
    lines.push(line);
  }
  // Join a date range split over two lines ("June 2022 –" / "Present").
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (
      next !== undefined &&
      /(?:-|–|—)\s*$/.test(line) &&
      SINGLE_DATE_RE.test(line) &&
      /^(?:present|current|now|today|ongoing|(?:\w+\.?\s+)?(?:19|20)\d{2})\b/i.test(next)
    ) {
      const m = /^(present|current|now|today|ongoing|(?:\w+\.?\s+)?(?:19|20)\d{2})(.*)$/i.exec(next)!;
      joined.push(`${line} ${m[1]}`);
      if (m[2].trim()) joined.push(m[2].trim());
      i++;
      continue;
    }
    joined.push(line);
  }
  return joined;
}

export function headingKind(line: string): SectionKind | null {
  const t = line
    .replace(/^[^\p{L}]+/u, "")
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    .replace(/(?<![:\s])[:\s]+$/u, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  if (!t || t.length > 60 || t.split(" ").length > 7) return null;
  // A heading in two languages ("Berufserfahrung / Professional Experience", "Formation | Education"): either side.
  const sides = t.split(/ (?:\/|\||·) /);
  if (sides.length > 2 || sides.some((side) => side.length > 45 || side.split(" ").length > 5)) return null;
  for (const side of sides) for (const [kind, re] of HEADINGS) if (re.test(side)) return kind;
  return null;
}

export type Section = { kind: SectionKind | "header"; heading: string; lines: string[] };

/**
 * A name found below a sidebar (LinkedIn's export, two-column CVs read column by column) starts the main column:
 * the lines from it to the next heading are the candidate's header (headline, place), not the end of the sidebar's
 * skills or languages.
 */
export function cutAtName(sections: Section[], name: string): Section[] {
  if (!name) return sections;
  const key = name.toLowerCase();
  const i = sections.findIndex((s, n) => n > 0 && s.lines.some((l) => l.trim().toLowerCase() === key));
  if (i < 0) return sections;
  const section = sections[i];
  const at = section.lines.findIndex((l) => l.trim().toLowerCase() === key);
  return [
    ...sections.slice(0, i),
    { ...section, lines: section.lines.slice(0, at) },
    { kind: "header", heading: "", lines: section.lines.slice(at) },
    ...sections.slice(i + 1),
  ];
}

export function splitSections(lines: string[]): Section[] {
  const sections: Section[] = [{ kind: "header", heading: "", lines: [] }];
  for (const line of lines) {
    // "Skills: Java, Python" — a heading with content on the same line.
    const inline = /^([A-Za-z &/]{3,40}):\s+(.+)$/.exec(line);
    let inlineKind = inline ? headingKind(inline[1]) : null;
    // "Languages: Go, Python" inside a skills section lists programming languages, not a new section.
    if (inlineKind === "languages" && inline && findLanguages(inline[2]).length === 0) inlineKind = null;
    if (inlineKind && inline && sections[sections.length - 1].kind === "skills" && inlineKind !== "languages") inlineKind = null;
    const kind = headingKind(line) ?? inlineKind;
    if (kind) {
      sections.push({ kind, heading: line, lines: inline && !headingKind(line) ? [inline[2]] : [] });
      if (kind === "languages" && inline && !headingKind(line))
        sections.push({ kind: sections[sections.length - 2].kind as SectionKind, heading: "", lines: [] });
      continue;
    }
    sections[sections.length - 1].lines.push(line);
  }
  return sections;
}
