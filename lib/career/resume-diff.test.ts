import { describe, expect, it } from "vitest";
import { diffResume, type ProfileSnapshot } from "@/lib/career/resume-diff";

const profile: ProfileSnapshot = {
  summary: "Backend developer.",
  headline: "Developer",
  experience: [
    { title: "Engineer", company: "Acme", highlights: ["Built APIs", "Wrote tests", "Ran on-call"] },
    { title: "Intern", company: "Beta", highlights: ["Fixed bugs"] },
  ],
  skills: ["Python", "Docker", "Java", "Teamwork"],
};

describe("diffResume", () => {
  it("marks kept, re-ordered and re-worded highlights, moved roles and skill changes", () => {
    const d = diffResume(
      {
        summary: "Backend developer focused on Python services.",
        headline: "Developer",
        experience: [
          { title: "Intern", company: "Beta", start_date: "", end_date: "", duration: "", description: "", highlights: ["Fixed bugs"] },
          {
            title: "Engineer",
            company: "Acme",
            start_date: "",
            end_date: "",
            duration: "",
            description: "",
            highlights: ["Wrote tests", "Designed and built REST APIs"],
          },
        ],
        skills: ["Python", "Docker", "PostgreSQL"],
      },
      profile,
    );
    expect(d.summaryChanged).toBe(true);
    expect(d.headlineChanged).toBe(false);
    expect(d.experience[0]).toEqual({ moved: true, highlights: ["kept"], omitted: 0 });
    expect(d.experience[1]).toEqual({ moved: true, highlights: ["re-ordered", "re-worded"], omitted: 1 });
    expect(d.skillsFromProfile).toEqual(["Python", "Docker"]);
    expect(d.skillsFromElsewhere).toEqual(["PostgreSQL"]);
    expect(d.skillsLeftOut).toEqual(["Java", "Teamwork"]);
  });
});
