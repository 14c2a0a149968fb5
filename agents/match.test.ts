import { describe, expect, it } from "vitest";
import { emptyProfileFields, type ProfileFields } from "@/core/schemas/profile";
import { parseJobOffline } from "./offline/job";
import { computeMatch, rankSkills } from "./match";

function profile(over: Partial<ProfileFields>): ProfileFields {
  return { ...emptyProfileFields, ...over, skills: { technical: [], soft: [], languages: [], ...(over.skills ?? {}) } };
}

describe("computeMatch", () => {
  it("folds aliases on both sides and scores matched / wanted", () => {
    const p = profile({ skills: { technical: ["JS", "Postgres", "k8s"], soft: [], languages: [] } });
    const m = computeMatch(p, { hard_skills: ["JavaScript", "PostgreSQL", "Kubernetes", "Terraform"] });
    expect(m.matched).toEqual(["JavaScript", "PostgreSQL", "Kubernetes"]);
    expect(m.missing).toEqual(["Terraform"]);
    expect(m.score).toBe(75);
  });

  it("finds skills in the text of experience and projects, not only in the skills list", () => {
    const p = profile({
      experience: [
        {
          title: "Engineer",
          company: "Acme",
          start_date: "2020",
          end_date: "Present",
          duration: "",
          description: "Built services in Golang on AWS.",
          highlights: ["Ran Node.js APIs"],
        },
      ],
      projects: [{ name: "Tool", description: "A CLI", technologies: ["Rust"] }],
    });
    const m = computeMatch(p, { hard_skills: ["Go", "Amazon Web Services", "NodeJS", "Rust", "Kafka"] });
    expect(m.matched.sort()).toEqual(["AWS", "Go", "Node.js", "Rust"].sort());
    expect(m.missing).toEqual(["Apache Kafka"]);
    expect(m.score).toBe(80);
  });

  it("ignores generic terms, counts a degree for a higher one and handles unknown skills literally", () => {
    const p = profile({
      education: [{ degree: "Master of Science", institution: "MIT", year: "2016", field: "Computer Science" }],
      skills: { technical: ["Frobnicator"], soft: [], languages: [] },
    });
    const m = computeMatch(p, {
      hard_skills: ["Software Development", "University Degree", "Bachelor's Degree", "Frobnicator", "Zyxware"],
    });
    expect(m.matched).toEqual(["Frobnicator", "University Degree", "Bachelor's Degree"]);
    expect(m.missing).toEqual(["Zyxware"]);
    expect(m.score).toBe(75);
  });

  it("scores 0 with nothing to match", () => {
    expect(computeMatch(profile({}), { hard_skills: [] })).toEqual({ score: 0, matched: [], missing: [], keywords: [] });
  });

  it("ranks named technologies before broad areas", () => {
    expect(rankSkills(["Web Development", "React", "Databases", "PostgreSQL"])).toEqual([
      "React",
      "PostgreSQL",
      "Web Development",
      "Databases",
    ]);
  });
});

describe("computeMatch: an explainable score", () => {
  const job = parseJobOffline({
    text: [
      "Platform Engineer at Acme",
      "",
      "Responsibilities",
      "- Run our services on Kubernetes and keep the Terraform modules tidy",
      "",
      "Requirements",
      "- 4+ years of Python in production",
      "- Solid PostgreSQL knowledge",
      "",
      "Nice to have",
      "- Some Rust",
    ].join("\n"),
  });
  const p = profile({ skills: { technical: ["Python", "Kubernetes", "Rust"], soft: [], languages: [] } });

  it("weighs each keyword by where the posting names it, and the score is the matched weight out of the total", () => {
    const m = computeMatch(p, job);
    const weight = Object.fromEntries(m.keywords.map((k) => [k.skill, [k.weight, k.importance, k.matched]]));
    expect(weight).toMatchObject({
      Python: [3, "required", true],
      PostgreSQL: [3, "required", false],
      Kubernetes: [2, "duty", true],
      Terraform: [2, "duty", false],
      Rust: [1, "nice_to_have", true],
    });
    const total = m.keywords.reduce((n, k) => n + k.weight, 0);
    const got = m.keywords.filter((k) => k.matched).reduce((n, k) => n + k.weight, 0);
    expect(m.score).toBe(Math.round((100 * got) / total));
    // A required skill counts for more than a nice-to-have: the same three skills matched otherwise would score lower.
    const onlyBonus = computeMatch(profile({ skills: { technical: ["Rust"], soft: [], languages: [] } }), job);
    const onlyRequired = computeMatch(profile({ skills: { technical: ["PostgreSQL"], soft: [], languages: [] } }), job);
    expect(onlyRequired.score).toBeGreaterThan(onlyBonus.score);
    // matched / missing stay the lists they always were.
    expect(new Set(m.matched)).toEqual(new Set(m.keywords.filter((k) => k.matched).map((k) => k.skill)));
    expect(new Set(m.missing)).toEqual(new Set(m.keywords.filter((k) => !k.matched).map((k) => k.skill)));
  });

  // The same skill written differently in the posting and the CV scores the same as written alike.
  const FORMS: [string, string][] = [
    ["Postgres", "PostgreSQL"],
    ["K8s", "Kubernetes"],
    ["JS", "JavaScript"],
    ["Amazon Web Services", "AWS"],
    ["ReactJS", "React"],
    ["Golang", "Go"],
    ["GCP", "Google Cloud"],
    ["CI/CD", "continuous integration"],
    ["sklearn", "scikit-learn"],
    ["NextJS", "Next.js"],
    ["dotnet", ".NET"],
    ["Elastic Search", "Elasticsearch"],
  ];
  it.each(FORMS)("posting %s, CV %s: the same score and keyword either way round", (a, b) => {
    const run = (posting: string, cv: string) => {
      const j = parseJobOffline({ text: `Backend Developer at Acme\n\nRequirements\n- 3+ years with ${posting} in production` });
      const cvProfile = profile({
        skills: { technical: [cv], soft: [], languages: [] },
        experience: [
          {
            title: "Developer",
            company: "X",
            start_date: "2020",
            end_date: "Present",
            duration: "",
            description: "",
            highlights: [`Built services with ${cv}`],
          },
        ],
      });
      return computeMatch(cvProfile, j);
    };
    const same = run(b, b);
    for (const m of [run(a, b), run(b, a)]) {
      expect(m.score).toBe(same.score);
      const k = m.keywords.find((x) => x.importance === "required")!;
      expect(k.matched).toBe(true);
      expect(k.weight).toBe(3);
    }
    // The posting's own word is what the keyword shows.
    expect(
      run(a, b)
        .keywords.find((x) => x.importance === "required")!
        .term.toLowerCase(),
    ).toBe(a.toLowerCase());
  });
});
