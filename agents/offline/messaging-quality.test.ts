import { describe, expect, it } from "vitest";
import { emptyProfileFields, type ProfileFields } from "@/core/schemas/profile";
import { averyProfile, BACKEND_POSTING } from "@/tests/helpers/backend-candidate";
import { parseJobOffline } from "./job";
import { LINKEDIN_MAX_CHARS } from "../text/letter-limits";
import { buildMessagesOffline } from "./messaging";

// Offline outreach reads like a person wrote it, from profile facts only: "Hi — I'm Avery, a backend engineer with
// 5 years of experience, working with Python and PostgreSQL. I'm applying for the Senior Backend Engineer role at
// Example Analytics and would love to connect."

const POSTING = BACKEND_POSTING;

const AVERY: ProfileFields = averyProfile({
  technical: ["Python", "PostgreSQL", "Back-end Development"],
  highlights: ["Built Python services on PostgreSQL serving 2M requests a day"],
});

const job = parseJobOffline({ text: POSTING });

describe("offline LinkedIn note and e-mail", () => {
  it("the LinkedIn note introduces Avery naturally and names the role and company", () => {
    const m = buildMessagesOffline({ profile: AVERY, job });
    expect(m.linkedin_message).toBe(
      "Hi — I'm Avery, a backend engineer with 5 years of experience, working with Python and PostgreSQL. " +
        "I'm applying for the Senior Backend Engineer role at Example Analytics and would love to connect.",
    );
    expect(m.linkedin_message).not.toMatch(/working with Back-end Development|I'm Avery working/);
  });

  it("without a headline or experience: no invented role, still natural", () => {
    const m = buildMessagesOffline({ profile: { ...AVERY, headline: "", experience: [] }, job });
    expect(m.linkedin_message).toBe(
      "Hi — I'm Avery. I work with Python and PostgreSQL. I'm applying for the Senior Backend Engineer role at Example Analytics and would love to connect.",
    );
  });

  it("a broad area reads as ordinary words ('working with back-end development')", () => {
    const profile = { ...AVERY, skills: { ...AVERY.skills, technical: ["Back-end Development"] } };
    const m = buildMessagesOffline({ profile, job: { ...job, hard_skills: ["Back-end Development"] } });
    expect(m.linkedin_message).toMatch(
      /^Hi — I'm Avery, a backend engineer with 5 years of experience, working with back-end development\. /,
    );
  });

  it("a headline that is not a role gives way to the latest job title", () => {
    const m = buildMessagesOffline({ profile: { ...AVERY, headline: "Back-end Development" }, job });
    expect(m.linkedin_message).toMatch(/^Hi — I'm Avery, a backend engineer /);
  });

  it("a long title or company drops detail, never the request, and stays within 300 characters", () => {
    const long = {
      ...job,
      job_title: "Principal Distributed Systems and Data Platform Reliability Engineer",
      company: "Example Analytics and Insights Worldwide Holdings",
    };
    const profile = { ...AVERY, skills: { ...AVERY.skills, technical: ["Python", "PostgreSQL", "Docker", "Kubernetes"] } };
    const m = buildMessagesOffline({ profile, job: { ...long, hard_skills: ["Python", "PostgreSQL", "Docker", "Kubernetes"] } });
    expect(m.linkedin_message.length).toBeLessThanOrEqual(LINKEDIN_MAX_CHARS);
    expect(m.linkedin_message).toMatch(/would love to connect\.$/);
  });

  it("the e-mail: a clear subject, a natural introduction with profile facts only", () => {
    const m = buildMessagesOffline({ profile: AVERY, job });
    expect(m.email_subject).toBe("Application: Senior Backend Engineer at Example Analytics – Avery Stone");
    expect(m.recruiter_email).toMatch(/^Hello Example Analytics team,\n\n/);
    // The job ended in 2024: "most recently at", not "currently".
    expect(m.recruiter_email).toContain(
      "I'm Avery Stone, a backend engineer with 5 years of experience, most recently at Northwind Labs. I have applied for the Senior Backend Engineer role at Example Analytics",
    );
    expect(m.recruiter_email).toContain(
      "At Northwind Labs, my work has included building Python services on PostgreSQL serving 2M requests a day.",
    );
    expect(m.recruiter_email).not.toMatch(/the open role|currently working with/);
    expect(m.linkedin_followup).toContain("my work as a backend engineer at Northwind Labs: building Python services");
  });

  it("an empty profile and job: nothing invented, no '[Your' fragments in the note", () => {
    const m = buildMessagesOffline({ profile: emptyProfileFields, job: { ...job, job_title: "", company: "", hard_skills: [] } });
    expect(m.email_subject).toBe("Job application");
    expect(m.linkedin_message).toBe("Hi — I'm applying for the role described in your posting and would love to connect.");
    expect(m.linkedin_followup).not.toContain("[Your");
  });
});
