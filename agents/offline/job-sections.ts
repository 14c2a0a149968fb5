import { ROLE } from "./job-fields";

// The sections of a job posting's text (about, responsibilities, requirements, qualifications, nice to have,
// benefits, culture) found by their headings, and their bullet items.

export type JobSection =
  | "about"
  | "responsibilities"
  | "requirements"
  | "qualifications"
  | "nice_to_have"
  | "benefits"
  | "culture"
  | "apply"
  | "other";

const SECTION_HEADINGS: [JobSection, RegExp][] = [
  [
    "nice_to_have",
    /^(?:nice[- ]to[- ]haves?|preferred(?: qualifications| skills| experience| requirements)?|bonus(?: points)?(?: if you have)?|pluses|plus|a plus|desirable(?: skills| criteria)?|good to have|extra credit|it would be (?:great|nice) if(?: you have)?|ideally|even better if|what would make you stand out|additional (?:skills|qualifications))$/,
  ],
  [
    "responsibilities",
    /^(?:(?:key |main |core |your |job |primary )?(?:responsibilities|duties|accountabilities)|roles? (?:and|&) responsibilities|responsibilities (?:and|&) duties|what you(?:'|’)?ll do|what you will do|what you will be doing|what you(?:'|’)?ll be doing|what you(?:'|’)?ll work on|your (?:role|mission|impact|tasks|day to day)|in this role(?:,? you will)?|the role|day[- ]to[- ]day|tasks|your job|the job|what the job involves|you will|main duties(?: of the (?:job|role|post))?|duties of the (?:job|role|post)|the successful candidate will)$/,
  ],
  [
    "requirements",
    /^(?:(?:job |minimum |basic |key |core |essential |technical |mandatory )?requirements|requirements (?:and|&) qualifications|(?:required|must[- ]have|key|technical|desired|essential) (?:skills|experience|qualifications)|must[- ]haves?|skills(?: (?:and|&) (?:experience|qualifications|requirements))?|experience(?: requirements)?|educational? requirements|education(?: requirements)?|what we(?:'|’)?re looking for|what we are looking for|who (?:you are|we(?:'|’)?re looking for|we are looking for)|what you(?:'|’)?ll (?:bring|need)|what you bring|what you need|you have|about you|your (?:profile|background|skills|experience)|profile|you(?:'|’)?re|you are|the ideal candidate|ideal candidate|candidate profile|person specification|essential(?: criteria| skills)?|the successful candidate will (?:have|be|bring)|you will (?:have|need|bring))$/,
  ],
  ["qualifications", /^(?:(?:minimum |basic |required |key )?qualifications|qualifications (?:and|&) (?:skills|experience))$/],
  [
    "benefits",
    /^(?:benefits|perks|perks (?:and|&) benefits|benefits (?:and|&) perks|what we offer|we offer|our offer|compensation(?: (?:and|&) benefits)?|why (?:join us|work (?:with|for) us|you(?:'|’)?ll love (?:it|working) here)|incentives|salary (?:and|&) benefits|what(?:'|’)?s in it for you|rewards)$/,
  ],
  [
    "culture",
    /^(?:(?:our )?culture|(?:our )?values|life at .{2,30}|equal (?:employment )?opportunity(?: employer)?|diversity(?: (?:and|&|,) (?:inclusion|equity).*)?|(?:eeo|eeo statement)|working (?:here|at .{2,30})|how we work)$/,
  ],
  [
    "about",
    /^(?:about(?: (?:us|the (?:company|team|role|job|position|opportunity)|.{2,30}))?|(?:job |position |role )?(?:summary|overview|description)|company (?:overview|description)|who we are|the (?:company|team|opportunity|position)|introduction|description|job description(?:: .*)?|our (?:company|team|mission|story))$/,
  ],
  ["apply", /^(?:how to apply|to apply|application process|apply(?: now)?|next steps|interview process|hiring process)$/],
];

export function jobHeadingKind(line: string): { kind: JobSection; rest: string } | null {
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const m = /^\s*(?:#+\s*)?([^:]{2,60}?)\s*:?\s*$/.exec(line) ?? null;
  // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
  const inline = /^\s*([A-Za-z][A-Za-z '’&/,-]{1,50}?)\s*:\s*(.+)$/.exec(line);
  const test = (label: string) => {
    const t = label
      .toLowerCase()
      .replace(/[*_#]/g, "")
      .replace(/\s+/g, " ")
      .replace(/(?<![!?.])[!?.]+$/, "")
      .trim();
    if (!t || t.split(" ").length > 8) return null;
    for (const [kind, re] of SECTION_HEADINGS) if (re.test(t)) return kind;
    return null;
  };
  if (m && !/^[•\-*]/.test(line.trim())) {
    const kind = test(m[1]);
    if (kind) return { kind, rest: "" };
  }
  if (inline && !/^[•\-*]/.test(line.trim())) {
    const kind = test(inline[1]);
    // "Job Description: Front End Engineer" is a title line, not the start of a section.
    if (kind === "about" && inline[2].length < 90 && !/[.!?]$/.test(inline[2]) && ROLE.test(inline[2])) return null;
    if (kind) return { kind, rest: inline[2].trim() };
  }
  return null;
}

export type TextSection = { kind: JobSection | "intro"; heading: string; lines: string[] };

export function splitJobSections(text: string): TextSection[] {
  const sections: TextSection[] = [{ kind: "intro", heading: "", lines: [] }];
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/([a-z])-\n([a-z])/g, "$1$2")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim());
  for (const line of lines) {
    if (/^\d{1,2}(?:\s*\/\s*\d{1,2})?$/.test(line)) continue; // page numbers
    const heading = line ? jobHeadingKind(line) : null;
    if (heading) {
      sections.push({ kind: heading.kind, heading: line, lines: heading.rest ? [heading.rest] : [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (endsList(current, line)) {
      sections.push({ kind: "other", heading: "", lines: [line] });
      continue;
    }
    current.lines.push(line);
  }
  return sections;
}

const LIST_SECTIONS = new Set<JobSection | "intro">(["responsibilities", "requirements", "qualifications", "nice_to_have", "benefits"]);

/**
 * A paragraph after a bulleted list and a blank line ends the list: "Kingsmead Academy is committed to safeguarding…",
 * "Closing date: 15 November" after the requirements are the posting's closing words, not one more requirement.
 */
function endsList(section: TextSection, line: string): boolean {
  if (!line || !LIST_SECTIONS.has(section.kind) || BULLET.test(line)) return false;
  const lines = section.lines;
  if (lines[lines.length - 1] !== "" || !lines.some((l) => BULLET.test(l))) return false;
  return line.split(" ").length >= 6 || /^[\p{L} ]{2,30}:/u.test(line);
}

export const BULLET = /^\s*(?:[•●▪◦‣∙·■□➢➤►▶✓✔\-*–—]|\d{1,2}[.)])\s+/;

/** Section lines → list items: bullets (with wrapped lines joined), else sentences / semicolon-separated items. */
export function toItems(lines: string[]): string[] {
  const items: string[] = [];
  let paragraph: string[] = [];
  let inBullet = false;
  const flushParagraph = () => {
    const text = paragraph.join(" ").replace(/\s+/g, " ").trim();
    paragraph = [];
    if (!text) return;
    for (const part of splitSentences(text)) items.push(part);
  };
  for (const line of lines) {
    if (!line) {
      flushParagraph();
      inBullet = false;
      continue;
    }
    if (BULLET.test(line)) {
      flushParagraph();
      items.push(line.replace(BULLET, "").trim());
      inBullet = true;
    } else if (inBullet && /^[a-z(0-9]/.test(line)) {
      items[items.length - 1] += ` ${line}`;
    } else {
      inBullet = false;
      paragraph.push(line);
    }
  }
  flushParagraph();
  return items.map((i) => i.replace(/\s+/g, " ").trim()).filter((i) => i.length > 1);
}

export function splitSentences(text: string): string[] {
  const parts = text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])|;\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts;
}
