import { canonicalSkill } from "../text/skills";

// Company and location of a job posting from plain text (pasted text, a PDF's text, a page's main text), for the
// offline job agent. Conservative on purpose: an empty field is better than a wrong one, so every pattern needs a
// strong cue ("Company: X", "X is hiring", "About X", "At X, we", "the team at X,", "Location: …", "based in …",
// "City, ST" with a known state or country, an explicit remote arrangement), and every candidate is checked.

// ---------------------------------------------------------------------------------------------------------------
// Company

// Capitalised words on one line ("Acme", "Tech Solutions", "Bank of Ireland", "Smith & Sons").
const NAME = String.raw`[A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z][\w&.'’-]*|&|of|and|de|du|la|von|van))*`;

/** Words that start sentences or headings and are never a company name on their own. */
const NOT_A_NAME =
  /^(?:we|our|the|this|that|these|you|your|us|it|job|jobs|our team|the team|the role|role|position|description|if|remote|hybrid|requirements?|responsibilities|benefits|qualifications|summary|overview|company|team|candidate|candidates|applicants?|everyone|hiring|careers?|now|today|salary|location|senior|junior|lead|principal|staff|full[- ]time|part[- ]time|contract|internship)$/i;

const COMPANY_SUFFIX = /(?<!\b(?:Inc|Ltd|Co|Corp|Bros|S\.A|B\.V|LLC|GmbH|AG|plc))[.,;:]$/;

function cleanName(raw: string | undefined): string {
  if (!raw) return "";
  return raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(COMPANY_SUFFIX, "")
    .replace(/\s+(?:&|of|and|de|du|la|von|van)$/i, "")
    .trim();
}

function plausibleName(name: string, options: { skillOk: boolean }): boolean {
  if (!name || name.length > 80 || name.length < 2 || !/^[\p{L}\d]/u.test(name)) return false;
  if (NOT_A_NAME.test(name)) return false;
  if (name.split(/\s+/).length > 6) return false;
  // "About Kubernetes", "Python is a leading platform": a technology, not an employer (unless the text labels it).
  if (!options.skillOk && canonicalSkill(name)) return false;
  return true;
}

type CompanyPattern = { re: RegExp; skillOk: boolean };

const COMPANY_PATTERNS: CompanyPattern[] = [
  // "Company: Acme Corp", "Employer: …", "Hiring company: …"
  // (the value may sit on the next line, as in forms and PDFs). "Organization:" is often a division: asked last.
  { re: /^[ \t]*(?:company(?: name)?|employer|hiring company|client)[ \t]*[:：]\s*([^\n]{2,80}?)[ \t]*$/im, skillOk: true },
  { re: /^[ \t]*(?:organi[sz]ation|hiring organi[sz]ation)[ \t]*[:：]\s*([^\n]{2,80}?)[ \t]*$/im, skillOk: true },
  // "At Acme, we …" / "At Acme Corp, our mission …"
  { re: new RegExp(String.raw`\bAt (${NAME}),\s+(?:we|our)\b`), skillOk: true },
  // "Acme is hiring …", "Acme seeks …" at the start of a sentence or line.
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s+|\n)(?:(?:Description|About)\s*:\s*)?(${NAME})\s+(?:seeks|is seeking|is looking for|is hiring|are hiring|is recruiting|are looking for|is searching for|has an opening)\b`,
    ),
    skillOk: true,
  },
  // A heading line "About Acme" (not "About us", "About the role").
  { re: new RegExp(String.raw`^\s*About (${NAME})\s*:?\s*$`, "m"), skillOk: false },
  // "Join Acme …", "About Acme …" inline.
  { re: new RegExp(String.raw`\b(?:Join|About) (?!Us\b|You\b|The\b|This\b|Our\b)(${NAME})(?=[ ,.!:]|$)`, "m"), skillOk: false },
  // "… the platform team at Acme, …", "As a Senior Engineer at Acme, you …"
  {
    re: new RegExp(
      String.raw`\b(?:[rR]ole|[tT]eam|[pP]osition|[oO]pportunity|[jJ]ob|[eE]ngineer|[dD]eveloper|[mM]anager|[dD]esigner|[aA]nalyst|[sS]cientist|[iI]ntern|[iI]nternship)\s+at\s+(${NAME})(?=\s*[,.!;]|\s+(?:you|we|is|are|where|and you)\b)`,
    ),
    skillOk: true,
  },
  // "Acme is a fast-growing company …"
  {
    re: new RegExp(
      String.raw`\b(${NAME}) is (?:a|an|the) (?:[a-z][\w-]* ){0,3}(?:company|leader|provider|startup|start-up|scale-up|platform|team|firm|agency|business|consultancy)\b`,
    ),
    skillOk: false,
  },
];

export function detectCompany(text: string): string {
  const headline = headlineOf(text);
  if (headline?.company) return headline.company;
  for (const { re, skillOk } of COMPANY_PATTERNS) {
    const m = re.exec(text);
    const name = cleanName(m?.[1]);
    if (plausibleName(name, { skillOk })) return name;
  }
  return "";
}

// ---------------------------------------------------------------------------------------------------------------
// Location

const US_STATE_CODES =
  "AK|AL|AR|AZ|CA|CO|CT|DC|DE|FL|GA|HI|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY";
/** State codes that are also common English words in capitals ("Java, OR Python"): accepted only on a short line. */
const AMBIGUOUS_CODES = new Set(["OR", "IN", "ME", "HI", "OK", "ID", "OH", "DE", "AL", "LA", "CO", "MA", "PA", "ON"]);
const CA_PROVINCE_CODES = "AB|BC|MB|NB|NL|NS|ON|PE|QC|SK";
const REGION_NAMES = [
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas",
  "Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire",
  "New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina",
  "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta",
  "England|Scotland|Wales|Northern Ireland|Bavaria|Catalonia",
].join("|");
const COUNTRIES = [
  "USA|U\\.S\\.A?\\.?|US|United States(?: of America)?|UK|U\\.K\\.|United Kingdom|Great Britain|Canada|Mexico|Brazil|Argentina|Chile|Colombia",
  "Ireland|France|Germany|Spain|Portugal|Italy|Netherlands|The Netherlands|Belgium|Luxembourg|Switzerland|Austria|Denmark|Sweden|Norway",
  "Finland|Iceland|Poland|Czechia|Czech Republic|Slovakia|Hungary|Romania|Bulgaria|Greece|Croatia|Serbia|Slovenia|Estonia|Latvia|Lithuania",
  "Ukraine|Turkey|Israel|Egypt|Morocco|Nigeria|Kenya|South Africa|UAE|United Arab Emirates|Saudi Arabia|Qatar|India|Pakistan|Bangladesh",
  "Sri Lanka|Singapore|Malaysia|Indonesia|Philippines|Vietnam|Thailand|China|Hong Kong|Taiwan|Japan|South Korea|Korea|Australia|New Zealand",
  "EU|EMEA|APAC|LATAM|Europe",
].join("|");

const CITY = String.raw`[A-Z][\p{Ll}'’.-]+(?:[ -](?:[A-Z][\p{Ll}'’.-]+|de|del|la|am|upon|on|sur))*`; // one line, no digits
const PLACE_TAIL = String.raw`(?:${US_STATE_CODES}|${CA_PROVINCE_CODES}|${REGION_NAMES}|${COUNTRIES})`;
/** "Austin, TX", "Toronto, ON, Canada", "Berlin, Germany", "London, UK". */
const CITY_REGION = new RegExp(
  String.raw`(?<![\p{L}])(${CITY}),[ \t]*(${PLACE_TAIL})(?:,[ \t]*(?:${COUNTRIES}))?(?![\p{L}])(?:\s*\d{5}(?:-\d{4})?)?`,
  "u",
);
const CITY_REGION_ALL = new RegExp(CITY_REGION.source, "gu");

/** Cities well known enough to stand alone after "based in", "office in" … (others need a region or country). */
const KNOWN_CITIES = new RegExp(
  String.raw`^(?:${[
    // North America
    "New York(?: City)?|NYC|San Francisco|Los Angeles|Seattle|Boston|Chicago|Austin|Denver|Atlanta|Miami|Washington,? D\\.?C\\.?|Philadelphia",
    "San Diego|San Jose|Portland|Dallas|Houston|Pittsburgh|Raleigh|Minneapolis|Detroit|Salt Lake City|Nashville|Toronto|Vancouver|Montreal",
    "Ottawa|Calgary|Mexico City|Guadalajara",
    // Europe
    "London|Manchester|Edinburgh|Glasgow|Bristol|Birmingham|Leeds|Cambridge|Oxford|Belfast|Dublin|Cork|Galway|Paris|Lyon|Marseille",
    "Toulouse|Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Köln|Stuttgart|Düsseldorf|Dusseldorf|Leipzig|Dresden|Amsterdam|Rotterdam",
    "Utrecht|Eindhoven|The Hague|Brussels|Antwerp|Ghent|Luxembourg|Zurich|Zürich|Geneva|Basel|Lausanne|Bern|Vienna|Wien|Madrid",
    "Barcelona|Valencia|Seville|Malaga|Málaga|Bilbao|Lisbon|Porto|Milan|Rome|Turin|Bologna|Florence|Copenhagen|Aarhus|Stockholm",
    "Gothenburg|Malmö|Malmo|Oslo|Helsinki|Tallinn|Riga|Vilnius|Reykjavik|Warsaw|Krakow|Kraków|Wroclaw|Wrocław|Gdansk|Gdańsk|Prague|Brno",
    "Bratislava|Budapest|Bucharest|Cluj-Napoca|Sofia|Belgrade|Zagreb|Ljubljana|Athens|Kyiv|Kiev|Lviv|Istanbul",
    // Middle East and Africa
    "Tel Aviv|Jerusalem|Dubai|Abu Dhabi|Riyadh|Doha|Cairo|Casablanca|Tunis|Lagos|Accra|Nairobi|Kigali|Cape Town|Johannesburg",
    // Asia and Oceania
    "Bangalore|Bengaluru|Mumbai|Delhi|New Delhi|Noida|Gurgaon|Gurugram|Hyderabad|Pune|Chennai|Kolkata|Ahmedabad|Karachi|Lahore|Dhaka",
    "Colombo|Singapore|Kuala Lumpur|Jakarta|Manila|Bangkok|Ho Chi Minh City|Hanoi|Hong Kong|Taipei|Tokyo|Osaka|Seoul|Shanghai|Beijing",
    "Shenzhen|Sydney|Melbourne|Brisbane|Perth|Auckland|Wellington",
    // South America
    "Sao Paulo|São Paulo|Rio de Janeiro|Buenos Aires|Santiago|Bogotá|Bogota|Medellín|Medellin|Lima|Montevideo",
  ].join("|")})$`,
);

const REMOTE_EXPLICIT =
  /\b(?:fully remote|100% remote|remote[- ]first|work from anywhere|remote(?:[- ]friendly)? (?:position|role|job|opportunity)|(?:this|the) (?:role|position|job) is (?:fully )?remote|remote within [A-Z][\p{L} ]+|\(remote\))/iu;
const REMOTE_NEGATED =
  /\b(?:not|no|non[- ]?)\s*(?:a\s+)?(?:fully\s+)?remote\b|\bremote (?:work )?is not\b|\bremote work (?:is )?not (?:possible|available|an option)\b/i;

function placeFromLabel(value: string): string {
  return value.trim().replace(/[.;]$/, "").replace(/\s+/g, " ").slice(0, 120);
}

function cityOk(city: string): boolean {
  // "React, CA" or "Experience, IN" are not places.
  const first = city.split(/[ -]/)[0];
  return !canonicalSkill(city) && !canonicalSkill(first) && !NOT_A_NAME.test(city) && city.split(/\s+/).length <= 4;
}

export function detectLocation(text: string): string {
  // 0. A headline: "Senior Backend Engineer at Example Analytics (Berlin, hybrid)".
  const headline = headlineOf(text);
  if (headline?.location) return headline.location;
  // 1. A labelled line: "Location: Austin, TX (hybrid)".
  const line =
    /^\s*(?:location|locations|job location|work location|office location|place of work|based in|office|where)\s*(?::|：|\s[-–]\s)\s*([^\n]{2,120})$/im.exec(
      text,
    ) ?? /\b(?:location|work location|job location)\s*:[ \t]*([^\n)\]|;]{2,80})/i.exec(text);
  if (line && !/^(?:tbd|n\/a|-+)$/i.test(line[1].trim())) return placeFromLabel(line[1]);

  const remote = !REMOTE_NEGATED.test(text);
  // 2. An explicit remote arrangement.
  if (remote && REMOTE_EXPLICIT.test(text)) {
    const within = /\bremote (?:within|in|from) (?:the )?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\b/u.exec(text);
    if (within && new RegExp(String.raw`^(?:${COUNTRIES}|${REGION_NAMES})$`).test(within[1])) return `Remote (${within[1]})`;
    return "Remote";
  }

  // 3. "based in Berlin", "office in Austin, TX", "join our team in London".
  const phrase = new RegExp(
    String.raw`\b(?:located in|based in|based out of|office in|offices in|headquartered in|join (?:us|our team|the team) in|position (?:is )?(?:based )?in|role (?:is )?(?:based )?in|from our (?=${CITY} office))\s+(${CITY}(?:,[ \t]*${PLACE_TAIL}(?:,[ \t]*(?:${COUNTRIES}))?)?)`,
    "u",
  ).exec(text);
  if (phrase) {
    const place = phrase[1].trim().replace(/[.'’-]+$/, "");
    const city = place.split(",")[0].trim();
    if (cityOk(city) && (place.includes(",") || KNOWN_CITIES.test(city))) return place;
  }

  // 4. "City, ST" / "City, Country" anywhere: an unambiguous state code, a region or a country; on a short line any code.
  for (const m of text.matchAll(CITY_REGION_ALL)) {
    const [whole, rawCity, tail] = m;
    const city = rawCity.replace(/[.'’-]+$/, "");
    if (!cityOk(city)) continue;
    const lineText = lineAround(text, m.index ?? 0);
    if (AMBIGUOUS_CODES.has(tail) && lineText.length > 60) continue;
    return whole.trim().replace(/\s+/g, " ");
  }

  // 5. "remote" in a work-arrangement phrase.
  if (
    remote &&
    /\b(?:remote(?:[- ]friendly| work| working| option| possible| ok)|(?:work|working|team) (?:fully |100% )?remotely|hybrid or remote|remote or hybrid|on-?site or remote)\b/i.test(
      text,
    )
  )
    return "Remote";
  return "";
}

// ---------------------------------------------------------------------------------------------------------------
// A headline: "<Title> at <Company> (<City>[, <work mode>])"

/** Words a job title contains ("Senior Backend Engineer", "Product Manager"). */
const TITLE_ROLE =
  /\b(?:engineer|developer|manager|analyst|designer|scientist|architect|consultant|specialist|administrator|lead|director|intern|programmer|tester|officer|coordinator|recruiter|writer|researcher|technician|representative|strategist|owner|associate|head|vp|sre|devops)\b/i;
/** First words of a sentence, never of a title ("As a Platform Engineer at Stripe, you …"). */
const NOT_A_TITLE_START = /^(?:as|we|we're|our|you|your|join|come|are|is|be|if|this|the|a|an|looking|hiring|help|work|about)\b/i;
const WORK_MODES: [RegExp, string][] = [
  [/^(?:fully |100% )?remote(?:[- ]first|[- ]friendly)?$|^work from home$|^wfh$/i, "remote"],
  [/^hybrid(?: working| work)?$/i, "hybrid"],
  [/^(?:on[- ]?site|onsite|in[- ]office|office[- ]based|in person)$/i, "on-site"],
];
/** "(m/f/d)", "(5+ years)", "(all genders)": asides a title carries that are neither place nor company. */
const TITLE_ASIDE =
  /^(?:[mfwdx]\/[mfwdx](?:\/[mfwdx])?|all genders|\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)\b.*|full[- ]time|part[- ]time|contract|freelance|permanent)$/i;
const PLACE_NAME = new RegExp(String.raw`^(?:${US_STATE_CODES}|${CA_PROVINCE_CODES}|${REGION_NAMES}|${COUNTRIES})$`);

function workMode(part: string): string | null {
  for (const [re, mode] of WORK_MODES) if (re.test(part.trim())) return mode;
  return null;
}

/**
 * "Berlin, hybrid" → "Berlin (hybrid)", "Remote" → "Remote", "Austin, TX" → "Austin, TX", "London, UK / Remote" →
 * "London, UK (remote)"; null unless every part is a known city, a region or country, or a work mode (and one of
 * them is a known place or a work mode).
 */
export function placeFromHeadline(raw: string): string | null {
  const parts = raw
    .replace(/\(([^()]+)\)/g, ", $1")
    .split(/\s*(?:,|\/|·|\||;|\bor\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length || parts.length > 4) return null;
  const places: string[] = [];
  const modes: string[] = [];
  let known = false;
  for (const part of parts) {
    const mode = workMode(part);
    if (mode) {
      if (!modes.includes(mode)) modes.push(mode);
      continue;
    }
    if (KNOWN_CITIES.test(part) || PLACE_NAME.test(part)) known = true;
    else if (!(places.length === 0 && new RegExp(`^${CITY}$`, "u").test(part) && cityOk(part) && parts.length > 1)) return null;
    places.push(part);
  }
  if (!places.length) return modes.map((m) => (m === "on-site" ? "On-site" : m[0].toUpperCase() + m.slice(1))).join(" or ") || null;
  // "Springfield" alone could be anything; "Springfield, IL" has a region after it.
  const anchored = KNOWN_CITIES.test(places[0]) || PLACE_NAME.test(places[0]) || places.slice(1).some((p) => PLACE_NAME.test(p));
  if (!known || !anchored) return null;
  // "Remote, US" is remote work within a country, as detectLocation writes it: "Remote (US)".
  if (modes.length === 1 && modes[0] === "remote" && places.every((p) => PLACE_NAME.test(p))) return `Remote (${places.join(", ")})`;
  return `${places.join(", ")}${modes.length ? ` (${modes.join(" or ")})` : ""}`;
}

export type Headline = { title: string; company: string; location: string };

/**
 * A posting's first line when it names the role and the employer, as job boards and people pasting a job write it:
 * "Senior Backend Engineer at Example Analytics (Berlin, hybrid)", "Data Analyst @ Globex – London, UK",
 * "Platform Engineer at Initech in Toronto, ON", "Backend Engineer at Acme, remote". Null when the line is a sentence
 * or any part is doubtful (the title needs a role word, the company must look like a name, the place must be known).
 */
export function parseHeadline(line: string): Headline | null {
  // One closing full stop is fine ("… (Berlin, hybrid)."); a line ending in "!", "?" or ":" is not a headline.
  const t = line
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<!\b(?:Inc|Ltd|Co|Corp|Sr|Jr))\.$/, "");
  if (!t || t.length > 140 || /[.!?:]$/.test(t)) return null;
  return atHeadline(t) ?? separatedHeadline(t);
}

/** Words that follow "at" in a title line without being an employer ("Engineer at Scale", "at Large"). */
const NOT_A_COMPANY = /^(?:scale|large|heart|home|night|work|least|most|speed|pace|length|once|first|best|all levels?|any level)$/i;

function titleOk(title: string): boolean {
  if (NOT_A_TITLE_START.test(title) || !/^[A-Z]/.test(title) || !TITLE_ROLE.test(title) || title.split(/\s+/).length > 8) return false;
  return !/[.!?;]/.test(title.replace(/\b(?:Sr|Jr)\./g, ""));
}

function companyOk(company: string): boolean {
  return plausibleName(company, { skillOk: true }) && !NOT_A_TITLE_START.test(company) && !NOT_A_COMPANY.test(company);
}

/** "<Title> at <Company>[ (<place>) | – <place> | , <place> | in <place>]". */
function atHeadline(t: string): Headline | null {
  const m = new RegExp(String.raw`^(.{3,80}?)\s+(?:at|@)\s+(${NAME})(.*)$`, "u").exec(t);
  if (!m) return null;
  const title = m[1].trim();
  if (!titleOk(title)) return null;
  let company = cleanName(m[2]);
  let rest = m[3].trim();
  // "Example Analytics Berlin" has no separator: the name regex took the city; give it back when it is a known one.
  const words = company.split(" ");
  if (!rest && words.length > 1 && KNOWN_CITIES.test(words[words.length - 1])) {
    rest = `– ${words.pop() as string}`;
    company = words.join(" ");
  }
  if (!companyOk(company)) return null;
  let location = "";
  // The rest: nothing, "(Berlin, hybrid)", "– Berlin", ", Berlin, Germany", "in Austin, TX", "| Remote".
  const restMatch = /^(?:\((.+)\)|(?:[,–—|·-]|\bin\b|\bbased in\b)\s*(.+))$/u.exec(rest);
  if (rest && !restMatch) return null;
  if (restMatch) {
    const inner = (restMatch[1] ?? restMatch[2]).trim();
    const place = placeFromHeadline(inner);
    if (place) location = place;
    else if (!TITLE_ASIDE.test(inner)) return null;
  }
  return { title, company, location };
}

/**
 * Job-board style: "<Title> | <Company> | <place>", "<Title> – <place>", "<Title> (<place>)". The place must be
 * recognised; without it a second part could be a team or a department, so no company is taken from two parts.
 */
function separatedHeadline(t: string): Headline | null {
  const parts = t.split(/\s+[|–—·-]\s+/).map((p) => p.trim());
  if (parts.length === 3 && titleOk(parts[0])) {
    const company = cleanName(parts[1]);
    const place = placeFromHeadline(parts[2]);
    if (place && new RegExp(String.raw`^${NAME}$`, "u").test(company) && companyOk(company))
      return { title: parts[0], company, location: place };
  }
  if (parts.length === 2 && titleOk(parts[0])) {
    const place = placeFromHeadline(parts[1]);
    if (place) return { title: parts[0], company: "", location: place };
  }
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(t);
  if (paren && titleOk(paren[1])) {
    const place = placeFromHeadline(paren[2]);
    if (place) return { title: paren[1].trim(), company: "", location: place };
  }
  return null;
}

/** The headline of the text's first non-empty line, if it is one. */
export function headlineOf(text: string): Headline | null {
  const first = text.split("\n").find((l) => l.trim());
  if (!first) return null;
  // "Staff Data Engineer at Example Analytics. Requirements: …" pasted as one line: its first sentence.
  const sentence = /^(.{10,140}?(?<!\b(?:Inc|Ltd|Co|Corp|Sr|Jr|St))\.)\s+[A-Z]/.exec(first.trim());
  return parseHeadline(first) ?? (sentence ? parseHeadline(sentence[1]) : null);
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end).trim();
}

/** Exposed for tests: the "City, Region" matcher. */
export const CITY_REGION_RE = CITY_REGION;
