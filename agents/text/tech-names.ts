import { canonicalSkill, findSkills, isGenericSkill } from "./skills";
import { normaliseSpace } from "./words";

// Technology names as the skills dictionary spells them, for the question bank's tags and for prompts.

/**
 * Canonical, lowercased skill name ("Postgres" → "postgresql", "JS" → "javascript", "React.js" → "react"): the form the
 * question bank's `tech` tags use. Unknown names come back trimmed and lowercased.
 */
export function canonicalTech(name: string): string {
  const trimmed = normaliseSpace(name ?? "");
  if (!trimmed) return "";
  return (canonicalSkill(trimmed) ?? trimmed).toLowerCase();
}

/** The dictionary's display spelling ("postgresql" → "PostgreSQL"); unknown lowercase names are title-cased. */
export function displayTech(name: string): string {
  const trimmed = normaliseSpace(name ?? "");
  const known = canonicalSkill(trimmed);
  if (known) return known;
  return trimmed === trimmed.toLowerCase()
    ? trimmed.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase())
    : trimmed;
}

/** Canonical lowercased hard skills mentioned in free text (e.g. a role title "Senior React Developer"). */
export function techsInText(text: string): string[] {
  return findSkills(text ?? "")
    .hard.filter((s) => !isGenericSkill(s))
    .map((s) => s.toLowerCase());
}
