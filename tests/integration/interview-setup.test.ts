import { beforeAll, describe, expect, it } from "vitest";
import { createApplication } from "@/lib/db/applications";
import { upsertProfile } from "@/lib/db/profiles";
import { getSetupDefaults } from "@/lib/interview/setup";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { JOB } from "./interview-helpers";

// /interview/new?application_id=…: the form starts from the saved job (role, level from seniority, hard skills),
// only for the owner's application; "use my profile" is offered only when a profile with content exists.

let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  alice = await createTestUser();
  bob = await createTestUser();
});

describe("setup defaults", () => {
  it("prefills from the owner's application", async () => {
    const app = await createApplication({ userId: alice.user.id, data: { job_data: JOB } });
    const setup = await getSetupDefaults({ userId: alice.user.id, applicationId: app.id });
    expect(setup.defaults).toMatchObject({
      role: "Senior Backend Engineer",
      level: "senior",
      techstack: ["Go", "PostgreSQL", "Kafka"],
      application_id: app.id,
    });
    expect(setup.applicationLabel).toBe("Senior Backend Engineer at Acme Payments");
    expect(setup.applicationMissing).toBe(false);
  });

  it("ignores another user's application (and says so)", async () => {
    const app = await createApplication({ userId: alice.user.id, data: { job_data: JOB } });
    const setup = await getSetupDefaults({ userId: bob.user.id, applicationId: app.id });
    expect(setup.defaults.role).toBe("");
    expect(setup.defaults.application_id).toBeUndefined();
    expect(setup.applicationMissing).toBe(true);
  });

  it("offers the profile only when one with content exists", async () => {
    const user = await createTestUser();
    expect((await getSetupDefaults({ userId: user.user.id, applicationId: null })).hasProfile).toBe(false);
    await upsertProfile({ userId: user.user.id, set: { summary: "Backend engineer with 6 years of Go." } });
    const setup = await getSetupDefaults({ userId: user.user.id, applicationId: null });
    expect(setup.hasProfile).toBe(true);
    expect(setup.defaults.use_profile).toBe(true);
  });
});

describe("practise again", () => {
  it("starts from the owner's earlier interview settings, never from another user's", async () => {
    const { createInterview } = await import("@/lib/db/interviews");
    const earlier = await createInterview({
      userId: alice.user.id,
      data: {
        questions: ["Q1", "Q2", "Q3", "Q4"],
        role: "Data engineer",
        level: "lead",
        type: "technical",
        techstack: ["Spark"],
        status: "evaluated",
      },
    });
    const mine = await getSetupDefaults({ userId: alice.user.id, applicationId: null, fromInterviewId: earlier.id });
    expect(mine.defaults).toMatchObject({ role: "Data engineer", level: "lead", type: "technical", techstack: ["Spark"], amount: 4 });
    const theirs = await getSetupDefaults({ userId: bob.user.id, applicationId: null, fromInterviewId: earlier.id });
    expect(theirs.defaults.role).toBe("");
  });
});
