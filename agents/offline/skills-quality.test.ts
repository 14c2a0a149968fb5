import { describe, expect, it } from "vitest";
import { parseJobOffline, withoutCompanyName } from "./job";
import { findSkills } from "./skills";

// The employer's name is not a skill ("Example Analytics" → no "Analytics"), and a generic word such as "analytics"
// counts only in a skills context ("Google Analytics", "cloud, mobile and analytics", "analytics tools").

const POSTING = `Senior Backend Engineer at Example Analytics (Berlin, hybrid)

At Example Analytics, we help retailers understand their customers. Example Analytics's platform team is growing.
We are looking for a Senior Backend Engineer to build our data platform. You will design Python services and work with PostgreSQL and Kafka.

Requirements
- 5+ years of Python experience
- Strong PostgreSQL and SQL skills
- Experience with Docker and Kubernetes
`;

describe("company names are not skills", () => {
  it("the Example Analytics posting: no 'Analytics' skill, the real skills are all there", () => {
    const job = parseJobOffline({ text: POSTING });
    expect(job.company).toBe("Example Analytics");
    expect(job.hard_skills).not.toContain("Analytics");
    expect(job.hard_skills).toEqual(expect.arrayContaining(["Python", "PostgreSQL", "Apache Kafka", "SQL", "Docker", "Kubernetes"]));
  });

  it("a posting that also asks for analytics keeps it", () => {
    const job = parseJobOffline({ text: `${POSTING}- Experience with Google Analytics and dashboards\n` });
    expect(job.hard_skills).toContain("Analytics");
  });

  it("withoutCompanyName blanks the name (and its possessive) but keeps a company that is itself a skill", () => {
    expect(withoutCompanyName("Join Example Analytics's team at Example  Analytics.", "Example Analytics")).not.toMatch(/Analytics/);
    expect(withoutCompanyName("Docker is hiring. You know Docker.", "Docker")).toBe("Docker is hiring. You know Docker.");
    expect(withoutCompanyName("Acme Analytics", "")).toBe("Acme Analytics");
  });
});

describe("'analytics' needs a skills context", () => {
  it.each([
    ["Senior Backend Engineer at Example Analytics (Berlin, hybrid)", false],
    ["Example Analytics is hiring", false],
    ["Join Acme Analytics today", false],
    ["We use analytics to decide.", false],
    ["Experience with Google Analytics", true],
    ["web analytics experience", true],
    ["cloud platforms, mobile and analytics.", true],
    ["Skills: SQL, analytics, Python", true],
    ["planning sessions across engineering analytics and data", true],
    ["You will build analytics tools for marketing", true],
    ["Skills\nPython\nAnalytics\nSQL", true],
    ["Example Analytics\nWe build retail software.", false],
  ])("%j → %s", (text, expected) => {
    expect(findSkills(text).hard.includes("Analytics")).toBe(expected);
  });
});
