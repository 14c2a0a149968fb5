import { readFileSync } from "node:fs";
import path from "node:path";

// The people of the CV evaluation corpus and their gold fields: the JSON Resume sample (MIT, in ../shared/fixtures)
// plus people made by a seeded generator (names, employers, titles, schools, international degrees, cities, date
// habits), so the corpus is not one person in many layouts. Everything here is deterministic for a seed.

export type GoldDate = { year: number; month: number | null } | "present";
export type GoldJob = { title: string; company: string; city: string; start: GoldDate; end: GoldDate; highlights: string[] };
export type GoldEducation = { degree: string; field: string; institution: string; city: string; year: string; start: string };
export type Person = {
  id: string;
  name: string;
  headline: string;
  email: string;
  phone: string;
  city: string;
  links: string[];
  summary: string;
  jobs: GoldJob[];
  education: GoldEducation[];
  skills: string[];
  languages: string[];
  /** How this person writes dates ("Jan 2019", "01/2019", "January 2019", "2019") and the end of a current job. */
  dateStyle: number;
  presentWord: string;
  dash: string;
};

/** mulberry32: a small, well-known seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = {
  pick<T>(list: readonly T[]): T;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  shuffle<T>(list: T[]): T[];
};

export function rand(seed: number): Rand {
  const next = rng(seed);
  return {
    pick: (list) => list[Math.floor(next() * list.length)],
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    shuffle: (list) => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
      return list;
    },
  };
}

const FIRST = [
  "Aarav",
  "Priya",
  "Rahul",
  "Ananya",
  "Vikram",
  "Sneha",
  "Arjun",
  "Kavya",
  "Rohan",
  "Divya",
  "Lukas",
  "Lena",
  "Jonas",
  "Mia",
  "Camille",
  "Louis",
  "Chloé",
  "Hugo",
  "Emma",
  "Oliver",
  "Amelia",
  "Jack",
  "Sofia",
  "Mateo",
  "Fatima",
  "Omar",
  "Yuki",
  "Wei",
  "Chinedu",
  "Amara",
  "Siobhan",
  "Tomasz",
  "Ingrid",
  "Nikolai",
  "Grace",
  "Daniel",
] as const;
const LAST = [
  "Sharma",
  "Patel",
  "Iyer",
  "Reddy",
  "Nair",
  "Gupta",
  "Kulkarni",
  "Banerjee",
  "Müller",
  "Schmidt",
  "Fischer",
  "Weber",
  "Dubois",
  "Lefèvre",
  "Moreau",
  "Smith",
  "Johnson",
  "O'Brien",
  "García",
  "Rossi",
  "Haddad",
  "Khan",
  "Tanaka",
  "Chen",
  "Okafor",
  "Nowak",
  "Larsen",
  "Ivanova",
  "Thompson",
  "van der Berg",
] as const;

type Track = { titles: string[]; skills: string[]; fields: string[]; verbs: string[] };
const TRACKS: Track[] = [
  {
    titles: [
      "Software Engineer",
      "Senior Software Engineer",
      "Java Developer",
      "Full Stack Developer",
      "Backend Developer",
      "Associate Software Engineer",
      "Technical Lead",
    ],
    skills: [
      "Java",
      "Spring Boot",
      "Python",
      "ReactJS",
      "Node.js",
      "PostgreSQL",
      "MySQL",
      "Docker",
      "Kubernetes",
      "AWS",
      "Git",
      "Jenkins",
      "TypeScript",
      "REST APIs",
      "Microservices",
      "Redis",
      "Kafka",
      "JUnit",
      "Angular",
      "MongoDB",
    ],
    fields: ["Computer Science", "Information Technology", "Computer Engineering", "Electronics and Communication"],
    verbs: ["Built", "Designed", "Migrated", "Maintained", "Implemented", "Optimised"],
  },
  {
    titles: ["Data Analyst", "Business Analyst", "Data Scientist", "Senior Data Analyst", "MIS Executive"],
    skills: [
      "SQL",
      "Python",
      "Pandas",
      "Power BI",
      "Tableau",
      "MS Excel",
      "Statistics",
      "Machine Learning",
      "R",
      "Looker",
      "Snowflake",
      "scikit-learn",
    ],
    fields: ["Statistics", "Mathematics", "Economics", "Computer Applications"],
    verbs: ["Analysed", "Reported", "Modelled", "Automated", "Presented"],
  },
  {
    titles: ["Accountant", "Senior Accountant", "Accounts Executive", "Finance Associate", "Audit Assistant"],
    skills: [
      "Tally ERP 9",
      "GST Filing",
      "MS Excel",
      "SAP FICO",
      "Accounts Payable",
      "Bank Reconciliation",
      "IFRS",
      "QuickBooks",
      "Payroll Processing",
      "TDS Returns",
    ],
    fields: ["Commerce", "Accounting and Finance", "Business Administration", "Finance"],
    verbs: ["Prepared", "Reconciled", "Filed", "Audited", "Managed"],
  },
  {
    titles: ["Mechanical Engineer", "Design Engineer", "Production Engineer", "Quality Engineer", "Maintenance Engineer"],
    skills: [
      "AutoCAD",
      "SolidWorks",
      "CATIA",
      "ANSYS",
      "GD&T",
      "Six Sigma",
      "Lean Manufacturing",
      "MS Office",
      "Root Cause Analysis",
      "PLC Programming",
    ],
    fields: ["Mechanical Engineering", "Production Engineering", "Industrial Engineering", "Automobile Engineering"],
    verbs: ["Designed", "Reduced", "Supervised", "Improved", "Commissioned"],
  },
  {
    titles: ["Marketing Manager", "Digital Marketing Executive", "Sales Executive", "Account Manager", "Marketing Coordinator"],
    skills: [
      "SEO",
      "Google Analytics",
      "HubSpot",
      "Salesforce",
      "Content Marketing",
      "Google Ads",
      "Email Marketing",
      "Canva",
      "Social Media Marketing",
      "CRM",
    ],
    fields: ["Marketing", "Business Administration", "Mass Communication", "Commerce"],
    verbs: ["Launched", "Grew", "Managed", "Planned", "Negotiated"],
  },
  {
    titles: ["Registered Nurse", "Staff Nurse", "Clinical Nurse Specialist", "Nursing Officer"],
    skills: [
      "Patient Care",
      "Phlebotomy",
      "Electronic Health Records",
      "BLS Certified",
      "Wound Care",
      "Medication Administration",
      "Infection Control",
      "IV Therapy",
    ],
    fields: ["Nursing", "Health Sciences", "Public Health"],
    verbs: ["Cared for", "Administered", "Coordinated", "Trained", "Monitored"],
  },
];

const COMPANIES = [
  "Infosys Limited",
  "Tata Consultancy Services",
  "Wipro Technologies",
  "HCL Technologies",
  "Globex GmbH",
  "Initech LLC",
  "Contoso Ltd",
  "Fabrikam Inc.",
  "Northwind Traders",
  "Siemens AG",
  "Deloitte",
  "HDFC Bank",
  "Müller & Söhne KG",
  "Société Générale",
  "Larsen & Toubro",
  "Zylker Corp",
  "Acme Analytics",
  "Blue Harbor Health",
  "Apollo Hospitals",
  "Mahindra & Mahindra",
  "Capgemini",
  "Accenture",
  "Bosch",
  "Umbrella Pharma",
  "Vandelay Industries",
  "Stark Logistics",
  "Hooli",
  "Wayne Enterprises",
  "Reliance Retail",
  "Zoho",
] as const;
const CITIES = [
  "Bengaluru",
  "Pune",
  "Hyderabad",
  "Chennai",
  "Mumbai",
  "New Delhi",
  "Noida",
  "Kolkata",
  "Berlin",
  "Munich",
  "Hamburg",
  "Paris",
  "Lyon",
  "London",
  "Manchester",
  "Dublin",
  "New York, NY",
  "Austin, TX",
  "Toronto, ON",
  "Dubai",
  "Singapore",
  "Amsterdam",
  "Warsaw",
] as const;

type DegreeForm = { degree: string; written: (field: string) => string; level: "school" | "bachelor" | "master" | "doctor" | "diploma" };
const DEGREES: DegreeForm[] = [
  { degree: "B.E.", written: (f) => `B.E. in ${f}`, level: "bachelor" },
  { degree: "B.Tech", written: (f) => `B.Tech (${f})`, level: "bachelor" },
  { degree: "BE", written: (f) => `BE - ${f}`, level: "bachelor" },
  { degree: "B.Sc", written: (f) => `B.Sc ${f}`, level: "bachelor" },
  { degree: "BCA", written: () => "BCA", level: "bachelor" },
  { degree: "B.Com", written: () => "B.Com", level: "bachelor" },
  { degree: "BBA", written: () => "BBA", level: "bachelor" },
  { degree: "Bachelor of Science", written: (f) => `Bachelor of Science in ${f}`, level: "bachelor" },
  { degree: "Bachelor of Engineering", written: (f) => `Bachelor of Engineering, ${f}`, level: "bachelor" },
  { degree: "Licence", written: (f) => `Licence en ${f}`, level: "bachelor" },
  { degree: "M.Tech", written: (f) => `M.Tech in ${f}`, level: "master" },
  { degree: "M.E.", written: (f) => `M.E. (${f})`, level: "master" },
  { degree: "M.Sc", written: (f) => `M.Sc in ${f}`, level: "master" },
  { degree: "MCA", written: () => "MCA", level: "master" },
  { degree: "M.Com", written: () => "M.Com", level: "master" },
  { degree: "MBA", written: (f) => `MBA (${f})`, level: "master" },
  { degree: "Master of Science", written: (f) => `Master of Science in ${f}`, level: "master" },
  { degree: "Maîtrise", written: (f) => `Maîtrise de ${f}`, level: "master" },
  { degree: "PhD", written: (f) => `PhD in ${f}`, level: "doctor" },
  { degree: "Diploma", written: (f) => `Diploma in ${f}`, level: "diploma" },
];
const SCHOOL_FINALS: { degree: string; written: string; country: "in" | "uk" | "de" }[] = [
  { degree: "HSC", written: "HSC", country: "in" },
  { degree: "SSC", written: "SSC", country: "in" },
  { degree: "12th", written: "12th (CBSE)", country: "in" },
  { degree: "10th", written: "10th (ICSE)", country: "in" },
  { degree: "Class XII", written: "Class XII", country: "in" },
  { degree: "A-levels", written: "A-levels", country: "uk" },
  { degree: "Abitur", written: "Abitur", country: "de" },
];
const UNIVERSITIES = [
  ["Indian Institute of Technology Bombay", "Mumbai"],
  ["Anna University", "Chennai"],
  ["University of Pune", "Pune"],
  ["Vellore Institute of Technology", "Vellore"],
  ["Delhi University", "New Delhi"],
  ["Jawaharlal Nehru Technological University", "Hyderabad"],
  ["Technische Universität München", "Munich"],
  ["Université Paris-Saclay", "Paris"],
  ["University of Manchester", "Manchester"],
  ["Trinity College Dublin", "Dublin"],
  ["National University of Singapore", "Singapore"],
  ["Symbiosis Institute of Business Management", "Pune"],
  ["Manipal Academy of Higher Education", "Manipal"],
  ["Amity University", "Noida"],
  ["University of Toronto", "Toronto"],
  ["Birla Institute of Technology and Science", "Pilani"],
] as const;
const SCHOOLS: Record<"in" | "uk" | "de", (readonly [string, string])[]> = {
  in: [
    ["Delhi Public School", "New Delhi"],
    ["Kendriya Vidyalaya No. 2", "Pune"],
    ["St. Xavier's High School", "Mumbai"],
    ["DAV Public School", "Chennai"],
  ],
  uk: [
    ["St. Mary's Sixth Form College", "Manchester"],
    ["Kingsbridge Grammar School", "London"],
  ],
  de: [
    ["Gymnasium am Markt", "Hamburg"],
    ["Goethe-Gymnasium", "Berlin"],
  ],
};
const HEADLINE_EXTRA = ["", " | 5+ years", " with a focus on quality", ""];

function mkDate(year: number, month: number | null): GoldDate {
  return { year, month };
}

/** One generated person (seed ≥ 1). */
export function generatePerson(seed: number): Person {
  const r = rand(seed * 7919 + 17);
  const track = r.pick(TRACKS);
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const name = `${first} ${last}`;
  const city = r.pick(CITIES);
  const dateStyle = r.int(0, 4);
  const presentWord = r.pick(["Present", "Present", "Current", "now", "Till date", "Today"]);
  const dash = r.pick([" – ", " - ", " to ", " — ", "-"]);
  const skills = r.shuffle([...track.skills]).slice(0, r.int(6, Math.min(10, track.skills.length)));
  const nJobs = r.int(1, 4);
  let year = 2024;
  const jobs: GoldJob[] = [];
  const usedCompanies = new Set<string>();
  for (let i = 0; i < nJobs; i++) {
    let company = r.pick(COMPANIES);
    while (usedCompanies.has(company)) company = r.pick(COMPANIES);
    usedCompanies.add(company);
    const months = dateStyle === 3 ? null : r.int(1, 12);
    const endYear = year;
    const startYear = endYear - r.int(1, 4);
    const end: GoldDate = i === 0 && r.chance(0.7) ? "present" : mkDate(endYear, months);
    const start = mkDate(startYear, dateStyle === 3 ? null : r.int(1, 12));
    year = startYear - (r.chance(0.3) ? 1 : 0);
    const used = r.shuffle([...skills]).slice(0, 2);
    const verb = r.pick(track.verbs);
    jobs.push({
      title: r.pick(track.titles),
      company,
      city: r.pick(CITIES),
      start,
      end,
      highlights: [
        `${verb} ${r.pick(["reporting", "processes", "systems", "workflows", "projects"])} using ${used[0]} and ${used[1]}, saving ${r.int(5, 40)}% of effort`,
        `${r.pick(["Worked with", "Supported", "Partnered with"])} a team of ${r.int(3, 15)} colleagues across ${r.int(2, 5)} locations`,
      ],
    });
  }
  const field = r.pick(track.fields);
  const education: GoldEducation[] = [];
  const gradYear = year - r.int(0, 1);
  const higher = r.pick(DEGREES);
  if (higher.level === "master" || higher.level === "doctor") {
    const [uni, ucity] = r.pick(UNIVERSITIES);
    education.push({ degree: higher.degree, field, institution: uni, city: ucity, year: String(gradYear), start: String(gradYear - 2) });
    const bach = r.pick(DEGREES.filter((d) => d.level === "bachelor"));
    const [uni2, ucity2] = r.pick(UNIVERSITIES.filter(([u]) => u !== uni));
    education.push({
      degree: bach.degree,
      field,
      institution: uni2,
      city: ucity2,
      year: String(gradYear - 2),
      start: String(gradYear - 5),
    });
  } else {
    const [uni, ucity] = r.pick(UNIVERSITIES);
    education.push({ degree: higher.degree, field, institution: uni, city: ucity, year: String(gradYear), start: String(gradYear - 4) });
  }
  if (r.chance(0.6)) {
    const fin = r.pick(SCHOOL_FINALS);
    const [school, scity] = r.pick(SCHOOLS[fin.country]);
    const last = Number(education[education.length - 1].year);
    education.push({ degree: fin.degree, field: "", institution: school, city: scity, year: String(last - 4), start: "" });
  }
  const handle = `${first}${last}`.toLowerCase().replace(/[^a-z]/g, "");
  return {
    id: `gen-${seed}`,
    name,
    headline: `${jobs[0].title}${r.pick(HEADLINE_EXTRA)}`,
    email: `${handle}${r.int(1, 99)}@${r.pick(["gmail.com", "outlook.com", "mail.com", "yahoo.co.in"])}`,
    phone: r.pick([
      `+91 9${r.int(100000000, 999999999)}`,
      `+49 151 ${r.int(1000000, 9999999)}`,
      `(512) 555-${r.int(1000, 9999)}`,
      `+44 7700 ${r.int(100000, 999999)}`,
    ]),
    city,
    links: [`linkedin.com/in/${handle}`, ...(r.chance(0.5) ? [`https://github.com/${handle}`] : [])],
    summary: `${track.titles[0]} with ${2024 - year} years of experience in ${r.pick(track.fields)}. ${r.pick([
      "Known for careful work and clear reporting.",
      "Enjoys solving problems with colleagues and customers.",
      "Looking for a role with more responsibility.",
    ])}`,
    jobs,
    education,
    skills,
    languages: r.shuffle(["English", "Hindi", "German", "French", "Spanish", "Marathi", "Tamil"]).slice(0, r.int(1, 3)),
    dateStyle,
    presentWord,
    dash,
  };
}

type JsonResume = {
  basics: {
    name: string;
    label: string;
    email: string;
    phone: string;
    url: string;
    summary: string;
    location: { city: string; region: string };
  };
  work: { name: string; location: string; position: string; startDate: string; endDate?: string; highlights: string[] }[];
  education: { institution: string; area: string; studyType: string; startDate: string; endDate: string }[];
  skills: { name: string; keywords: string[] }[];
  projects: { keywords: string[] }[];
  languages: { language: string }[];
};

function isoDate(value: string | undefined): GoldDate {
  if (!value) return "present";
  const m = /^(\d{4})-(\d{2})/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(value.slice(0, 4)), month: null };
}

/** The JSON Resume sample(s) in ../shared/fixtures/resumes as people of the corpus (skills: the listed keywords). */
export function jsonResumePeople(): Person[] {
  const file = path.resolve(process.cwd(), "../shared/fixtures/resumes/jsonresume-sample.resume.json");
  const doc = JSON.parse(readFileSync(file, "utf8")) as JsonResume;
  const b = doc.basics;
  return [
    {
      id: "jsonresume-sample",
      name: b.name,
      headline: b.label,
      email: b.email,
      phone: b.phone,
      city: `${b.location.city}, ${b.location.region}`,
      links: [b.url],
      summary: b.summary,
      jobs: doc.work.map((w) => ({
        title: w.position,
        company: w.name,
        city: w.location,
        start: isoDate(w.startDate),
        end: isoDate(w.endDate),
        highlights: w.highlights,
      })),
      education: doc.education.map((e) => ({
        degree: e.studyType,
        field: e.area,
        institution: e.institution,
        city: "",
        year: e.endDate.slice(0, 4),
        start: e.startDate.slice(0, 4),
      })),
      skills: doc.skills.flatMap((s) => s.keywords),
      languages: doc.languages.map((l) => l.language),
      dateStyle: 0,
      presentWord: "Present",
      dash: " – ",
    },
  ];
}

/** How a degree is written in a CV, given its gold form and field. */
export function writtenDegree(e: GoldEducation): string {
  const school = SCHOOL_FINALS.find((s) => s.degree === e.degree);
  if (school) return school.written;
  const form = DEGREES.find((d) => d.degree === e.degree);
  if (form && e.field) return form.written(e.field);
  return e.field ? `${e.degree} in ${e.field}` : e.degree;
}
