import type { Experience } from "@/core/schemas/profile";
import { findDateRange } from "../text/dates";
import { bodyToText, groupBlocks, hasRangeAtEdge, isBullet, isDateOnly, ROLE_WORDS, splitParts, splitTitleCompany } from "./cv-blocks";

// Work experience entries of a CV: one entry per date range at the edge of a line, with the title and company on the
// same line or just above it, and the bullets below.

export function parseExperience(lines: string[]): Experience[] {
  const content = lines.filter((l, i) => l || (i > 0 && lines[i - 1]));
  const heads = new Set<number>();
  content.forEach((line, i) => {
    if (!line || isBullet(line) || !hasRangeAtEdge(line)) return;
    // A date-only line with the title/company on the line(s) just above ("Engineer / Acme / 2019 – 2021").
    if (isDateOnly(line)) {
      const next = content[i + 1] ?? "";
      const prev = content[i - 1] ?? "";
      const nextIsHead =
        next && !isBullet(next) && (ROLE_WORDS.test(next) || splitParts(next).length >= 2) && next.length < 120 && !/[.]$/.test(next);
      if (!nextIsHead && prev && !isBullet(prev) && prev.length < 100 && !/[.]$/.test(prev) && !heads.has(i - 1)) {
        const prev2 = content[i - 2] ?? "";
        const start =
          prev2 &&
          !isBullet(prev2) &&
          prev2.length < 80 &&
          !/[.]$/.test(prev2) &&
          !heads.has(i - 2) &&
          !hasRangeAtEdge(prev2) &&
          i - 2 >= 0 &&
          isShortHeadLine(prev2)
            ? i - 2
            : i - 1;
        heads.add(start);
        return;
      }
    }
    heads.add(i);
  });
  if (heads.size === 0) return [];
  const blocks = groupBlocks(content, (_line, i) => heads.has(i));
  const out: Experience[] = [];
  for (const block of blocks) {
    if (!block.head) continue;
    // Collect the head lines: the date line and the title/company line(s).
    const headLines = [block.head];
    const body = [...block.body];
    const headRange = findDateRange(block.head);
    if (!headRange) {
      // Title (/company) line(s) above a date-only line.
      while (body.length && !findDateRange(headLines.join(" ")) && headLines.length < 3) headLines.push(body.shift()!);
    } else if (isDateOnly(block.head) && body[0] && !isBullet(body[0])) {
      headLines.push(body.shift()!);
    }
    const headText = headLines.join(" | ");
    const range = findDateRange(headText);
    if (!range) continue;
    const withoutDates = (headText.slice(0, range.index) + " | " + headText.slice(range.index + range.length)).replace(/\(\s*\)/g, "");
    let { title, company, location } = splitTitleCompany(withoutDates);
    // "Acme Corp | Senior Engineer" written on two lines: the second line may be the company.
    if (!company && headLines.length > 1) {
      const others = splitParts(withoutDates);
      if (others.length >= 2) ({ title, company, location } = splitTitleCompany(others.join(", ")));
    }
    const { description, highlights } = bodyToText(body);
    out.push({
      title: title.slice(0, 300),
      company: company.slice(0, 300),
      location: location ? location.slice(0, 300) : null,
      start_date: range.start_date,
      end_date: range.end_date,
      duration: range.duration,
      description: description.slice(0, 5000),
      highlights: highlights.slice(0, 50).map((h) => h.slice(0, 1000)),
    });
  }
  return out.slice(0, 50);
}

function isShortHeadLine(line: string): boolean {
  return line.split(" ").length <= 8 && !/[.;]$/.test(line);
}
