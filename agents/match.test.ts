import { describe, expect, it } from "vitest";
import { emptyProfileFields, type ProfileFields } from "@/core/schemas/profile";
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
    expect(computeMatch(profile({}), { hard_skills: [] })).toEqual({ score: 0, matched: [], missing: [] });
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
