import "server-only";

// Plain text and Markdown, normalised so every source reaches the CV agent in the same shape.

/** Unix line endings, no trailing spaces, at most one blank line in a row, no control characters. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Light Markdown → text for .md CVs: heading marks, emphasis and link syntax would otherwise reach the parser as
 * noise ("## Experience" is a heading, not a line starting with "##"). List items become bullets.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1")
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, "")
    .replace(/!\[([^\]]*)\]\(([^)]*)\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/gm, "$1$3")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^([ \t]*)[-*+][ \t]+/gm, "$1• ")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "");
}
