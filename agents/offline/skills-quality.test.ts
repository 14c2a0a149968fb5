import { describe, expect, it } from "vitest";
import { parseJobOffline, skillsOnlyInCompanyName } from "./job";
import { findSkills } from "../text/skills";

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

  it("skillsOnlyInCompanyName: the name's own words, not a longer skill or one named elsewhere", () => {
    expect([...skillsOnlyInCompanyName("Acme Cloud is hiring. You know Python.", "Acme Cloud")]).toEqual(["Cloud Computing"]);
    expect([...skillsOnlyInCompanyName("Join Acme Machine Learning Labs. You know Python.", "Acme Machine Learning Labs")]).toEqual([
      "Machine Learning",
    ]);
    // "Google Cloud Platform" is longer than the name; "Docker" the company is also Docker the skill.
    expect(skillsOnlyInCompanyName("Google is hiring. Experience with Google Cloud Platform.", "Google").size).toBe(0);
    expect(skillsOnlyInCompanyName("Docker is hiring. You know Docker.", "Docker").size).toBe(0);
    // Named elsewhere too: kept.
    expect(skillsOnlyInCompanyName("Acme Cloud builds cloud computing tools.", "Acme Cloud").size).toBe(0);
    expect(skillsOnlyInCompanyName("Acme Analytics", "").size).toBe(0);
  });

  it("a company whose name holds a skill word: the word is dropped, the posting's own skills kept", () => {
    const job = parseJobOffline({
      text: "Platform Engineer at Acme Cloud (London, UK)\n\nAt Acme Cloud, we build developer tools. You will work with Go, Terraform and Kubernetes.\n",
    });
    expect(job.company).toBe("Acme Cloud");
    expect(job.hard_skills).not.toContain("Cloud Computing");
    expect(job.hard_skills).toEqual(expect.arrayContaining(["Go", "Terraform", "Kubernetes"]));
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
