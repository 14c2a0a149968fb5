import { describe, expect, it } from "vitest";
import { jobSkills } from "./job-skills";

describe("a job posting's skills: hard skills in the posting's words, domains apart", () => {
  it("keeps the posting's wording beside the canonical name", () => {
    const { hard, terms } = jobSkills("Requirements: ReactJS, Azure and amazon-web-services; Postgres is a plus.");
    expect(hard).toEqual(["React", "Microsoft Azure", "AWS", "PostgreSQL"]);
    expect(terms).toEqual([
      { term: "ReactJS", canonical: "React" },
      { term: "Azure", canonical: "Microsoft Azure" },
      { term: "amazon-web-services", canonical: "AWS" },
      { term: "Postgres", canonical: "PostgreSQL" },
    ]);
  });

  it("puts industries and broad fields in domains, never in hard skills", () => {
    const { hard, domains } = jobSkills("Software Development in Financial Services and Healthcare: Java, Kafka.");
    expect(hard).toEqual(["Java", "Apache Kafka"]);
    expect(domains).toEqual(["Software Development", "Financial Services", "Healthcare"]);
  });

  it("perks and teams are not domains: private healthcare, our recruitment team", () => {
    const { domains } = jobSkills("We offer private healthcare and a gym. Our recruitment team will reply within a week.");
    expect(domains).toEqual([]);
  });

  it("a language is a requirement only when the posting asks for it", () => {
    expect(jobSkills("Fluent English, Danish is a plus.").hard).toEqual(["English", "Danish"]);
    expect(jobSkills("Research with the Danish health technology industry.").hard).toEqual([]);
  });

  it("words a skill as the posting wrote the item: slash- and hyphen-joined words, a head noun, a degree's field", () => {
    const { terms } = jobSkills(
      "You know Git/Bitbucket, Ionic-framework and front-end frameworks. Bachelor's degree in Computer Science or a related field.",
    );
    expect(terms).toEqual([
      { term: "Git/Bitbucket", canonical: "Git" },
      { term: "Git/Bitbucket", canonical: "Bitbucket" },
      { term: "Ionic-framework", canonical: "Ionic" },
      { term: "front-end frameworks", canonical: "Front-end Development" },
      { term: "Bachelor's degree in Computer Science", canonical: "Bachelor's Degree" },
      { term: "Bachelor's degree in Computer Science", canonical: "Computer Science" },
    ]);
  });

  it("a role is not a skill; a skill before a role still is", () => {
    expect(jobSkills("You will report to the Project Manager and the Data Scientist.").hard).toEqual([]);
    expect(jobSkills("5 years as a Java developer.").hard).toEqual(["Java"]);
  });
});
