import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";

// HTML → the pieces the job parser needs: schema.org JobPosting from JSON-LD or microdata, and the main
// content's text with its block structure (headings and list items on their own lines).

export type PostingFields = {
  title?: string;
  company?: string;
  location?: string;
  employment_type?: string;
  salary?: string;
  description?: string; // plain text (HTML descriptions converted)
  responsibilities?: string[];
  qualifications?: string[];
  requirements?: string[];
  nice_to_have?: string[];
  benefits?: string[];
  skills?: string[];
  seniority?: string;
  source: "json-ld" | "microdata";
};

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
    .replace(/\n{2,}(?=• )/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** HTML fragment (e.g. a JSON-LD description) → text. Plain text passes through. */
export function htmlFragmentToText(value: string): string {
  if (!/<[a-z][\s\S]*>/i.test(value)) return decodeEntities(value).trim();
  const $ = cheerio.load(`<div id="__frag">${value}</div>`);
  return elementText($, $("#__frag").get(0)!);
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39|nbsp);/g,
    (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " })[e] ?? _m,
  );
}

function asArray<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function str(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return htmlFragmentToText(v);
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(", ");
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    return str(o.name ?? o.value ?? o["@value"] ?? "");
  }
  return "";
}

function listOf(v: unknown): string[] {
  const items: string[] = [];
  for (const entry of asArray(v)) {
    const text = typeof entry === "string" ? htmlFragmentToText(entry) : str(entry);
    for (const line of text.split("\n")) {
      const t = line.replace(/^[•\-*]\s*/, "").trim();
      if (!t) continue;
      for (const sentence of t.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)) if (sentence.trim()) items.push(sentence.trim());
    }
  }
  return items;
}

function formatPlace(place: unknown): string {
  const parts: string[] = [];
  for (const p of asArray(place as unknown)) {
    if (typeof p === "string") {
      parts.push(p);
      continue;
    }
    if (!p || typeof p !== "object") continue;
    const obj = p as Record<string, unknown>;
    const address = (obj.address ?? obj) as Record<string, unknown> | string;
    if (typeof address === "string") {
      parts.push(address);
      continue;
    }
    const bits = [address.addressLocality, address.addressRegion, address.addressCountry].map(str).filter(Boolean);
    if (bits.length) parts.push(bits.join(", "));
    else if (obj.name) parts.push(str(obj.name));
  }
  return [...new Set(parts)].join("; ");
}

function formatSalary(base: unknown, currency: unknown): string {
  if (base === undefined || base === null || base === "") return "";
  if (typeof base === "object" && !Array.isArray(base)) {
    const b = base as Record<string, unknown>;
    const cur = str(b.currency) || str(currency);
    const value = b.value as Record<string, unknown> | number | string | undefined;
    if (value && typeof value === "object") {
      const v = value as Record<string, unknown>;
      const amount = v.value !== undefined ? str(v.value) : [str(v.minValue), str(v.maxValue)].filter(Boolean).join("–");
      const unit = str(v.unitText).toLowerCase();
      return [cur, amount, unit ? `per ${unit}` : ""].filter(Boolean).join(" ");
    }
    return [cur, str(value)].filter(Boolean).join(" ");
  }
  return [str(currency), str(base)].filter(Boolean).join(" ");
}

const EMPLOYMENT: Record<string, string> = {
  full_time: "Full-time",
  fulltime: "Full-time",
  "full-time": "Full-time",
  part_time: "Part-time",
  parttime: "Part-time",
  "part-time": "Part-time",
  contractor: "Contract",
  contract: "Contract",
  temporary: "Temporary",
  intern: "Internship",
  internship: "Internship",
  per_diem: "Per diem",
  volunteer: "Volunteer",
  other: "",
};

export function normalizeEmploymentType(value: string): string {
  const parts = value
    .split(/\s*,\s*/)
    .map((v) => EMPLOYMENT[v.trim().toLowerCase().replace(/\s+/g, "_")] ?? EMPLOYMENT[v.trim().toLowerCase()] ?? v.trim());
  return [...new Set(parts.filter(Boolean))].join(", ");
}

function fromSchemaObject(o: Record<string, unknown>, source: PostingFields["source"]): PostingFields {
  const org = o.hiringOrganization as Record<string, unknown> | string | undefined;
  return {
    source,
    title: str(o.title ?? o.name),
    company: typeof org === "string" ? org : str(org?.name),
    location: formatPlace(o.jobLocation) || (str(o.jobLocationType).toUpperCase() === "TELECOMMUTE" ? "Remote" : ""),
    employment_type: normalizeEmploymentType(str(o.employmentType)),
    salary: formatSalary(o.baseSalary ?? o.estimatedSalary, o.salaryCurrency),
    description: str(o.description),
    responsibilities: listOf(o.responsibilities),
    qualifications: listOf(o.qualifications),
    requirements: [...listOf(o.educationRequirements), ...listOf(o.experienceRequirements), ...listOf(o.skills)],
    benefits: [...listOf(o.jobBenefits), ...listOf(o.incentiveCompensation)],
    skills: listOf(o.skills),
    seniority: str(o.experienceLevel ?? ""),
  };
}

function isJobPosting(o: unknown): o is Record<string, unknown> {
  if (!o || typeof o !== "object") return false;
  const t = (o as Record<string, unknown>)["@type"];
  return asArray(t as string | string[]).some((x) => typeof x === "string" && /JobPosting$/i.test(x));
}

function findPosting(node: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 6 || !node || typeof node !== "object") return null;
  if (isJobPosting(node)) return node;
  if (Array.isArray(node)) {
    for (const item of node) {
      const hit = findPosting(item, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  const o = node as Record<string, unknown>;
  for (const key of ["@graph", "mainEntity", "itemListElement", "item"]) {
    const hit = findPosting(o[key], depth + 1);
    if (hit) return hit;
  }
  return null;
}

export function jsonLdPosting($: cheerio.CheerioAPI): PostingFields | null {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    const raw = $(el).text().trim();
    if (!raw) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      try {
        data = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, " "));
      } catch {
        continue;
      }
    }
    const posting = findPosting(data);
    if (posting) return fromSchemaObject(posting, "json-ld");
  }
  return null;
}

// Microdata: properties of an itemscope are the [itemprop] descendants whose nearest itemscope ancestor is it.
function microdataObject($: cheerio.CheerioAPI, scope: Element): Record<string, unknown> {
  const props: Record<string, unknown[]> = {};
  const visit = (el: Element) => {
    for (const child of el.children ?? []) {
      if (child.type !== "tag") continue;
      const c = child as Element;
      const names = ($(c).attr("itemprop") ?? "").split(/\s+/).filter(Boolean);
      const isScope = $(c).is("[itemscope]");
      if (names.length) {
        let value: unknown;
        if (isScope) value = microdataObject($, c);
        else if (c.name === "meta") value = $(c).attr("content") ?? "";
        else if (c.name === "a" || c.name === "link") value = $(c).attr("href") ?? $(c).text();
        else if (c.name === "time") value = $(c).attr("datetime") ?? $(c).text();
        else value = elementText($, c);
        for (const n of names) (props[n] ??= []).push(value);
      }
      if (!isScope) visit(c);
    }
  };
  visit(scope);
  const out: Record<string, unknown> = { "@type": $(scope).attr("itemtype") ?? "" };
  for (const [k, v] of Object.entries(props)) out[k] = v.length === 1 ? v[0] : v;
  return out;
}

export function microdataPosting($: cheerio.CheerioAPI): PostingFields | null {
  const scope = $('[itemscope][itemtype*="JobPosting"]').first();
  if (!scope.length) return null;
  const obj = microdataObject($, scope.get(0) as Element);
  // A description that wraps the hiring organisation: keep the whole visible text.
  const desc = scope.find('[itemprop~="description"]').first();
  if (desc.length) obj.description = elementText($, desc.get(0) as Element);
  return fromSchemaObject(obj, "microdata");
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
