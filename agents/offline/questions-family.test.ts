import { describe, expect, it } from "vitest";
import { isSoftwareQuestion } from "../questions";
import { ROLE_FAMILIES, roleFamilies, type RoleFamily } from "../text/role-family";
import { QUESTION_BANK } from "./question-bank";
import { offlineQuestions } from "./questions";

// Questions for every role (issue 12): a free-text role is mapped to a family, and that family's questions are asked;
// a role outside software never gets a coding or software-tooling question.

const ROLE_TABLE: [string, RoleFamily[]][] = [
  ["Registered Nurse", ["nursing"]],
  ["RN", ["nursing"]],
  ["Midwife", ["nursing"]],
  ["AE", ["sales"]],
  ["Account Executive", ["sales"]],
  ["SDR", ["sales"]],
  ["Sr. PM", ["product"]],
  ["Product Manager", ["product"]],
  ["Technical Product Manager", ["product", "software"]],
  ["Program Manager", ["project"]],
  ["Scrum Master", ["project"]],
  ["Data Analyst", ["data-analysis"]],
  ["Business Analyst", ["data-analysis"]],
  ["UX Designer", ["design"]],
  ["Graphic Designer", ["design"]],
  ["Customer Success Manager", ["customer"]],
  ["Support Specialist", ["customer"]],
  ["Marketing Manager", ["marketing"]],
  ["Head of Growth", ["marketing"]],
  ["Recruiter", ["people"]],
  ["HR Business Partner", ["people"]],
  ["Financial Analyst", ["finance"]],
  ["Bookkeeper", ["finance"]],
  ["High School Teacher", ["teaching"]],
  ["Math Tutor", ["teaching"]],
  ["Warehouse Manager", ["operations"]],
  ["Supply Chain Analyst", ["operations"]],
  ["Backend Engineer", ["software"]],
  ["React Developer", ["software"]],
  ["Data Engineer", ["software"]],
  ["Chef", []],
  ["Mechanical Engineer", []],
];

const REPRESENTATIVE: Record<Exclude<RoleFamily, "software">, string> = {
  product: "Product Manager",
  project: "Project Manager",
  "data-analysis": "Data Analyst",
  design: "UX Designer",
  sales: "Account Executive",
  customer: "Customer Success Manager",
  marketing: "Marketing Manager",
  people: "Recruiter",
  finance: "Financial Analyst",
  nursing: "Registered Nurse",
  teaching: "Teacher",
  operations: "Logistics Coordinator",
};

describe("role → family", () => {
  it.each(ROLE_TABLE)("%s → %j", (role, families) => {
    expect(roleFamilies(role, (t) => ["react", "javascript"].includes(t)).families).toEqual(families);
  });
});

describe("questions for every role", () => {
  it("every family has at least 20 questions across behavioural, role-specific and situational, each with key points", () => {
    for (const family of ROLE_FAMILIES.filter((f) => f !== "software")) {
      const own = QUESTION_BANK.filter((q) => q.family === family);
      expect(own.length, family).toBeGreaterThanOrEqual(20);
      for (const category of ["behavioral", "role-specific", "situational"]) {
        expect(own.filter((q) => q.category === category).length, `${family} ${category}`).toBeGreaterThanOrEqual(5);
      }
      for (const q of own) {
        expect(q.key_points.length, q.id).toBeGreaterThanOrEqual(3);
        expect(isSoftwareQuestion(q.text, family), q.id).toBe(false);
      }
    }
  });

  it.each(Object.entries(REPRESENTATIVE))("%s: a %s's questions all come from that family, with no software question", (family, role) => {
    const own = new Set(QUESTION_BANK.filter((q) => q.family === family).map((q) => q.text));
    for (const type of ["mixed", "technical", "behavioral"] as const) {
      const questions = offlineQuestions({ role, level: "mid", type, techstack: [], amount: 10 });
      expect(questions).toHaveLength(10);
      for (const q of questions) {
        expect(own.has(q.text), `${role} (${type}): ${q.text}`).toBe(true);
        expect(isSoftwareQuestion(q.text, family as RoleFamily), q.text).toBe(false);
      }
      if (type !== "behavioral") expect(questions.some((q) => q.category === "situational")).toBe(true);
      if (type !== "technical") expect(questions.some((q) => q.category === "behavioral")).toBe(true);
    }
  });

  it("a mixed role gets a blend: mostly product questions, some software ones", () => {
    const questions = offlineQuestions({ role: "Technical Product Manager", level: "senior", type: "technical", techstack: [], amount: 8 });
    const product = new Set(QUESTION_BANK.filter((q) => q.family === "product").map((q) => q.text));
    const fromProduct = questions.filter((q) => product.has(q.text)).length;
    expect(fromProduct).toBeGreaterThanOrEqual(5);
    expect(fromProduct).toBeLessThan(8);
  });

  it("questions for a saved application still come from its posting and the profile", () => {
    const questions = offlineQuestions({
      role: "Registered Nurse",
      level: "mid",
      type: "mixed",
      techstack: [],
      amount: 8,
      job: { job_title: "ICU Nurse", company: "St Mary's Hospital", hard_skills: ["Epic", "ACLS"] },
      profile: {
        experience: [
          {
            title: "Staff Nurse",
            company: "City Clinic",
            start_date: "2020",
            end_date: "Present",
            duration: "",
            description: "",
            highlights: [],
          },
        ],
      },
    });
    const texts = questions.map((q) => q.text).join("\n");
    expect(texts).toContain("ICU Nurse role at St Mary's Hospital");
    expect(texts).toContain("Epic");
    expect(texts).toContain("Staff Nurse at City Clinic");
    expect(questions.some((q) => isSoftwareQuestion(q.text))).toBe(false);
  });

  it("a software role still gets software questions, and a role no family knows gets no technical question", () => {
    const backend = offlineQuestions({ role: "Backend Engineer", level: "mid", type: "technical", techstack: ["PostgreSQL"], amount: 6 });
    expect(backend.every((q) => !q.category.match(/role-specific|situational/))).toBe(true);
    const chef = offlineQuestions({ role: "Chef", level: "mid", type: "technical", techstack: [], amount: 5 });
    expect(chef.every((q) => q.category === "behavioral")).toBe(true);
  });

  it("bank questions with a reference answer carry it into the questions", () => {
    const questions = offlineQuestions({ role: "Financial Analyst", level: "mid", type: "technical", techstack: [], amount: 20 });
    const withReference = questions.filter((q) => q.reference_answer);
    expect(withReference.length).toBeGreaterThan(0);
    const bank = new Map(QUESTION_BANK.map((q) => [q.text, q.reference_answer]));
    for (const q of withReference) expect(q.reference_answer).toBe(bank.get(q.text));
  });
});
