import type { Project } from "@/core/schemas/profile";
import { RANGE_RE } from "../text/dates";
import { canonicalSkill, findSkills, isGenericSkill } from "../text/skills";
import { bodyToText, groupBlocks, isBullet, isDateOnly } from "./cv-blocks";

// Projects of a CV: a name line, a description, and the technologies (a "Technologies:" line plus the skills the
// dictionary finds in the text).

export function parseProjects(lines: string[]): Project[] {
  const content = lines.filter(Boolean);
  const isNameLine = (line: string, i: number) => {
    if (isBullet(line) || /[.;]$/.test(line)) return false;
    const words = line.replace(RANGE_RE, "").trim().split(/\s+/);
    if (words.length > 10 || words.length === 0) return false;
    if (/^technolog(?:y|ies)|^tech stack|^stack|^tools|^built with/i.test(line)) return false;
    if (isDateOnly(line)) return false;
    const prev = content[i - 1];
    // Wrapped sentence continuation: the previous line does not end a sentence.
    if (prev && !isDateOnly(prev) && !/[.!?:]$/.test(prev) && !isBullet(prev) && i > 0 && !/^(?:technolog|tech stack)/i.test(prev)) {
      return /^[A-Z0-9]/.test(line) && /:\s|project/i.test(line);
    }
    return /^[\p{Lu}\p{N}"“]/u.test(line);
  };
  const blocks = groupBlocks(content, isNameLine);
  const out: Project[] = [];
  for (const block of blocks) {
    let name = block.head || "";
    const body = [...block.body];
    if (!name) continue;
    name = name
      .replace(RANGE_RE, "")
      .replace(/^(?:(?:19|20)\d{2}|\w+\s+(?:19|20)\d{2})\s+/, "")
      .replace(/^[\s|,–—-]+|(?<![\s|,–—-])[\s|,–—-]+$/g, "");
    name = name.replace(/^(?:personal|side|academic|university|open[- ]source)\s+project\s*:\s*/i, "").trim();
    // "Web Slinger — a physics toy": the name, then a short description on the same line.
    // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
    const dash = /^(.{2,60}?)\s+[—–|-]\s+(.+)$/.exec(name) ?? /^(.{2,60}?):\s+(.+)$/.exec(name);
    if (dash) {
      name = dash[1].trim();
      body.unshift(dash[2].trim().replace(/^./, (c) => c.toUpperCase()) + (/[.!?]$/.test(dash[2]) ? "" : "."));
    }
    let tech: string[] = [];
    const techLineIdx = body.findIndex((l) => /^(?:technolog(?:y|ies)|tech stack|stack|tools|built with|keywords)\s*:/i.test(l));
    if (techLineIdx >= 0) {
      const line = body.splice(techLineIdx, 1)[0];
      tech = line
        .replace(/^[^:]+:\s*/, "")
        // regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
        .split(/\s*[,;|]\s*/)
        .map((t) => canonicalSkill(t) ?? t.trim())
        .filter(Boolean);
    }
    const { description, highlights } = bodyToText(body);
    const fullText = [description, ...highlights].filter(Boolean).join(" ");
    const found = findSkills(`${name} ${fullText}`).hard.filter((s) => !isGenericSkill(s));
    const technologies = [...new Set([...tech, ...found])].slice(0, 50);
    if (!name && !fullText) continue;
    out.push({
      name: name.slice(0, 300),
      description: [description, ...highlights].filter(Boolean).join(" ").slice(0, 5000),
      technologies,
    });
  }
  return out.slice(0, 50);
}
