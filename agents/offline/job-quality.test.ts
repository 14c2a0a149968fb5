import { describe, expect, it } from "vitest";
import { parseJobOffline } from "./job";
import { parseHeadline, placeFromHeadline } from "./job-headline";
import { detectCompany, detectLocation } from "./job-place";

// Pasted postings whose first line is "<Title> at <Company> (<City>[, <work mode>])": the offline analyser splits
// the line into title, company and location instead of leaving company and location empty.

const EXAMPLE_ANALYTICS_POSTING = `Senior Backend Engineer at Example Analytics (Berlin, hybrid)

We are looking for a Senior Backend Engineer to build our data platform. You will design Python services and work with PostgreSQL and Kafka.

Requirements
- 5+ years of Python experience
- Strong PostgreSQL and SQL skills
- Experience with Docker and Kubernetes

Nice to have
- Experience with Kafka
`;

describe("a pasted posting headed '<Title> at <Company> (<City>, <mode>)'", () => {
  it("gives the title, the company and the location with its work mode", () => {
    const job = parseJobOffline({ text: EXAMPLE_ANALYTICS_POSTING });
    expect(job.job_title).toBe("Senior Backend Engineer");
    expect(job.company).toBe("Example Analytics");
    expect(job.location).toBe("Berlin (hybrid)");
    expect(job.seniority).toBe("Senior");
  });

  it("the walkthrough's text: a headline closed with a full stop", () => {
    const text = `Senior Backend Engineer at Example Analytics (Berlin, hybrid).
We are looking for a Senior Backend Engineer to build high-throughput Python services with FastAPI.
Requirements: 4+ years of Python; PostgreSQL query optimisation; Redis caching; Docker and Kubernetes;
event-driven messaging with Kafka; CI/CD with GitHub Actions. You own reliability, including on-call.`;
    const job = parseJobOffline({ text });
    expect([job.job_title, job.company, job.location]).toEqual(["Senior Backend Engineer", "Example Analytics", "Berlin (hybrid)"]);
    expect(job.hard_skills).not.toContain("Analytics");
  });

  it("a one-line paste: the headline is its first sentence", () => {
    const job = parseJobOffline({ text: "Staff Data Engineer at Example Analytics. Requirements: Spark, Airflow, SQL." });
    expect([job.job_title, job.company, job.location]).toEqual(["Staff Data Engineer", "Example Analytics", ""]);
    expect(job.hard_skills).toEqual(expect.arrayContaining(["Apache Spark", "Apache Airflow", "SQL"]));
    expect(job.hard_skills).not.toContain("Analytics");
  });

  it("a title line with only a place fills the location, not the company", () => {
    const job = parseJobOffline({ text: EXAMPLE_ANALYTICS_POSTING.replace(" at Example Analytics (Berlin, hybrid)", " (Berlin, hybrid)") });
    expect(job.job_title).toBe("Senior Backend Engineer");
    expect(job.company).toBe("");
    expect(job.location).toBe("Berlin (hybrid)");
  });

  it("detectCompany / detectLocation read the headline too", () => {
    expect(detectCompany(EXAMPLE_ANALYTICS_POSTING)).toBe("Example Analytics");
    expect(detectLocation(EXAMPLE_ANALYTICS_POSTING)).toBe("Berlin (hybrid)");
  });

  it.each([
    ["Senior Backend Engineer at Example Analytics (Berlin, hybrid)", "Senior Backend Engineer", "Example Analytics", "Berlin (hybrid)"],
    ["Data Analyst @ Globex – London, UK", "Data Analyst", "Globex", "London, UK"],
    ["Platform Engineer at Initech in Toronto, ON", "Platform Engineer", "Initech", "Toronto, ON"],
    ["Backend Engineer at Acme, remote", "Backend Engineer", "Acme", "Remote"],
    ["Backend Engineer at Acme (Remote, US)", "Backend Engineer", "Acme", "Remote (US)"],
    ["Lead Developer at Bank of Ireland - Dublin, Ireland (hybrid)", "Lead Developer", "Bank of Ireland", "Dublin, Ireland (hybrid)"],
    ["Software Engineer at Globex (Lisbon, on-site)", "Software Engineer", "Globex", "Lisbon (on-site)"],
    ["Senior Engineer at Acme (m/f/d)", "Senior Engineer", "Acme", ""],
    ["Software Engineer at Initech", "Software Engineer", "Initech", ""],
    ["Senior Backend Engineer | Example Analytics | Berlin, Germany", "Senior Backend Engineer", "Example Analytics", "Berlin, Germany"],
    ["Java Developer - Tech Solutions - San Francisco, CA", "Java Developer", "Tech Solutions", "San Francisco, CA"],
    ["Senior Backend Engineer – Remote", "Senior Backend Engineer", "", "Remote"],
    ["Backend Engineer (Berlin, hybrid)", "Backend Engineer", "", "Berlin (hybrid)"],
  ])("%j", (line, title, company, location) => {
    expect(parseHeadline(line)).toEqual({ title, company, location });
  });

  it.each([
    "As a Platform Engineer at Stripe, you will scale payments.",
    "We are looking for an engineer at Acme",
    "Engineer at Acme (Springfield)", // an unknown town with no region: not trusted
    "Experience at scale with Kafka and Python",
    "Great Engineer at Acme. Apply now!",
    "Backend Engineer - Payments Team", // a team, not an employer, and no place to confirm the shape
    "Senior Backend Engineer – Example Analytics",
    "Data Engineer (m/f/d)",
  ])("is conservative: %j → null", (line) => {
    expect(parseHeadline(line)).toBeNull();
  });

  it("work modes and world cities in the place part", () => {
    expect(placeFromHeadline("Berlin, hybrid")).toBe("Berlin (hybrid)");
    expect(placeFromHeadline("Remote")).toBe("Remote");
    expect(placeFromHeadline("hybrid")).toBe("Hybrid");
    expect(placeFromHeadline("Amsterdam / remote")).toBe("Amsterdam (remote)");
    expect(placeFromHeadline("Kraków, Poland")).toBe("Kraków, Poland");
    expect(placeFromHeadline("Springfield, IL")).toBe("Springfield, IL");
    expect(placeFromHeadline("Springfield")).toBeNull();
    expect(placeFromHeadline("5+ years")).toBeNull();
  });

  it("world cities count after 'based in'", () => {
    expect(detectLocation("The team is based in Lisbon and ships weekly.")).toBe("Lisbon");
    expect(detectLocation("The team is based in Porto.")).toBe("Porto");
  });
});

describe("benefits apart (issue 11)", () => {
  it("lists the benefits section as benefits, never as responsibilities or skills", () => {
    const job = parseJobOffline({
      text: [
        "Accountant at Globex (London, UK)",
        "Responsibilities:",
        "- Prepare monthly reconciliations in Excel",
        "Benefits:",
        "- Private healthcare",
        "- Free snacks and beer on Fridays",
      ].join("\n"),
    });
    expect(job.benefits).toEqual(["Private healthcare", "Free snacks and beer on Fridays"]);
    expect(job.responsibilities).toEqual(["Prepare monthly reconciliations in Excel"]);
    expect(job.hard_skills).not.toContain("Healthcare");
    expect(job.domains ?? []).not.toContain("Healthcare");
  });
});
