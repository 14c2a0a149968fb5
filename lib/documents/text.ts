import "server-only";

// Plain text and Markdown, normalised so every source reaches the CV agent in the same shape.

/** Unix line endings, no trailing spaces, at most one blank line in a row, no control characters. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .split("\n")
    .map((line) => line.trimEnd()) // not /[ \t]+$/gm: that retries every start inside a long run of spaces
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Light Markdown → text for .md CVs: heading marks, emphasis and link syntax would otherwise reach the parser as
 * noise ("## Experience" is a heading, not a line starting with "##"). List items become bullets.
 */
export function markdownToText(markdown: string): string {
  // Every pattern below is linear: a span's body cannot contain its own opening delimiter, so a run of openers
  // without closers ("[[[[…", "** ** **…") is scanned once, not once per opener (the regex scan in CI checks this).
  return markdown
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*)$/gm, (_m, heading: string) => withoutClosingHashes(heading))
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, "")
    .replace(/!\[([^[\]\n]*)\]\(([^()\n]*)\)/g, "$1")
    .replace(/\[([^[\]\n]+)\]\(([^()\s]+)(?:[ \t]+"[^"\n]*")?\)/g, (_m, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/\*\*(?=[^\s*])([^*\n]*[^\s*])\*\*/g, "$1")
    .replace(/__(?=[^\s_])([^_\n]*[^\s_])__/g, "$1")
    .replace(/(^|[\s(])\*(?=[^\s*])([^*\n]*[^\s*])\*(?=[\s).,;:!?]|$)/gm, "$1$2")
    .replace(/(^|[\s(])_(?=[^\s_])([^_\n]*[^\s_])_(?=[\s).,;:!?]|$)/gm, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^([ \t]*)[-*+][ \t]+/gm, "$1• ")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "");
}

/** "Experience ##" → "Experience": the optional closing hashes of an ATX heading, and the spaces around them. */
function withoutClosingHashes(heading: string): string {
  const trimmed = heading.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === "#") end--;
  // Closing hashes count only after a space ("C#" keeps its hash).
  if (end < trimmed.length && (end === 0 || trimmed[end - 1] === " " || trimmed[end - 1] === "\t")) return trimmed.slice(0, end).trimEnd();
  return trimmed;
}
