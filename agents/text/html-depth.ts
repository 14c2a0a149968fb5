import * as cheerio from "cheerio";
import { AppError } from "@/core/errors";

// A page's HTML is parsed only when its elements nest no deeper than real pages do. The tree walks that read a page
// (ours in job-html.ts, and those inside cheerio's helpers) recurse once per level, so a page of 5,000 nested <div>s
// (50 KB) overflowed the stack, and parse5 slows down with the depth of the open elements (6 s for 2 MB at 256 levels).
// The depth is counted in one pass over the text before parsing, the way the parser will nest the elements: void
// elements (<br>, <img>) and ones a next sibling closes (<p>, <li>, table cells) do not add a level.

/** Real pages nest under 100 levels; 256 leaves room for generated markup. */
export const MAX_HTML_DEPTH = 256;

export const TOO_DEEP_MESSAGE = `This page's HTML is nested more than ${MAX_HTML_DEPTH} levels deep, so it cannot be read. Paste the job text instead.`;

const FLAT = new Set([
  // void elements: never have children
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  // closed by the next sibling of their kind, or by their parent's end
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rt",
  "rp",
]);
/** Elements whose content is text up to their end tag (no elements inside). */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed"]);

/** The deepest nesting of elements in `html`, counted until it passes `cap` (linear in the length). */
export function htmlDepth(html: string, cap = MAX_HTML_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    let next = i + 1;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      next = end < 0 ? html.length : end + 3;
    } else if (html[i + 1] === "/") {
      const name = tagName(html, i + 2);
      if (name && !FLAT.has(name)) depth = Math.max(0, depth - 1);
      next = endOfTag(html, i);
    } else if (isLetter(html.charCodeAt(i + 1))) {
      const name = tagName(html, i + 1);
      const end = endOfTag(html, i);
      const selfClosing = html[end - 2] === "/";
      if (RAW_TEXT.has(name)) {
        next = rawTextEnd(html, name, end);
      } else {
        next = end;
        if (!FLAT.has(name) && !selfClosing) {
          depth++;
          if (depth > deepest) deepest = depth;
          if (deepest > cap) return deepest;
        }
      }
    }
    i = html.indexOf("<", next);
  }
  return deepest;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && (isLetter(html.charCodeAt(end)) || html[end] === "-" || (html[end] >= "0" && html[end] <= "9"))) end++;
  return html.slice(from, end).toLowerCase();
}

/** Where the end tag of a raw-text element (`</script`) starts, searched from `from`. */
function rawTextEnd(html: string, name: string, from: number): number {
  let at = html.indexOf("</", from);
  while (at >= 0 && html.slice(at + 2, at + 2 + name.length).toLowerCase() !== name) at = html.indexOf("</", at + 2);
  return at < 0 ? html.length : at;
}

function endOfTag(html: string, from: number): number {
  const end = html.indexOf(">", from);
  return end < 0 ? html.length : end + 1;
}

/** cheerio.load, refusing HTML nested deeper than real pages (AppError "unprocessable"). */
export function loadHtml(html: string): cheerio.CheerioAPI {
  if (htmlDepth(html) > MAX_HTML_DEPTH) throw new AppError("unprocessable", TOO_DEEP_MESSAGE);
  return cheerio.load(html);
}
