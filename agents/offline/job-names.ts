import { canonicalSkill } from "../text/skills";

// The vocabulary the offline job agent reads employers and places with: what a name looks like (and what is never
// one), US states, Canadian provinces, regions, countries and well-known cities, and when "City, ST" is a place.

// Capitalised words on one line ("Acme", "Tech Solutions", "Bank of Ireland", "Smith & Sons").
export const NAME = String.raw`[A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z][\w&.'’-]*|&|of|and|de|du|la|von|van))*`;

/** Words that start sentences or headings and are never a company name on their own. */
export const NOT_A_NAME =
  /^(?:we|our|the|this|that|these|you|your|us|it|job|jobs|our team|the team|the role|role|position|description|if|remote|hybrid|requirements?|responsibilities|benefits|qualifications|summary|overview|company|team|candidate|candidates|applicants?|everyone|hiring|careers?|now|today|salary|location|senior|junior|lead|principal|staff|full[- ]time|part[- ]time|contract|internship)$/i;

const COMPANY_SUFFIX = /(?<!\b(?:Inc|Ltd|Co|Corp|Bros|S\.A|B\.V|LLC|GmbH|AG|plc))[.,;:]$/;

export function cleanName(raw: string | undefined): string {
  if (!raw) return "";
  return raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(COMPANY_SUFFIX, "")
    .replace(/(?<!\s)\s+(?:&|of|and|de|du|la|von|van)$/i, "")
    .trim();
}

export function plausibleName(name: string, options: { skillOk: boolean }): boolean {
  if (!name || name.length > 80 || name.length < 2 || !/^[\p{L}\d]/u.test(name)) return false;
  if (NOT_A_NAME.test(name)) return false;
  if (name.split(/\s+/).length > 6) return false;
  // "About Kubernetes", "Python is a leading platform": a technology, not an employer (unless the text labels it).
  if (!options.skillOk && canonicalSkill(name)) return false;
  return true;
}

export const US_STATE_CODES =
  "AK|AL|AR|AZ|CA|CO|CT|DC|DE|FL|GA|HI|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY";
/** State codes that are also common English words in capitals ("Java, OR Python"): accepted only on a short line. */
export const AMBIGUOUS_CODES = new Set(["OR", "IN", "ME", "HI", "OK", "ID", "OH", "DE", "AL", "LA", "CO", "MA", "PA", "ON"]);
export const CA_PROVINCE_CODES = "AB|BC|MB|NB|NL|NS|ON|PE|QC|SK";
export const REGION_NAMES = [
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas",
  "Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire",
  "New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina",
  "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta",
  "England|Scotland|Wales|Northern Ireland|Bavaria|Catalonia",
].join("|");
export const COUNTRIES = [
  "USA|U\\.S\\.A?\\.?|US|United States(?: of America)?|UK|U\\.K\\.|United Kingdom|Great Britain|Canada|Mexico|Brazil|Argentina|Chile|Colombia",
  "Ireland|France|Germany|Spain|Portugal|Italy|Netherlands|The Netherlands|Belgium|Luxembourg|Switzerland|Austria|Denmark|Sweden|Norway",
  "Finland|Iceland|Poland|Czechia|Czech Republic|Slovakia|Hungary|Romania|Bulgaria|Greece|Croatia|Serbia|Slovenia|Estonia|Latvia|Lithuania",
  "Ukraine|Turkey|Israel|Egypt|Morocco|Nigeria|Kenya|South Africa|UAE|United Arab Emirates|Saudi Arabia|Qatar|India|Pakistan|Bangladesh",
  "Sri Lanka|Singapore|Malaysia|Indonesia|Philippines|Vietnam|Thailand|China|Hong Kong|Taiwan|Japan|South Korea|Korea|Australia|New Zealand",
  "EU|EMEA|APAC|LATAM|Europe",
].join("|");

export // One line, no digits: "San Francisco", "Frankfurt am Main", "Stratford-upon-Avon", "Winston-Salem". A hyphen is only a
// separator (never also inside a word), so each spelling parses one way: the earlier form, with "-" in both the word
// and the separator, backtracked exponentially on "As-la As-la …".
const CITY = String.raw`[A-Z][\p{Ll}'’.]+(?:-\p{Ll}[\p{Ll}'’.]*|-[A-Z][\p{Ll}'’.]+| (?:[A-Z][\p{Ll}'’.]+|de|del|la|am|upon|on|sur))*`;
export const PLACE_TAIL = String.raw`(?:${US_STATE_CODES}|${CA_PROVINCE_CODES}|${REGION_NAMES}|${COUNTRIES})`;
/** "Austin, TX", "Toronto, ON, Canada", "Berlin, Germany", "London, UK". */
// regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
const CITY_REGION = new RegExp(
  String.raw`(?<![\p{L}])(${CITY}),[ \t]*(${PLACE_TAIL})(?:,[ \t]*(?:${COUNTRIES}))?(?![\p{L}])(?:\s*\d{5}(?:-\d{4})?)?`,
  "u",
);
// regex-scan: sees CV or posting text, lines capped at 1,000 characters (agents/text/bounds.ts); timed on hostile input by tests/security/pathological-parsers.test.ts
export const CITY_REGION_ALL = new RegExp(CITY_REGION.source, "gu");

/** Cities well known enough to stand alone after "based in", "office in" … (others need a region or country). */
export const KNOWN_CITIES = new RegExp(
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

export function cityOk(city: string): boolean {
  // "React, CA" or "Experience, IN" are not places.
  const first = city.split(/[ -]/)[0];
  return !canonicalSkill(city) && !canonicalSkill(first) && !NOT_A_NAME.test(city) && city.split(/\s+/).length <= 4;
}

/** Exposed for tests: the "City, Region" matcher. */
export const CITY_REGION_RE = CITY_REGION;
