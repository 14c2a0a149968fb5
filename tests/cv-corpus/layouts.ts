import { rand, writtenDegree, type GoldDate, type GoldEducation, type GoldJob, type Person, type Rand } from "./people";

// The layouts of the CV evaluation corpus: how real CVs are laid out (a job board's export, date-first blocks,
// one-line blocks, LinkedIn's "Save to PDF", Europass, a two-column page, a DOCX with jobs in a table, a plain ATS
// layout, "skills first"). Each renders a Person into a small document model that text, PDF and DOCX renderers share.

export type Line = { text: string; style?: "name" | "heading" | "bullet" | "small" };
export type Block =
  | { kind: "line"; line: Line }
  | { kind: "blank" }
  | { kind: "columns"; left: Line[]; right: Line[] }
  | { kind: "table"; rows: string[][] };
export type Doc = Block[];

export const LAYOUTS = [
  "jobboard",
  "datefirst",
  "oneline",
  "linkedin",
  "europass",
  "twocolumn",
  "docxtable",
  "ats",
  "skillsfirst",
] as const;
export type Layout = (typeof LAYOUTS)[number];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date as this person writes it. */
export function fmt(d: GoldDate, p: Person, style = p.dateStyle): string {
  if (d === "present") return p.presentWord;
  if (d.month === null || style === 3) return String(d.year);
  const m = d.month;
  switch (style) {
    case 1:
      return `${String(m).padStart(2, "0")}/${d.year}`;
    case 2:
      return `${MONTHS[m - 1]} ${d.year}`;
    case 4:
      return `${MONTHS[m - 1].slice(0, 3)}. ${d.year}`;
    default:
      return `${MONTHS[m - 1].slice(0, 3)} ${d.year}`;
  }
}

const range = (j: GoldJob, p: Person, style?: number, dash = p.dash) => `${fmt(j.start, p, style)}${dash}${fmt(j.end, p, style)}`;
const line = (text: string, style?: Line["style"]): Block => ({ kind: "line", line: { text, style } });
const blank: Block = { kind: "blank" };
const heading = (r: Rand, options: string[]) => line(r.pick(options), "heading");

const EXPERIENCE = [
  "WORK EXPERIENCE",
  "Work History",
  "Professional Experience",
  "EMPLOYMENT HISTORY",
  "Experience",
  "Employment",
  "Career History",
  "PROFESSIONAL EXPERIENCE:",
];
const EDUCATION = [
  "EDUCATION",
  "Education",
  "Academic Qualifications",
  "EDUCATIONAL QUALIFICATION",
  "Academic Details",
  "Education & Training",
  "Qualifications",
];
const SKILLS = ["SKILLS", "Technical Skills", "Key Skills", "Core Competencies", "IT SKILLS", "Skill Set", "Skills & Tools"];
const SUMMARY = ["SUMMARY", "Professional Summary", "Profile", "CAREER OBJECTIVE", "About Me"];

function eduYears(e: GoldEducation, dash: string): string {
  return e.start ? `${e.start}${dash}${e.year}` : e.year;
}

function extras(r: Rand, p: Person): Block[] {
  const out: Block[] = [];
  if (r.chance(0.6))
    out.push(
      blank,
      line(r.pick(["ADDITIONAL INFORMATION", "Additional Information"]), "heading"),
      line("Willing to relocate: Anywhere"),
      line("Authorized to work for any employer"),
    );
  if (r.chance(0.5)) out.push(blank, line(r.pick(["LANGUAGES", "Languages", "Languages Known"]), "heading"), line(p.languages.join(", ")));
  if (r.chance(0.4))
    out.push(
      blank,
      line(r.pick(["Certifications", "CERTIFICATIONS", "Certificates"]), "heading"),
      line(`• ${r.pick(["First Aid at Work", "Advanced Communication Course", "Safety Induction"])} (${r.int(2015, 2023)})`, "bullet"),
    );
  if (r.chance(0.4))
    out.push(
      blank,
      line(r.pick(["Interests", "HOBBIES", "Interests & Hobbies"]), "heading"),
      line(r.pick(["Cricket, reading, travel", "Chess and hiking", "Photography; cooking"])),
    );
  if (r.chance(0.3))
    out.push(
      blank,
      line(r.pick(["Personal Details", "PERSONAL DETAILS"]), "heading"),
      line(`Date of Birth: ${r.int(1, 28)}/0${r.int(1, 9)}/${r.int(1985, 2000)}`),
      line("Nationality: " + r.pick(["Indian", "German", "French", "British"])),
    );
  if (r.chance(0.3))
    out.push(
      blank,
      line(r.pick(["DECLARATION", "Declaration"]), "heading"),
      line("I hereby declare that the above information is true to the best of my knowledge."),
      line(`Place: ${p.city.split(",")[0]}`),
    );
  return out;
}

function contact(r: Rand, p: Person): Block[] {
  const parts = r.shuffle([p.email, p.phone, p.city]);
  const out: Block[] = [line(p.name, "name")];
  if (r.chance(0.7)) out.push(line(p.headline));
  if (r.chance(0.5)) out.push(line(parts.join(r.pick([" | ", " · ", "  "]))));
  else for (const x of parts) out.push(line(x));
  out.push(line(p.links.join(" | ")));
  return out;
}

function skillsBlock(r: Rand, p: Person): Block[] {
  const style = r.int(0, 2);
  if (style === 0) return [line(p.skills.join(", "))];
  if (style === 1) return p.skills.map((s) => line(`• ${s}`, "bullet"));
  const half = Math.ceil(p.skills.length / 2);
  return [line(`Tools: ${p.skills.slice(0, half).join(", ")}`), line(`Other: ${p.skills.slice(half).join(", ")}`)];
}

function bullets(j: GoldJob): Block[] {
  return j.highlights.map((h) => line(`• ${h}`, "bullet"));
}

/** Job board export: title, company ("Company - City -"), dates on separate lines with blank lines between, any order. */
function jobboard(r: Rand, p: Person): Doc {
  const doc: Doc = [line(p.name, "name"), line(p.city), line(p.email), line(p.phone), blank];
  if (r.chance(0.5)) doc.push(line(r.pick(["Willing to relocate: Anywhere", "Willing to relocate to: Pune, Maharashtra"])), blank);
  doc.push(heading(r, EXPERIENCE), blank);
  for (const j of p.jobs) {
    const parts = [
      line(j.title),
      line(r.pick([`${j.company} - ${j.city} -`, `${j.company}, ${j.city}`, `${j.company} - ${j.city}`])),
      line(range(j, p, 2, " to ")),
    ];
    const order = r.pick([
      [0, 1, 2],
      [1, 0, 2],
      [0, 2, 1],
      [2, 0, 1],
    ]);
    for (const i of order) doc.push(parts[i], blank);
    doc.push(...bullets(j), blank);
  }
  doc.push(heading(r, EDUCATION), blank);
  for (const e of p.education) {
    doc.push(line(writtenDegree(e)), blank, line(`${e.institution} - ${e.city || p.city}`), blank, line(eduYears(e, " to ")), blank);
  }
  doc.push(heading(r, SKILLS), blank, ...p.skills.map((s) => line(`${s} (${r.int(1, 8)} years)`)), blank);
  doc.push(...extras(r, p));
  return doc;
}

/** Every block starts with its dates. */
function datefirst(r: Rand, p: Person): Doc {
  const doc: Doc = [...contact(r, p), blank, heading(r, SUMMARY), line(p.summary), blank, heading(r, EXPERIENCE)];
  for (const j of p.jobs) {
    doc.push(line(range(j, p, 1)), line(j.title), line(`${j.company}, ${j.city}`), ...bullets(j), blank);
  }
  doc.push(heading(r, EDUCATION));
  for (const e of p.education)
    doc.push(line(eduYears(e, p.dash)), line(writtenDegree(e)), line(`${e.institution}${e.city ? `, ${e.city}` : ""}`), blank);
  doc.push(heading(r, SKILLS), ...skillsBlock(r, p), ...extras(r, p));
  return doc;
}

/** One line per job: "Title at Company (2019–2022)", "Title | Company | dates", "Company — Title, dates". */
function oneline(r: Rand, p: Person): Doc {
  const doc: Doc = [...contact(r, p), blank, heading(r, EXPERIENCE)];
  const form = r.int(0, 2);
  for (const j of p.jobs) {
    const dates = range(j, p);
    const text =
      form === 0
        ? `${j.title} at ${j.company} (${dates})`
        : form === 1
          ? `${j.title} | ${j.company} | ${dates}`
          : `${j.company} — ${j.title}, ${dates}`;
    doc.push(line(text), ...bullets(j));
  }
  doc.push(blank, heading(r, EDUCATION));
  for (const e of p.education) doc.push(line(`${writtenDegree(e)}, ${e.institution}, ${e.year}`));
  doc.push(blank, heading(r, SKILLS), ...skillsBlock(r, p), ...extras(r, p));
  return doc;
}

function monthsBetween(j: GoldJob): string {
  const s = j.start === "present" ? null : j.start;
  const e = j.end === "present" ? { year: 2025, month: 1 } : j.end;
  if (!s) return "";
  const months = (e.year - s.year) * 12 + ((e.month ?? 1) - (s.month ?? 1)) + 1;
  const y = Math.floor(months / 12);
  const m = months % 12;
  return [y ? `${y} year${y > 1 ? "s" : ""}` : "", m ? `${m} month${m > 1 ? "s" : ""}` : ""].filter(Boolean).join(" ");
}

/** LinkedIn "Save to PDF": a sidebar (Contact, Top Skills, Languages) beside Name, headline, Summary, Experience, Education. */
function linkedin(r: Rand, p: Person): Doc {
  const left: Line[] = [
    { text: "Contact", style: "heading" },
    { text: p.email, style: "small" },
    { text: `www.${p.links[0]} (LinkedIn)`, style: "small" },
    { text: "Top Skills", style: "heading" },
    ...p.skills.slice(0, 3).map((s) => ({ text: s, style: "small" as const })),
    { text: "Languages", style: "heading" },
    ...p.languages.map((l) => ({
      text: `${l} (${r.pick(["Native or Bilingual", "Professional Working", "Limited Working"])})`,
      style: "small" as const,
    })),
  ];
  const right: Line[] = [
    { text: p.name, style: "name" },
    { text: p.headline },
    { text: p.city },
    { text: "Summary", style: "heading" },
    { text: p.summary },
  ];
  right.push({ text: "Experience", style: "heading" });
  for (const j of p.jobs) {
    const dur = monthsBetween(j);
    right.push(
      { text: j.company },
      { text: j.title },
      { text: `${fmt(j.start, p, 2)} - ${j.end === "present" ? "Present" : fmt(j.end, p, 2)}${dur ? ` (${dur})` : ""}` },
      { text: j.city },
    );
    for (const h of j.highlights) right.push({ text: h });
  }
  right.push({ text: "Education", style: "heading" });
  for (const e of p.education) {
    right.push({ text: e.institution }, { text: `${writtenDegree(e)} · (${e.start ? `${e.start} - ` : ""}${e.year})` });
  }
  const doc: Doc = [{ kind: "columns", left, right }];
  // The rest of the skills appear on LinkedIn's Skills page, which the export leaves out; a CV still lists them.
  doc.push(blank, line("Skills", "heading"), line(p.skills.join(" · ")));
  return doc;
}

/** Europass: labelled personal information, "[ 01/2019 – Current ]" date brackets, "City: … | Country: …". */
function europass(r: Rand, p: Person): Doc {
  const doc: Doc = [
    line(p.name, "name"),
    line(`Email address: ${p.email}`),
    line(`Phone number: ${p.phone}`),
    line(`Home: ${p.city}`),
    line(`LinkedIn: ${p.links[0]}`),
    blank,
  ];
  doc.push(
    line(r.pick(["ABOUT MYSELF", "About me"]), "heading"),
    line(p.summary),
    blank,
    line(r.pick(["WORK EXPERIENCE", "Work experience"]), "heading"),
  );
  for (const j of p.jobs) {
    doc.push(
      line(j.title),
      line(`${j.company} [ ${fmt(j.start, p, 1)} – ${j.end === "present" ? "Current" : fmt(j.end, p, 1)} ]`),
      line(`City: ${j.city.split(",")[0]} | Country: ${r.pick(["India", "Germany", "France", "United Kingdom"])}`),
      ...bullets(j),
      blank,
    );
  }
  doc.push(line(r.pick(["EDUCATION AND TRAINING", "Education and training"]), "heading"));
  for (const e of p.education)
    doc.push(
      line(writtenDegree(e)),
      line(`${e.institution} [ ${e.start ? `${e.start} – ` : ""}${e.year} ]`),
      line(`City: ${e.city || p.city}`),
      blank,
    );
  doc.push(
    line(r.pick(["LANGUAGE SKILLS", "Language skills"]), "heading"),
    line(`Mother tongue(s): ${p.languages[0]}`),
    blank,
    line(r.pick(["DIGITAL SKILLS", "Digital skills"]), "heading"),
    line(p.skills.join(" | ")),
  );
  return doc;
}

/** Two columns: contact, skills and education on the left, name, summary and experience on the right. */
function twocolumn(r: Rand, p: Person): Doc {
  const left: Line[] = [
    { text: "CONTACT", style: "heading" },
    { text: p.email, style: "small" },
    { text: p.phone, style: "small" },
    { text: p.city, style: "small" },
  ];
  left.push({ text: r.pick(["SKILLS", "EXPERTISE"]), style: "heading" }, ...p.skills.map((s) => ({ text: s, style: "small" as const })));
  left.push({ text: "EDUCATION", style: "heading" });
  for (const e of p.education)
    left.push(
      { text: writtenDegree(e), style: "small" },
      { text: e.institution, style: "small" },
      { text: eduYears(e, " - "), style: "small" },
    );
  const right: Line[] = [
    { text: p.name, style: "name" },
    { text: p.headline },
    { text: r.pick(["PROFILE", "SUMMARY"]), style: "heading" },
    { text: p.summary },
  ];
  right.push({ text: r.pick(["EXPERIENCE", "WORK HISTORY"]), style: "heading" });
  for (const j of p.jobs) {
    right.push({ text: j.title }, { text: `${j.company} | ${range(j, p)}` });
    for (const h of j.highlights) right.push({ text: `• ${h}`, style: "bullet" });
  }
  return [{ kind: "columns", left, right }];
}

/** Jobs in a table: Period | Position and employer | Details. */
function docxtable(r: Rand, p: Person): Doc {
  const doc: Doc = [...contact(r, p), blank, heading(r, EXPERIENCE)];
  doc.push({
    kind: "table",
    rows: [["Period", "Position", "Employer", "Location"], ...p.jobs.map((j) => [range(j, p), j.title, j.company, j.city])],
  });
  for (const j of p.jobs) doc.push(line(`${j.company}:`), ...bullets(j));
  doc.push(blank, heading(r, EDUCATION));
  doc.push({
    kind: "table",
    rows: [["Qualification", "Institution", "Year"], ...p.education.map((e) => [writtenDegree(e), e.institution, e.year])],
  });
  doc.push(blank, heading(r, SKILLS), ...skillsBlock(r, p), ...extras(r, p));
  return doc;
}

/** Plain one-column ATS layout: "Company, City" / "Title" / "dates" and bullets. */
function ats(r: Rand, p: Person): Doc {
  const doc: Doc = [...contact(r, p), blank, heading(r, SUMMARY), line(p.summary), blank, heading(r, EXPERIENCE)];
  for (const j of p.jobs) doc.push(line(`${j.company}, ${j.city}`), line(j.title), line(range(j, p)), ...bullets(j), blank);
  doc.push(heading(r, EDUCATION));
  for (const e of p.education) doc.push(line(e.institution), line(`${writtenDegree(e)}, ${e.year}`), blank);
  doc.push(heading(r, SKILLS), ...skillsBlock(r, p), ...extras(r, p));
  return doc;
}

/** Skills first, then experience "Title — Company — dates", then education. */
function skillsfirst(r: Rand, p: Person): Doc {
  const doc: Doc = [...contact(r, p), blank, heading(r, SKILLS), ...skillsBlock(r, p), blank, heading(r, EXPERIENCE)];
  for (const j of p.jobs) doc.push(line(`${j.title} — ${j.company} — ${range(j, p)}`), ...bullets(j));
  doc.push(blank, heading(r, EDUCATION));
  for (const e of p.education) doc.push(line(`${e.institution} — ${writtenDegree(e)} (${e.year})`));
  doc.push(...extras(r, p));
  return doc;
}

const RENDER: Record<Layout, (r: Rand, p: Person) => Doc> = {
  jobboard,
  datefirst,
  oneline,
  linkedin,
  europass,
  twocolumn,
  docxtable,
  ats,
  skillsfirst,
};

export function layoutDoc(layout: Layout, p: Person, seed: number): Doc {
  return RENDER[layout](rand(seed * 31 + LAYOUTS.indexOf(layout)), p);
}

/** The document as plain text (what a paste or a .txt file holds); columns one after the other, table rows with tabs. */
export function docText(doc: Doc): string {
  const out: string[] = [];
  for (const b of doc) {
    if (b.kind === "line") out.push(b.line.text);
    else if (b.kind === "blank") out.push("");
    else if (b.kind === "columns") out.push(...b.left.map((l) => l.text), "", ...b.right.map((l) => l.text));
    else for (const row of b.rows) out.push(row.join("\t"));
  }
  return out.join("\n");
}
