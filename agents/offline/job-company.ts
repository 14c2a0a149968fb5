import { cleanName, NAME, plausibleName } from "./job-names";

// The employer's name from what surrounds a posting rather than its sentences: the page's <title> ("Careers at
// Fernhill Studio"), and the domain of the posting's URL or of an e-mail address in it ("jobs@northgatelogistics.co.uk"
// names "Northgate Logistics" when the text has a name that is spelt like the domain). A domain names the employer
// only through a name the text or the page writes out, or an applicant-tracking address that carries the employer's
// slug ("boards.greenhouse.io/example-analytics"); personal mail and job boards name nobody.

/** Hosts of personal mail and job boards: their domain is never the employer's. */
const NOBODYS_DOMAIN =
  /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail|gmx|mail|yandex|zoho|linkedin|indeed|glassdoor|monster|reed|totaljobs|cv-library|ziprecruiter|seek|stepstone|welcometothejungle|otta|wellfound|angel|example)$/;
/** Applicant-tracking systems: the employer is the first path segment or the first sub-domain. */
const ATS_BY_PATH = /^(?:greenhouse|lever|workable|ashbyhq|smartrecruiters|jobvite|breezy|recruitee|pinpointhq)$/;
const ATS_BY_SUBDOMAIN = /^(?:bamboohr|recruitee|teamtailor|personio|myworkdayjobs|workday|breezy|applytojob|jobs2web)$/;
/** Parts of a host that are neither the name nor its top-level domain. */
const HOST_FILLER = /^(?:www\d?|careers?|jobs?|apply|recruiting|recruitment|talent|hr|boards|job-boards|wd\d+|eu|us|uk)$/;
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|nhs|edu|ltd|plc|sch|gv|or|ne)$/;

/** The name part of a host ("jobs.northgatelogistics.co.uk" → "northgatelogistics") and the sub-domains before it. */
function hostName(host: string): { label: string; subdomains: string[] } | null {
  const parts = host.toLowerCase().replace(/\.$/, "").split(".");
  if (parts.length < 2) return null;
  parts.pop(); // the top-level domain
  while (parts.length > 1 && SECOND_LEVEL.test(parts[parts.length - 1])) parts.pop();
  const label = parts.pop() ?? "";
  return label ? { label, subdomains: parts.filter((p) => !HOST_FILLER.test(p)) } : null;
}

const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The text's capitalised names ("Northgate Logistics", "Fernhill Studio Lda") and every run of their words: a name
 * is often glued to the capitalised word before it ("Join Acme Robotics" holds "Acme Robotics").
 */
function namesIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(new RegExp(NAME, "gu"))) {
    const words = cleanName(m[0]).split(" ").slice(0, 8);
    for (let start = 0; start < words.length; start++)
      for (let end = start + 1; end <= words.length; end++) out.add(cleanName(words.slice(start, end).join(" ")));
  }
  return [...out];
}

/** The name written out in the text (or the site's name) that the domain label spells, or "". */
function spelledName(label: string, names: string[]): string {
  const matches = names.filter((n) => key(n) === label && plausibleName(n, { skillOk: true }));
  // The longest spelling that matches ("Northgate Logistics" over nothing; "Fernhill" when that is the whole label).
  return matches.sort((a, b) => b.length - a.length)[0] ?? "";
}

function titleCaseSlug(slug: string): string {
  const words = slug.split(/[-_]+/).filter((w) => /^\p{L}[\p{L}\p{N}]*$/u.test(w));
  if (!words.length || words.length > 5) return "";
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
}

/** The employer an address names: an ATS slug, or a name in the text the domain spells; "" otherwise. */
function companyOfAddress(address: string, names: string[]): string {
  const url = /^[a-z][\w+.-]*:\/\//i.test(address) ? address : `https://${address}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "";
  }
  const host = hostName(parsed.hostname);
  if (!host || NOBODYS_DOMAIN.test(host.label)) return "";
  let label = host.label;
  if (ATS_BY_PATH.test(label)) label = parsed.pathname.split("/").filter(Boolean)[0] ?? "";
  else if (ATS_BY_SUBDOMAIN.test(label)) label = host.subdomains[0] ?? "";
  else return spelledName(key(label), names);
  if (!label) return "";
  return spelledName(key(label), names) || titleCaseSlug(label);
}

/** "Careers at Fernhill Studio", "Jobs at Acme", "Fernhill Studio Careers", "Acme | Jobs": the page's <title>. */
export function companyOfPageTitle(docTitle: string): string {
  const m =
    // regex-scan: the page title; each start is bounded by {2,60} and the one run of spaces after it
    /\b(?:careers|jobs|working|vacancies|open positions) (?:at|with) ([^|–—\-:]{2,60}?)\s*(?:$|[|–—\-:])/i.exec(docTitle) ??
    // regex-scan: the page title; one start (^), bounded by {2,60} and the one run of spaces after it
    /^([^|–—\-:]{2,60}?)\s*(?:[|–—\-:]\s*)?(?:careers|jobs|vacancies)\s*$/i.exec(docTitle);
  const name = cleanName(m?.[1]);
  return m && new RegExp(String.raw`^${NAME}$`, "u").test(name) && plausibleName(name, { skillOk: true }) ? name : "";
}

/** The employer named by the posting's URL or an e-mail address in its text, spelt as the text (or site) writes it. */
export function companyOfDomains(text: string, url: string, siteName: string): string {
  const names = [...namesIn(text), ...(siteName ? namesIn(siteName) : [])];
  // regex-scan: an address is tried only where its run starts (look-behind); sees a posting (tokens capped at 300 characters)
  const addresses = [url, ...[...text.matchAll(/(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)].map((m) => m[1])].filter(Boolean);
  for (const address of addresses) {
    const name = companyOfAddress(address, names);
    if (name) return name;
  }
  return "";
}
