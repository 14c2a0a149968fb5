import type { Experience } from "@/core/schemas/profile";
import { findDateRange, type DateRange } from "../text/dates";
import { bodyToText, isBullet, isHeadLine, splitHeadParts } from "./cv-blocks";

// Work experience entries of a CV. A job is a group of short head lines (title, company, place, dates — on one line
// or several, in any order, with or without blank lines between them) followed by its bullets or paragraphs. One
// group with several date ranges and no bullets between them (a table, a list of jobs) is cut into equal entries.

type Group = { heads: string[]; body: string[] };

/** Column labels of a table of jobs ("Period | Position | Employer"), not a job. */
const TABLE_LABEL =
  /^(?:period|dates?|duration|from|to|position|positions?|role|title|job title|designation|employer|company|organi[sz]ation|location|city|place|details|responsibilities|description)$/i;

/** Whether a date range follows among the next few head lines (skipping blanks), before any bullet or sentence. */
function rangeAhead(lines: string[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 4; i++) {
    if (!lines[i]) continue;
    if (!isHeadLine(lines[i])) return false;
    if (findDateRange(lines[i])) return true;
    seen++;
  }
  return false;
}

export function groupEntries(lines: string[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const [i, line] of lines.entries()) {
    if (!line) {
      if (current?.body.length) current.body.push("");
      continue;
    }
    // regex-scan: a run is tried only where it starts (look-behind); sees one CV line (at most 1,000 characters, agents/text/bounds.ts)
    if (line.split(/(?<!\s)\s*\|\s*/).every((cell) => TABLE_LABEL.test(cell.replace(/(?<![:\s])[:\s]+$/, "")))) continue;
    // A short line right under a bullet with no date ahead is the bullet's wrapped end ("…Java and Spring" / "Boot").
    const underBullet = !!current?.body.length && isBullet(current.body[current.body.length - 1]);
    if (isHeadLine(line) && !(underBullet && !rangeAhead(lines, i))) {
      if (!current || current.body.length) {
        current = { heads: [], body: [] };
        groups.push(current);
      }
      current.heads.push(line);
    } else if (current) current.body.push(line);
  }
  return groups;
}

/** A group holding several date ranges is several jobs: cut it into equal parts, or at the ranges. */
function splitGroup(group: Group): Group[] {
  const anchors = group.heads.map((h, i) => (findDateRange(h) ? i : -1)).filter((i) => i >= 0);
  if (anchors.length <= 1) return [group];
  const n = anchors.length;
  const size = group.heads.length / n;
  const chunks: string[][] = [];
  if (Number.isInteger(size) && anchors.every((a, i) => a - i * size === anchors[0])) {
    for (let i = 0; i < n; i++) chunks.push(group.heads.slice(i * size, (i + 1) * size));
  } else {
    // Lines before the first range lead every job ("Title / Company / dates"), else the range does.
    const lead = anchors[0];
    let start = 0;
    for (let i = 0; i < n; i++) {
      const end = i + 1 < n ? anchors[i + 1] - lead : group.heads.length;
      chunks.push(group.heads.slice(start, Math.max(end, anchors[i] + 1)));
      start = Math.max(end, anchors[i] + 1);
    }
  }
  return chunks.map((heads, i) => ({ heads, body: i === chunks.length - 1 ? group.body : [] }));
}

function entryOf(heads: string[], body: string[], range: DateRange): Experience {
  const rest = heads.map((h) => {
    const r = findDateRange(h);
    return r && r.start_date === range.start_date ? h.slice(0, r.index) + " | " + h.slice(r.index + r.length) : h;
  });
  const { title, company, location } = splitHeadParts(rest);
  const { description, highlights } = bodyToText(body);
  return {
    title: title.slice(0, 300),
    company: company.slice(0, 300),
    location: location ? location.slice(0, 300) : null,
    start_date: range.start_date,
    end_date: range.end_date,
    duration: range.duration,
    description: description.slice(0, 5000),
    highlights: highlights.slice(0, 50).map((h) => h.slice(0, 1000)),
  };
}

export function parseExperience(lines: string[]): Experience[] {
  const groups = groupEntries(lines).flatMap(splitGroup);
  const out: Experience[] = [];
  let pendingHeads: string[] = [];
  for (const group of groups) {
    const heads = [...pendingHeads, ...group.heads];
    pendingHeads = [];
    const rangeLine = heads.find((h) => findDateRange(h));
    const range = rangeLine ? findDateRange(rangeLine) : null;
    if (!range) {
      // Head lines without dates and without a body lead the next job ("Acme Corp" above "Engineer, 2019 – 2021").
      if (!group.body.length) pendingHeads = heads.slice(-3);
      else if (out.length) {
        // "Acme:" over bullets after a table of jobs: the bullets belong to that job.
        const label = heads[0].replace(/(?<![:\s])[:\s]+$/, "").toLowerCase();
        const target = out.find((e) => e.company.toLowerCase() === label) ?? out[out.length - 1];
        const { description, highlights } = bodyToText(group.body);
        target.highlights.push(...highlights.map((h) => h.slice(0, 1000)));
        if (description) target.description = `${target.description} ${description}`.trim().slice(0, 5000);
      }
      continue;
    }
    out.push(entryOf(heads, group.body, range));
  }
  return out.slice(0, 50);
}
