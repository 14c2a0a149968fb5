import { describe, expect, it } from "vitest";
import { AppError } from "@/core/errors";
import { jobDataSchema } from "@/core/schemas/job";
import { pdfFixtureText, readFixtureJson, readFixtureText } from "@/tests/helpers/fixtures";
import { LOGIN_WALL_MESSAGE } from "../text/job-source";
import { detectEmploymentType, detectSalary, detectSeniority } from "./job-fields";
import { parseJobOffline } from "./job";

type Expected = {
  title: string;
  employmentType: string;
  baseSalary: string;
  salaryCurrency: string;
  jobLocation: { address: { addressLocality: string; addressRegion: string } };
  responsibilities: string;
  qualifications: string;
  skills: string;
  educationRequirements: string;
  experienceRequirements: string;
  jobBenefits: string;
  incentiveCompensation: string;
};

describe("offline job analyser: the schema.org JobPosting example (eg-0028)", () => {
  const expected = readFixtureJson<Expected>("jobs", "eg-0028.expected.json");
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();

  it.each(["eg-0028.premarkup.html", "eg-0028.jsonld.html", "eg-0028.microdata.html"])("%s matches the expected values", (file) => {
    const job = parseJobOffline({ html: readFixtureText("jobs", file), url: "https://example.com/jobs/28" });
    expect(jobDataSchema.safeParse(job).success).toBe(true);
    expect(job.job_title).toBe(expected.title);
    expect(job.company).toBe("ABC Company Inc.");
    expect(job.location).toContain(expected.jobLocation.address.addressLocality);
    expect(job.location).toContain(expected.jobLocation.address.addressRegion);
    expect(job.employment_type).toBe(expected.employmentType);
    expect(job.seniority).toBe("Mid");
    expect(job.salary).toContain(expected.baseSalary);
    expect(job.salary).toContain(expected.salaryCurrency);
    expect(job.url).toBe("https://example.com/jobs/28");
    expect(job.summary).toContain("seeks a full-time mid-level software engineer to develop in-house tools");
    // Lists: every expected piece of text is there (JSON-LD gives them as one string each).
    expect(squash(job.responsibilities.join(" "))).toBe(squash(expected.responsibilities));
    expect(squash(job.qualifications.join(" "))).toBe(squash(expected.qualifications));
    const requirements = squash(job.requirements.join(" "));
    for (const part of [expected.educationRequirements, expected.experienceRequirements, expected.skills])
      expect(requirements).toContain(squash(part));
    expect(job.culture.join(" ")).toContain(expected.jobBenefits);
    expect(job.culture.join(" ")).toContain(expected.incentiveCompensation);
    expect(job.hard_skills).toEqual(expect.arrayContaining(["Java", "Java EE", "Python", "Computer Science", "Web Development"]));
    expect(job.soft_skills).toEqual(expect.arrayContaining(["Teamwork", "Self-motivation"]));
    expect(job.engine).toBe("offline");
    expect(job.model).toBeNull();
  });

  it("the three markups agree with each other", () => {
    const pick = (file: string) => {
      const j = parseJobOffline({ html: readFixtureText("jobs", file) });
      return {
        title: j.job_title,
        company: j.company,
        type: j.employment_type,
        seniority: j.seniority,
        salary: j.salary,
        skills: [...j.hard_skills].sort(),
      };
    };
    const plain = pick("eg-0028.premarkup.html");
    expect(pick("eg-0028.jsonld.html")).toEqual(plain);
    expect(pick("eg-0028.microdata.html")).toEqual(plain);
  });
});

describe("offline job analyser: job-description PDFs and texts", () => {
  it.each([
    ["job_desc_front_end_engineer.pdf", "Front End Engineer", "Junior", ["JavaScript", "React", "HTML", "CSS", "Git"]],
    ["job_desc_full_stack_engineer.pdf", "Senior Full Stack Engineer", "Senior", ["JavaScript", "Python", "MySQL", "MongoDB"]],
    ["job_desc_java_developer.pdf", "Java Developer", "Mid", ["Java", "Java EE", "Hibernate", "SQL", "Test-Driven Development"]],
    ["job_desc_product_manager.pdf", "Product Manager", "Senior", ["Product Management", "MBA"]],
  ])("%s", async (file, title, seniority, skills) => {
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", file) });
    expect(job.job_title).toBe(title);
    expect(job.company).toBe("Tech Solutions");
    expect(job.location).toBe("San Francisco, CA, USA");
    expect(job.seniority).toBe(seniority);
    expect(job.summary.length).toBeGreaterThan(40);
    expect(job.responsibilities.length).toBeGreaterThanOrEqual(5);
    expect(job.requirements.length).toBeGreaterThanOrEqual(5);
    expect(job.culture).toEqual(expect.arrayContaining(["Competitive salary package.", "Flexible work hours."]));
    // Apply instructions are not culture, and benefits are not requirements.
    expect(job.requirements.join(" ")).not.toMatch(/dental|retirement/i);
    expect(job.hard_skills).toEqual(expect.arrayContaining(skills));
  });

  it.each([
    [
      "e2e_backend-eng.txt",
      "Senior Backend Engineer",
      ["Python", "FastAPI", "Django", "PostgreSQL", "Apache Kafka", "Docker", "Kubernetes", "Redis"],
    ],
    ["e2e_frontend-eng.txt", "Senior Frontend Engineer", ["React", "Next.js", "TypeScript"]],
    ["e2e_ml-eng.txt", "Machine Learning Engineer", ["Python", "PyTorch", "scikit-learn"]],
    ["e2e_product-manager.txt", "Senior Product Manager", ["Product Management", "SQL", "A/B Testing"]],
  ])("%s", (file, title, skills) => {
    const job = parseJobOffline({ text: readFixtureText("jobs", file) });
    expect(job.job_title).toBe(title);
    expect(job.requirements.length).toBeGreaterThanOrEqual(3);
    expect(job.responsibilities.length).toBeGreaterThanOrEqual(1);
    expect(job.hard_skills).toEqual(expect.arrayContaining(skills));
  });

  it("reads the JSON Resume job's text", () => {
    type SampleJob = {
      title: string;
      company: string;
      location: { city: string };
      description: string;
      responsibilities: string[];
      qualifications: string[];
    };
    const j = readFixtureJson<SampleJob>("jobs", "jsonresume-sample.job.json");
    const text = [
      `${j.title}`,
      `${j.company}, ${j.location.city}`,
      "",
      j.description,
      "",
      "Responsibilities",
      ...j.responsibilities.map((r: string) => `• ${r}`),
      "",
      "Qualifications",
      ...j.qualifications.map((q: string) => `• ${q}`),
    ].join("\n");
    const job = parseJobOffline({ text });
    expect(job.job_title).toBe("Web Developer");
    expect(job.responsibilities).toEqual(j.responsibilities);
    expect(job.qualifications).toEqual(j.qualifications);
    expect(job.hard_skills).toEqual(expect.arrayContaining(["JavaScript", "HTML", "CSS"]));
  });
});

describe("offline job analyser: a typical JSON-LD posting", () => {
  it("reads @graph, hiringOrganization, MonetaryAmount, remote work and an HTML description's sections", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", name: "Someone Else" },
        {
          "@type": "JobPosting",
          title: "Staff Platform Engineer (m/f/d)",
          hiringOrganization: { "@type": "Organization", name: "Northwind Labs" },
          employmentType: ["FULL_TIME"],
          jobLocationType: "TELECOMMUTE",
          baseSalary: {
            "@type": "MonetaryAmount",
            currency: "EUR",
            value: { "@type": "QuantitativeValue", minValue: 90000, maxValue: 120000, unitText: "YEAR" },
          },
          description:
            "<p><strong>About the role</strong></p><p>Northwind Labs builds logistics software. You will own our Kubernetes platform.</p>" +
            "<h3>What you'll do</h3><ul><li>Run EKS clusters with Terraform</li><li>Build CI/CD with GitHub Actions</li></ul>" +
            "<h3>What we're looking for</h3><ul><li>8+ years in infrastructure</li><li>Deep knowledge of AWS and Linux</li><li>Experience with Go is a plus</li></ul>" +
            "<h3>Benefits</h3><ul><li>Remote-first</li><li>30 days holiday</li></ul>",
        },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="app"></div><script>boot()</script></body></html>`;
    const job = parseJobOffline({ html });
    expect(job).toMatchObject({
      job_title: "Staff Platform Engineer",
      company: "Northwind Labs",
      location: "Remote",
      employment_type: "Full-time",
      seniority: "Staff",
      salary: "EUR 90000–120000 per year",
      summary: "Northwind Labs builds logistics software. You will own our Kubernetes platform.",
      responsibilities: ["Run EKS clusters with Terraform", "Build CI/CD with GitHub Actions"],
      requirements: ["8+ years in infrastructure", "Deep knowledge of AWS and Linux"],
      nice_to_have: ["Experience with Go is a plus"],
      culture: ["Remote-first", "30 days holiday"],
    });
    expect(job.hard_skills).toEqual(
      expect.arrayContaining(["Kubernetes", "Amazon EKS", "Terraform", "CI/CD", "GitHub Actions", "AWS", "Linux", "Go"]),
    );
  });
});

describe("offline job analyser: pages it cannot read", () => {
  const expectWall = (html: string) => {
    try {
      parseJobOffline({ html });
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("unprocessable");
      expect((error as AppError).message).toBe(LOGIN_WALL_MESSAGE);
    }
  };

  it("refuses a page that needs JavaScript", () => {
    expectWall(
      `<html><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script src="/app.js"></script></body></html>`,
    );
  });

  it("refuses a login wall", () => {
    expectWall(
      `<html><body><nav>Home Jobs</nav><main><h1>Sign in to view this job</h1><p>Please sign in to continue. New here? Join now to see who's hiring.</p><form><input name="email"></form></main></body></html>`,
    );
  });

  it("strips navigation, scripts and footers from a normal page", () => {
    const body = "We are hiring a Senior Site Reliability Engineer to run our Kubernetes platform. ".repeat(3);
    const html = `<html><body><nav>Home · Careers · Login</nav><main><h1>Senior SRE</h1><p>${body}</p><h2>Requirements</h2><ul><li>5+ years with Terraform and AWS</li><li>Strong Linux skills</li></ul><h2>Nice to have</h2><ul><li>Go experience</li></ul></main><script>var tracking = "Python";</script><footer>© Example · Privacy</footer></body></html>`;
    const job = parseJobOffline({ html });
    expect(job.description).not.toMatch(/Privacy|tracking|Careers/);
    expect(job.requirements).toEqual(["5+ years with Terraform and AWS", "Strong Linux skills"]);
    expect(job.nice_to_have).toEqual(["Go experience"]);
    expect(job.hard_skills).toEqual(expect.arrayContaining(["Kubernetes", "Terraform", "AWS", "Linux", "Go"]));
    expect(job.hard_skills).not.toContain("Python");
    expect(job.seniority).toBe("Senior");
  });
});

describe("offline job analyser: patterns", () => {
  it("seniority", () => {
    expect(detectSeniority("Staff Software Engineer", "")).toBe("Staff");
    expect(detectSeniority("Software Engineering Intern", "")).toBe("Intern");
    expect(detectSeniority("Principal Architect", "")).toBe("Principal");
    expect(detectSeniority("Lead Developer", "")).toBe("Lead");
    expect(detectSeniority("Jr. Developer", "")).toBe("Junior");
    expect(detectSeniority("Developer", "We need a mid-level developer.")).toBe("Mid");
    expect(detectSeniority("Developer", "At least 7 years of experience with Java.")).toBe("Senior");
    expect(detectSeniority("Developer", "Nothing about levels here.")).toBe("");
  });

  it("employment type", () => {
    expect(detectEmploymentType("Designer", "This is a part-time role.")).toBe("Part-time");
    expect(detectEmploymentType("Designer (Contract)", "")).toBe("Contract");
    expect(detectEmploymentType("Summer Internship", "")).toBe("Internship");
    expect(detectEmploymentType("Engineer", "Job type: Full-time")).toBe("Full-time");
  });

  it("salary", () => {
    expect(detectSalary("Salary: €60,000 – €75,000 per year")).toBe("€60,000 – €75,000 per year");
    expect(detectSalary("The range is $120k - $150k a year plus equity.")).toBe("$120k - $150k a year");
    expect(detectSalary("No pay mentioned")).toBe("");
  });
});
