import { describe, expect, it } from "vitest";
import type { ProfileFields } from "@/core/schemas/profile";
import { averyProfile, BACKEND_POSTING } from "@/tests/helpers/backend-candidate";
import { parseJobOffline } from "./job";
import { buildLetterOffline } from "./letter";
import { countWords, LETTER_MAX_WORDS } from "../text/letter-limits";
import { profileRole, proseJobTitle, roleAtCompany, skillInProse } from "./letter-text";

// The offline cover letter names the role and the employer when the job gives them, and reads naturally when it
// does not (never "apply for the open position" next to a known title).

const POSTING = BACKEND_POSTING;

const AVERY: ProfileFields = averyProfile({
  technical: ["Python", "PostgreSQL", "Docker"],
  highlights: ["Built Python services on PostgreSQL serving 2M requests a day", "Led the migration to Docker"],
});

const job = parseJobOffline({ text: POSTING });
const opening = (letter: string) => letter.split("\n\n")[1];

describe("offline cover letter: naming the role", () => {
  it("professional: 'I am writing to apply for the Senior Backend Engineer role at Example Analytics as a backend engineer…'", () => {
    const letter = buildLetterOffline({ profile: AVERY, job, tone: "professional" });
    expect(letter.startsWith("Dear Example Analytics Hiring Team,")).toBe(true);
    expect(opening(letter)).toMatch(
      /^I am writing to apply for the Senior Backend Engineer role at Example Analytics as a backend engineer with more than \d+ years of professional experience\. /,
    );
    expect(letter).not.toMatch(/open position|the open role|Berlin|hybrid/);
    // Two highlights say only so much: the letter says them, and nothing true of anyone to reach 250 words (issue 13).
    expect(countWords(letter)).toBeLessThanOrEqual(LETTER_MAX_WORDS);
    expect(letter).not.toMatch(/take care to understand|comfortable taking ownership|opportunity to improve/);
  });

  it("friendly: 'I'm excited to apply for the Senior Backend Engineer role at Example Analytics.'", () => {
    const letter = buildLetterOffline({ profile: AVERY, job, tone: "friendly" });
    expect(opening(letter)).toMatch(
      /^I'm excited to apply for the Senior Backend Engineer role at Example Analytics as a backend engineer/,
    );
  });

  it("a title pasted as a whole headline is cut back to the title, and still names the employer", () => {
    const raw = { ...job, job_title: "Senior Backend Engineer at Example Analytics (Berlin, hybrid)", company: "" };
    const letter = buildLetterOffline({ profile: AVERY, job: raw, tone: "professional" });
    expect(opening(letter)).toMatch(/^I am writing to apply for the Senior Backend Engineer role at Example Analytics as /);
  });

  it("reads naturally when the title or the company is missing", () => {
    const noTitle = buildLetterOffline({ profile: AVERY, job: { ...job, job_title: "" }, tone: "professional" });
    expect(opening(noTitle)).toMatch(/^I am writing to apply for the open role at Example Analytics as /);
    const noCompany = buildLetterOffline({ profile: AVERY, job: { ...job, company: "" }, tone: "professional" });
    expect(opening(noCompany)).toMatch(/^I am writing to apply for the Senior Backend Engineer role as /);
    expect(noCompany.startsWith("Dear Hiring Manager,")).toBe(true);
    const neither = buildLetterOffline({ profile: AVERY, job: { ...job, job_title: "", company: "" }, tone: "friendly" });
    expect(opening(neither)).toMatch(/^I'm excited to apply for the role described in your posting as /);
    for (const l of [noTitle, noCompany, neither]) expect(l).not.toMatch(/the open position|the open role role|role role/);
  });

  it("prose helpers", () => {
    expect(proseJobTitle("Data Engineer (m/f/d)")).toBe("Data Engineer");
    expect(proseJobTitle("Product Manager position")).toBe("Product Manager");
    expect(proseJobTitle("open")).toBe("");
    expect(roleAtCompany({ job_title: "Data Engineer", company: "Acme Inc." })).toBe("the Data Engineer role at Acme Inc");
    expect(profileRole({ headline: "Backend Engineer | Python, PostgreSQL", experience: [] })).toBe("backend engineer");
    expect(profileRole({ headline: "iOS Developer", experience: [] })).toBe("iOS developer");
    expect(profileRole({ headline: "Python Developer", experience: [] })).toBe("Python developer");
    // A headline that is not a role ("Back-end Development") gives way to the most recent job title.
    expect(profileRole({ headline: "Back-end Development", experience: [{ title: "Software Engineer" }] })).toBe("software engineer");
    expect(profileRole({ headline: "Passionate about data", experience: [] })).toBe("");
    // Broad areas read as ordinary words, named technologies keep their names.
    expect(skillInProse("Back-end Development")).toBe("back-end development");
    expect(skillInProse("Cloud Computing")).toBe("cloud computing");
    expect(skillInProse("Spring Security")).toBe("Spring Security");
    expect(skillInProse("Apache Kafka")).toBe("Apache Kafka");
    expect(skillInProse("UX Design")).toBe("UX design");
  });
});
