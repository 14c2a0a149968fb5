import type * as cheerio from "cheerio";
import type { Element } from "domhandler";
import { elementText, htmlFragmentToText } from "./job-html";

// schema.org JobPosting on a job page, from JSON-LD or microdata: the fields the job parsers need, as plain text.

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
    // regex-scan: sees an answer, CV or posting (at most 60,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts
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
