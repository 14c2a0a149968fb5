import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseJobOffline } from "@/agents/offline/job";
import { NOT_A_POSTING } from "@/agents/text/job-kind";

// Postings written the messy ways real boards and employers publish them (this folder, written for the project):
// pages with navigation, cookie banners and footers, benefits lists, "About <Company>", EEO statements, non-software
// jobs, an employer named only by its heading, its e-mail domain or the page's <title>. And three texts that are not
// postings (placeholder text, a CV, a news article), which are refused with a message that says what they look like.

const dir = path.join(process.cwd(), "tests", "job-corpus");
const read = (file: string) => {
  const body = readFileSync(path.join(dir, file), "utf8");
  return file.endsWith(".html") ? { html: body } : { text: body };
};

const POSTINGS: { file: string; title: string; company: string; location: string }[] = [
  { file: "nurse-board.html", title: "Staff Nurse (Band 5)", company: "Riverside Community Hospital", location: "Leeds" },
  { file: "warehouse.txt", title: "Warehouse Operative", company: "Northgate Logistics", location: "Manchester" },
  {
    file: "bookkeeper-about.txt",
    title: "Part-Time Bookkeeper",
    company: "Brightwater Foods",
    location: "Galway, Ireland (hybrid, 3 days in the office)",
  },
  { file: "is-hiring.txt", title: "Field Service Technician", company: "Greenleaf Energy", location: "Denver, CO" },
  { file: "dash-heading.txt", title: "Sous Chef", company: "The Olive Tree Bistro", location: "Bristol" },
  { file: "teacher-email.txt", title: "Mathematics Teacher (Secondary), maternity cover", company: "Kingsmead Academy", location: "" },
  { file: "careers-page.html", title: "Senior Product Designer", company: "Fernhill Studio", location: "Lisbon, Portugal" },
  { file: "jsonld-org.html", title: "Delivery Driver (Class C)", company: "Maple Home Furnishings", location: "Columbus, OH, US" },
];

/** Lines of benefits, equal-opportunity and application boilerplate: never duties or requirements. */
const BOILERPLATE =
  /\b(?:pension|annual leave|holiday|parking|discount|insurance|equal opportunit|regardless of|to apply|send your cv|closing date|learning budget|stipend)\b/i;

describe("postings written the ways real boards publish them", () => {
  it.each(POSTINGS)("$file: title, company and location", ({ file, title, company, location }) => {
    const job = parseJobOffline(read(file));
    expect({ title: job.job_title, company: job.company, location: job.location }).toEqual({ title, company, location });
  });

  it.each(POSTINGS)("$file: duties and requirements are found, and no benefit or boilerplate is among them", ({ file }) => {
    const job = parseJobOffline(read(file));
    expect(job.responsibilities.length + job.requirements.length + job.qualifications.length).toBeGreaterThan(2);
    for (const item of [...job.responsibilities, ...job.requirements, ...job.qualifications]) expect(item).not.toMatch(BOILERPLATE);
  });

  it("benefits lists land in benefits", () => {
    expect(parseJobOffline(read("warehouse.txt")).benefits).toEqual(
      expect.arrayContaining(["Free on-site parking", "Company pension", "Free hot drinks and fruit"]),
    );
    expect(parseJobOffline(read("nurse-board.html")).benefits).toContain("NHS Pension Scheme");
  });

  it("a cook is not the Chef configuration tool", () => {
    const job = parseJobOffline(read("dash-heading.txt"));
    expect(job.hard_skills).not.toContain("Chef");
  });

  it("a company is not taken from a board's own name or a city", () => {
    // nurse-board.html is on "CareerHub Health" (og:site_name, footer); careers-page.html has "Lisbon, Portugal" under the title.
    expect(parseJobOffline(read("nurse-board.html")).company).not.toMatch(/CareerHub/);
    expect(parseJobOffline(read("careers-page.html")).company).not.toBe("Lisbon");
  });
});

describe("texts that are not job postings get a clear 422", () => {
  it.each([
    ["not-lorem.txt", NOT_A_POSTING.placeholder],
    ["not-cv.txt", NOT_A_POSTING.cv],
    ["not-article.txt", NOT_A_POSTING.article],
  ])("%s", (file, message) => {
    expect(() => parseJobOffline(read(file))).toThrow(expect.objectContaining({ code: "unprocessable", status: 422, message }));
  });
});
