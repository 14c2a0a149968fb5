import { unsupportedClaims, type Claim, type GroundingContext, type Scope } from "./claims";

// Prose grounding: each sentence is checked claim by claim. An unsupported claim in a trailing clause ("…, and
// was named Engineer of the Year") removes only that clause when the rest still reads as a sentence; otherwise the
// sentence goes. Each removal is reported in plain words.

const KIND_WORDS: Record<Claim["kind"], (t: string) => string> = {
  employer: (t) => `the organisation “${t}”`,
  title: (t) => `a “${t}” job title`,
  number: (t) => `the figure “${t}” for this`,
  "team size": (t) => `a team size of ${t}`,
  date: (t) => `the date ${t}`,
  degree: (t) => (t === "doctorate" ? "a doctorate" : t === "mba" ? "an MBA" : t === "diploma" ? "that diploma" : `a ${t}'s degree`),
  certification: (t) => (t.startsWith("a ") ? t : `the certification “${t}”`),
  award: (t) => (t.startsWith("an ") ? t : `the award “${t}”`),
  promotion: () => "a promotion",
  skill: (t) => `the skill ${t}`,
  link: (t) => `the link ${t}`,
};

function joinWords(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** "your profile does not show the organisation “Globex” or the figure “30%” for this" */
export function describeClaims(claims: Claim[]): string {
  const seen = new Set<string>();
  const parts = claims.map((c) => KIND_WORDS[c.kind](c.text)).filter((p) => !seen.has(p) && seen.add(p));
  return `your profile does not show ${joinWords(parts)}`;
}

export function quote(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

const CLAUSE_BREAK =
  // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
  /(,\s+(?=(?:and|but|while|where|which|including|as well as|plus|with|after|before|helping|making)\b)|;\s+|\s+—\s+|\s+–\s+)/;

/**
 * One sentence grounded: the sentence itself, the sentence without its unsupported trailing clauses, or "" (removed).
 * Each removal is added to `warnings`.
 */
export function groundSentence(sentence: string, ctx: GroundingContext, where: string, warnings: string[], scope: Scope = {}): string {
  const claims = unsupportedClaims(sentence, ctx, scope);
  if (!claims.length) return sentence;
  const parts = sentence.split(CLAUSE_BREAK);
  if (parts.length >= 3) {
    const first = parts[0];
    const firstOk = first.split(/\s+/).length >= 4 && !unsupportedClaims(first, ctx, { ...scope, context: sentence }).length;
    if (firstOk) {
      let kept = first;
      const dropped: string[] = [];
      const droppedClaims: Claim[] = [];
      for (let i = 1; i < parts.length; i += 2) {
        const clause = parts[i + 1] ?? "";
        const bad = unsupportedClaims(clause, ctx, { ...scope, context: sentence });
        if (bad.length) {
          dropped.push(clause);
          droppedClaims.push(...bad);
        } else kept += parts[i] + clause;
      }
      // regex-scan: a run is tried only where it starts (look-behind); sees one field of the model's reply or of the profile
      kept = kept.replace(/(?<![\s,;:—–-])[\s,;:—–-]+$/, "");
      if (!/[.!?]["”’)]?$/.test(kept) && /[.!?]["”’)]?$/.test(sentence.trim())) kept += sentence.trim().match(/[.!?]/)?.[0] ?? ".";
      if (dropped.length) {
        warnings.push(`Removed “${quote(dropped.join(" … "))}” from a sentence in your ${where}: ${describeClaims(droppedClaims)}.`);
        return kept;
      }
    }
  }
  warnings.push(`Removed from your ${where}: “${quote(sentence)}” — ${describeClaims(claims)}.`);
  return "";
}

/** Splits prose into paragraphs, lines and sentences, grounds each sentence, and joins what is left. */
export function groundProse(text: string, ctx: GroundingContext, where: string, warnings: string[], scope: Scope = {}): string {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  const kept = paragraphs.map((para) =>
    para
      .split("\n")
      .map((line) =>
        line
          // regex-scan: sees one field of the model's reply or of the profile (each at most a few thousand characters by the schemas)
          .split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z0-9"“(])/)
          .map((s) => groundSentence(s, ctx, where, warnings, scope))
          .filter((s) => s.trim())
          .join(" "),
      )
      .filter((l) => l.trim())
      .join("\n"),
  );
  return kept.filter((p) => p.trim()).join("\n\n");
}
