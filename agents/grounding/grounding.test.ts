import { describe, expect, it } from "vitest";
import { emptyProfileFields, type ProfileFields } from "@/core/schemas/profile";
import { groundProse, groundTailoredResume, unsupportedClaims } from ".";
import { figuresIn } from "./numbers";
import { emptyJobData } from "@/tests/helpers/job-data";

const profile: ProfileFields = {
  ...emptyProfileFields,
  name: "Ada Example",
  headline: "Backend Engineer",
  summary: "Backend engineer with Python and PostgreSQL.",
  experience: [
    {
      title: "Backend Engineer",
      company: "Initech",
      location: null,
      start_date: "Jan 2020",
      end_date: "Present",
      duration: "",
      description: "",
      highlights: ["Cut API latency by 40% with Redis caching", "Built Python services on AWS"],
    },
    {
      title: "Developer",
      company: "Hooli Inc.",
      location: null,
      start_date: "2017",
      end_date: "2019",
      duration: "2 years",
      description: "Maintained Django apps.",
      highlights: [],
    },
  ],
  projects: [{ name: "pgwatch", description: "A PostgreSQL monitoring tool", technologies: ["Go", "PostgreSQL"] }],
  skills: { technical: ["Python", "PostgreSQL", "Redis", "AWS", "Django"], soft: ["Communication"], languages: ["English"] },
};

describe("grounding", () => {
  it("normalises numbers and keeps their units", () => {
    expect(figuresIn("Cut 40% of 1,200 requests in 2.50s for $3M").map((f) => [f.value, f.unit])).toEqual([
      ["40", "%"],
      ["1200", "request"],
      ["2.5", "s"],
      ["3m", "$"],
    ]);
  });

  it("flags numbers, skills and employers the profile lacks", () => {
    expect(unsupportedClaims("Cut API latency by 40% with Redis", { profile })).toEqual([]);
    const c = unsupportedClaims("Increased revenue by 300% at Globex using Kubernetes", { profile });
    expect(c).toEqual(
      expect.arrayContaining([
        { kind: "number", text: "300%" },
        { kind: "skill", text: "Kubernetes" },
        { kind: "employer", text: "Globex" },
      ]),
    );
  });

  it("a clause saying the candidate lacks a skill claims nothing; the other clauses of the sentence still do", () => {
    for (const gap of [
      "Your posting also asks for Kubernetes, Go and Rust, which I have not yet used in a job; I would be learning them on top of that.",
      "I haven't worked with Kubernetes yet, so that's where I'd be learning.",
      "Kubernetes would be new to me.",
    ])
      expect(unsupportedClaims(gap, { profile })).toEqual([]);
    expect(unsupportedClaims("Though I have not used Go, I ran Kubernetes clusters for Python services.", { profile })).toEqual([
      { kind: "skill", text: "Kubernetes" },
    ]);
    expect(unsupportedClaims("I used Kubernetes and I never missed a deadline.", { profile })).toEqual([
      { kind: "skill", text: "Kubernetes" },
    ]);
  });

  it("drops unsupported sentences from prose and reports them", () => {
    const warnings: string[] = [];
    const out = groundProse("I build Python services. I led 12 engineers at Initech. I know Rust well.", { profile }, "summary", warnings);
    expect(out).toBe("I build Python services.");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("12");
    expect(warnings[1]).toContain("Rust");
  });

  it("keeps the profile's employers, titles and dates and removes inventions", () => {
    const g = groundTailoredResume(
      {
        headline: "Backend Engineer | Python, PostgreSQL",
        summary: "Backend engineer using Python and PostgreSQL. Increased revenue by 300% for clients.",
        experience: [
          {
            company: "Initech",
            title: "Senior Backend Engineer",
            start_date: "2019",
            end_date: "Present",
            highlights: ["Cut API latency by 40% with Redis caching", "Increased revenue by 300%", "Ran Kubernetes clusters"],
          },
          {
            company: "Globex Corporation",
            title: "Staff Engineer",
            start_date: "2015",
            end_date: "2017",
            highlights: ["Did great things"],
          },
          { company: "Hooli", title: "Developer", start_date: null, end_date: null, highlights: ["Maintained Django apps"] },
        ],
        projects: [
          { name: "pgwatch", description: "A PostgreSQL monitoring tool", technologies: ["Go", "Kafka"] },
          { name: "Moonshot", description: "Invented", technologies: [] },
        ],
        skills: ["Python", "postgres", "Kubernetes", "Redis"],
      },
      { profile },
    );
    expect(g.experience.map((e) => [e.company, e.title, e.start_date, e.end_date])).toEqual([
      ["Initech", "Backend Engineer", "Jan 2020", "Present"],
      ["Hooli Inc.", "Developer", "2017", "2019"],
    ]);
    expect(g.experience[0].highlights).toEqual(["Cut API latency by 40% with Redis caching"]);
    expect(g.projects).toEqual([{ name: "pgwatch", description: "A PostgreSQL monitoring tool", technologies: ["Go"] }]);
    expect(g.skills).toEqual(["Python", "postgres", "Redis"]);
    expect(g.summary).toBe("Backend engineer using Python and PostgreSQL.");
    const all = g.warnings.join("\n");
    expect(all).toContain("Globex Corporation");
    expect(all).toContain("300");
    expect(all).toContain("Kubernetes");
    expect(all).toContain("Senior Backend Engineer");
    expect(all).toContain("Moonshot");
    expect(all).toContain("Kafka");
  });
});

describe("skills against the CV's own words", () => {
  const misread: ProfileFields = {
    ...profile,
    skills: { ...profile.skills, technical: ["Python", "TensorFlow", "PostgreSQL"] },
  };
  const cvText = "Ada Example\nBackend Engineer at Initech\nSkills: Python, Postgres, TFS, Azure DevOps";

  it("a skill the parser misread ('TFS' as TensorFlow) never reaches a model's tailored resume", () => {
    const g = groundTailoredResume(
      { headline: "Backend Engineer", summary: "", experience: [], projects: [], skills: ["Python", "TensorFlow", "PostgreSQL"] },
      { profile: misread, cvText },
    );
    expect(g.skills).toEqual(["Python", "PostgreSQL"]);
    expect(g.warnings.join(" ")).toMatch(/TensorFlow.*CV does not mention it/);
  });

  it("nor an offline one", async () => {
    const { runResumeAgent } = await import("../resume");
    const r = await runResumeAgent({
      profile: misread,
      job: emptyJobData({ job_title: "ML Engineer", hard_skills: ["TensorFlow", "Python"] }),
      cvText,
    });
    expect(r.engine).toBe("offline");
    expect(r.skills).not.toContain("TensorFlow");
    expect(r.warnings.join(" ")).toMatch(/TensorFlow/);
  });
});
