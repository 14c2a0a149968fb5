import type { Education } from "@/core/schemas/profile";
import { findDateRange, lastYear, SINGLE_DATE_RE } from "../text/dates";
import { groupBlocks, isBullet, isLocationPart, splitParts } from "./cv-blocks";

// Education entries of a CV: degree, institution, field and year, from one or two head lines per entry.

const DEGREE_RE =
  /\b(?:bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?tech|m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|b\.a\.|m\.a\.|b\.s\.|m\.s\.|(?:BA|MA|BS|MS)(?=\s+(?:in|of)\b|\/|,)|b\.e\.|mba|ph\.?\s?d\.?|doctor(?:ate)? of|doctorate|diploma|associate(?:'s)? (?:degree|of)|high school|ged|hnd|abitur|licen[cs]iate|baccalaureate)(?![\w])/i;
const INSTITUTION_RE =
  /\b(?:university|universidad|universidade|università|universität|universiteit|université|uniwersytet|universit[àäé]t?|college|institute|institut|school|academy|polytechnic|mit|caltech|ucla|uc [a-z]+|ecole|école|hochschule|iit|conservatory|seminary)\b/i;

export function parseEducation(lines: string[]): Education[] {
  const content = lines.filter(Boolean);
  const heads = new Set<number>();
  content.forEach((line, i) => {
    if (isBullet(line) && !DEGREE_RE.test(line)) return;
    const hasDegree = DEGREE_RE.test(line);
    const startsWithDate = /^(?:\w+\.?\s+)?(?:19|20)\d{2}\b/.test(line) && SINGLE_DATE_RE.test(line);
    if (hasDegree || (startsWithDate && !heads.has(i - 1))) {
      // A date line right after a degree line belongs to it.
      if (!hasDegree && heads.has(i - 1)) return;
      if (hasDegree && i > 0 && heads.has(i - 1) && !DEGREE_RE.test(content[i - 1])) {
        heads.delete(i - 1);
        heads.add(i - 1);
        return;
      }
      heads.add(i);
    }
  });
  if (heads.size === 0 && content.length) heads.add(0);
  const blocks = groupBlocks(content, (_l, i) => heads.has(i));
  const out: Education[] = [];
  for (const block of blocks) {
    if (!block.head) continue;
    const extra = block.body.filter(
      (l) => !/^(?:gpa|grade|overall gpa|cgpa|honou?rs|relevant coursework|courses?|thesis)\b/i.test(l) && !isBullet(l),
    );
    // Wrapped head lines ("…Institute of Technology" / "Delhi, New Delhi, India").
    const text = [block.head, ...extra.slice(0, 2).filter((l) => l.length < 100 && !/[.]$/.test(l))].join(", ");
    const year = lastYear(text);
    const range = findDateRange(text);
    let rest = text;
    if (range) rest = text.slice(0, range.index) + ", " + text.slice(range.index + range.length);
    rest = rest
      .replace(SINGLE_DATE_RE, "")
      .replace(/(?:^|,)\s*(?:\w+\.?\s+)?(?:19|20)\d{2}\s*(?=,|$)/g, "")
      .replace(/\(\s*[,|–—-]?\s*\)/g, "");
    const parts = splitParts(rest).filter((p) => !/^(?:,|\s)*$/.test(p));
    let degree = parts.find((p) => DEGREE_RE.test(p)) ?? "";
    let institution = parts.find((p) => INSTITUTION_RE.test(p) && p !== degree) ?? "";
    const degreeIdx = parts.indexOf(degree);
    let field: string | null = null;
    // "BSc in Computer Science": the first " in " splits degree and field (found once, not by a lazy .*? before \s+).
    const inAt = /(?<!\s)\s+in\s+(?=\S)/i.exec(degree);
    if (inAt && DEGREE_RE.test(degree.slice(0, inAt.index))) {
      field = degree.slice(inAt.index + inAt[0].length).trim();
      degree = degree.slice(0, inAt.index).trim();
    }
    // "BSc Physics", "B.Sc. Computer Science": an abbreviated degree followed by the field.
    const abbrev = /^((?:b|m)\.?\s?(?:sc|a|s|eng|tech|ed|phil|f\.?a)\.?|ph\.?\s?d\.?|mba)\s+(?!of\b|in\b)(\p{Lu}.+)$/iu.exec(degree);
    if (!field && abbrev) {
      degree = abbrev[1];
      field = abbrev[2];
    }
    if (!field && degreeIdx >= 0) {
      const next = parts[degreeIdx + 1];
      if (next && next !== institution && !INSTITUTION_RE.test(next) && !isLocationPart(next)) field = next;
    }
    if (!institution && degreeIdx >= 0) {
      const candidates = parts.filter((p, i) => i !== degreeIdx && p !== field && !isLocationPart(p));
      institution = candidates[0] ?? "";
    }
    if (!degree && !institution) continue;
    const tidyPart = (v: string) => v.replace(/^[\s,;|–—-]+|[\s,;|–—-]+$/g, "");
    degree = tidyPart(degree);
    institution = tidyPart(institution);
    if (field) field = tidyPart(field) || null;
    out.push({
      degree: degree.slice(0, 300),
      institution: institution.slice(0, 300),
      year: year.slice(0, 50),
      field: field ? field.slice(0, 300) : null,
    });
  }
  return out.slice(0, 30);
}
