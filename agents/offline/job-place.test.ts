import { describe, expect, it } from "vitest";
import { pdfFixtureText, readFixtureText } from "@/tests/helpers/fixtures";
import { parseJobOffline } from "./job";
import { detectCompany, detectLocation } from "./job-place";

// Company and location from plain text: conservative (an empty field is better than a wrong one).

describe("offline job analyser: company and location on the fixtures", () => {
  // Read by hand: the four e2e texts name neither an employer nor a place (no "Company:", "About X", "X is hiring",
  // city, country or remote arrangement), so both fields must stay empty rather than pick up "Kafka" or "AWS".
  it.each(["e2e_backend-eng.txt", "e2e_frontend-eng.txt", "e2e_ml-eng.txt", "e2e_product-manager.txt"])(
    "%s: no company or location is invented",
    (file) => {
      const job = parseJobOffline({ text: readFixtureText("jobs", file) });
      expect(job.company).toBe("");
      expect(job.location).toBe("");
    },
  );

  // Read by hand: each PDF's second line is "Tech Solutions, San Francisco, CA, USA" and its "About Us" starts
  // "At Tech Solutions, we …".
  it.each([
    "job_desc_front_end_engineer.pdf",
    "job_desc_full_stack_engineer.pdf",
    "job_desc_java_developer.pdf",
    "job_desc_product_manager.pdf",
  ])("%s: Tech Solutions, San Francisco, CA, USA (also without the header line)", async (file) => {
    const text = await pdfFixtureText("jobs", file);
    const job = parseJobOffline({ text });
    expect(job.company).toBe("Tech Solutions");
    expect(job.location).toBe("San Francisco, CA, USA");
    // Without the header line the body's own cues still give the company ("At Tech Solutions, we") and the city.
    const lines = text.split("\n");
    const body = lines.slice(lines.findIndex((l) => l.includes("San Francisco, CA, USA")) + 1).join("\n");
    expect(detectCompany(body)).toBe("Tech Solutions");
    const location = detectLocation(body);
    expect(["", "San Francisco"]).toContain(location);
  });

  it("the e2e backend text with a pasted header gets both fields", () => {
    const text = `Company: Northwind Analytics\nLocation: Austin, TX (hybrid)\n\n${readFixtureText("jobs", "e2e_backend-eng.txt")}`;
    const job = parseJobOffline({ text });
    expect(job.company).toBe("Northwind Analytics");
    expect(job.location).toBe("Austin, TX (hybrid)");
    expect(job.job_title).toBe("Senior Backend Engineer");
  });
});

describe("detectCompany / detectLocation patterns", () => {
  it.each([
    ["Company: Initech\nLocation: Austin, TX (Hybrid)\nWe need a developer.", "Initech", "Austin, TX (Hybrid)"],
    ["Employer:\nBank of Ireland\nWhere: Dublin, Ireland\n", "Bank of Ireland", "Dublin, Ireland"],
    ["Acme Corp is hiring a Senior Backend Engineer in Berlin, Germany.", "Acme Corp", "Berlin, Germany"],
    ["About Globex\nGlobex builds energy software.\nRequirements: Go", "Globex", ""],
    ["As a Platform Engineer at Stripe, you will scale payments. Our office in Dublin, Ireland is lovely.", "Stripe", "Dublin, Ireland"],
    ["Join the data team at Contoso, where you will own pipelines.", "Contoso", ""],
    ["Wayne Enterprises seeks a Data Analyst.\nGotham City, NJ", "Wayne Enterprises", "Gotham City, NJ"],
    ["Initrode is a fast-growing startup based in Toronto, ON.", "Initrode", "Toronto, ON"],
    ["At Tech Solutions, we build things. You will be based in London.", "Tech Solutions", "London"],
    ["Location - New York, NY 10001\nGreat team.", "", "New York, NY 10001"],
    ["Senior Engineer\nWe're a fully remote team building tools.", "", "Remote"],
    ["This role is remote within Canada.", "", "Remote (Canada)"],
    ["Hybrid or remote. Team of 8.", "", "Remote"],
  ])("%j → %j / %j", (text, company, location) => {
    expect(detectCompany(text)).toBe(company);
    expect(detectLocation(text)).toBe(location);
  });

  it.each([
    "Experience with Java, OR Python is required. At least 3 years.",
    "Kafka is a distributed platform we use heavily. About Kubernetes: you know it.",
    "Skills: React, TypeScript, Node.js, CSS",
    "The role requires remote debugging of embedded devices.",
    "We are hiring. About the role: build APIs. About You: kind.",
    "You will work with Python, Django and AWS at scale, from design to deployment.",
  ])("stays empty without a strong cue: %j", (text) => {
    expect(detectCompany(text)).toBe("");
    expect(detectLocation(text)).toBe("");
  });

  it("does not report Remote when remote work is ruled out", () => {
    expect(detectLocation("Remote work is not possible for this role. You will be based in London.")).toBe("London");
    expect(detectLocation("This is not a remote position.")).toBe("");
  });
});
