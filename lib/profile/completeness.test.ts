import { describe, expect, it } from "vitest";
import { emptyProfileFields } from "@/core/schemas/profile";
import { profileCompleteness } from "./completeness";

const full = {
  ...emptyProfileFields,
  name: "Jane Roe",
  email: "jane.roe@example.com",
  phone: "+44 20 7946 0958",
  location: "Leeds, UK",
  headline: "Backend engineer, payments",
  summary: "Backend engineer with six years of payments work: ledgers, reconciliation and the APIs around them, in Go and Postgres.",
  experience: [
    { title: "Engineer", company: "Acme", start_date: "2019", end_date: "Present", duration: "", description: "", highlights: [] },
  ],
  education: [{ degree: "BSc Computer Science", institution: "University of Leeds", year: "2018" }],
  skills: { technical: ["Go", "PostgreSQL", "Kafka"], soft: [], languages: [] },
};

describe("profileCompleteness", () => {
  it("a complete, plausible profile is 100 %", () => {
    expect(profileCompleteness(full)).toEqual({ percent: 100, empty: [], doubtful: [] });
  });

  it("lists empty fields and flags doubtful ones with a reason", () => {
    const c = profileCompleteness({
      ...full,
      email: "not an email",
      phone: "",
      summary: "Engineer.",
      experience: [{ ...full.experience[0], company: "" }],
    });
    expect(c.empty).toEqual(["Phone"]);
    expect(c.doubtful.map((d) => d.field)).toEqual(["E-mail", "Summary", "Experience"]);
    expect(c.percent).toBe(56);
  });

  it("an empty profile is 0 % with every field listed as empty", () => {
    const c = profileCompleteness(emptyProfileFields);
    expect(c.percent).toBe(0);
    expect(c.empty).toHaveLength(9);
  });
});
