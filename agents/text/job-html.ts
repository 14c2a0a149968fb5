import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { loadHtml } from "./html-depth";

// A job page's HTML → text with its block structure (headings and list items on their own lines): the main content,
// the page title, and HTML fragments such as a JSON-LD description. The schema.org data is read in job-posting.ts.

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "tr",
  "table",
  "tbody",
  "thead",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "br",
  "hr",
  "form",
  "fieldset",
  "figure",
]);
const DROP_SELECTOR =
  "script, style, noscript, template, iframe, svg, canvas, nav, footer, aside, form, button, select, input, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .cookie, #cookie, .cookies, .cookie-banner, [class*=cookie-consent]";

/** Text of an element with line breaks for blocks and "• " for list items. */
export function elementText($: cheerio.CheerioAPI, root: AnyNode | AnyNode[]): string {
  const out: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === "text") {
      out.push((node as unknown as { data: string }).data.replace(/\s+/g, " "));
      return;
    }
    if (node.type !== "tag" && node.type !== "root" && node.type !== "script" && node.type !== "style") return;
    if (node.type === "script" || node.type === "style") return;
    const el = node as Element;
    const name = (el.name ?? "").toLowerCase();
    if (name === "script" || name === "style" || name === "noscript" || name === "template") return;
    const block = BLOCK_TAGS.has(name);
    if (block) out.push("\n");
    if (name === "li") out.push("• ");
    if (/^h[1-6]$/.test(name)) out.push("\n");
    for (const child of el.children ?? []) walk(child);
    if (block) out.push("\n");
  };
  for (const node of Array.isArray(root) ? root : [root]) walk(node);
  return out
    .join("")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l, i, arr) => l !== "" || (i > 0 && arr[i - 1] !== ""))
    .join("\n")
    .replace(/^•\s*$/gm, "")
    .replace(/(?<!\n)\n{2,}(?=• )/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** HTML fragment (e.g. a JSON-LD description) → text. Plain text passes through. */
export function htmlFragmentToText(value: string): string {
  // regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
  // A tag opener with a ">" somewhere after it (the pattern /<[a-z][\s\S]*>/ rescanned to the end from every "<").
  const open = value.search(/<[a-z]/i);
  if (open < 0 || value.indexOf(">", open + 2) < 0) return decodeEntities(value).trim();
  const $ = loadHtml(`<div id="__frag">${value}</div>`);
  return elementText($, $("#__frag").get(0)!);
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39|nbsp);/g,
    (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " })[e] ?? _m,
  );
}

/** Visible text of the page's main content (navigation, footers, scripts and forms removed). */
export function mainText($: cheerio.CheerioAPI): string {
  $(DROP_SELECTOR).remove();
  $("header").each((_i, el) => {
    // Site headers hold navigation; a header inside the article (the job title) stays.
    if (!$(el).closest("main, article, [role=main]").length) $(el).remove();
  });
  const candidates = ["main", "[role=main]", "article", "#job-description", ".job-description", "#content", ".content", "body"];
  for (const sel of candidates) {
    const el = $(sel).first();
    if (el.length) {
      const text = elementText($, el.get(0) as Element);
      if (text.length > 200 || sel === "body") return text;
    }
  }
  const root = $.root().get(0);
  return root ? elementText($, root) : "";
}

export function pageTitle($: cheerio.CheerioAPI): string {
  const h1 = $("h1").first().text().replace(/\s+/g, " ").trim();
  if (h1) return h1;
  const h2 = $("h2").first().text().replace(/\s+/g, " ").trim();
  if (h2 && h2.length < 100) return h2;
  const og = $('meta[property="og:title"]').attr("content")?.trim();
  if (og) return og;
  return $("title").first().text().replace(/\s+/g, " ").trim();
}

/** The site's own name (og:site_name, application-name) and the document's <title>: hints of the employer's name. */
export function siteNames($: cheerio.CheerioAPI): { siteName: string; docTitle: string } {
  const meta = (sel: string) => ($(sel).attr("content") ?? "").replace(/\s+/g, " ").trim();
  return {
    siteName: meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]'),
    docTitle: $("title").first().text().replace(/\s+/g, " ").trim(),
  };
}
