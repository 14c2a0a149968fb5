// The applications list reads summaries (title, company, place, status, match score), kept by the store on every
// write, on SQLite and MongoDB (the stand-in, or MONGO_URI_TEST); its filters use real columns on SQLite, and an
// older SQLite database gets the columns by migration.
import { beforeAll, describe, expect, it } from "vitest";
import { applicationSummary } from "@/lib/db/application-summary";
import { openSqliteStore } from "@/lib/db/sqlite";
import type { Store } from "@/lib/db/types";
import type { ApplicationStatus, TailoredResume } from "@/core/schemas/career";
import { emptyJobData } from "@/tests/helpers/job-data";
import { describeEachStore, sqliteDatabaseAt } from "@/tests/helpers/store-harnesses";

const job = (job_title: string, company: string) => emptyJobData({ job_title, company, location: "Berlin", description: "x".repeat(5000) });
const resume = (score: number) =>
  ({
    headline: "",
    summary: "",
    experience: [],
    projects: [],
    skills: [],
    match: { score, matched: [], missing: [] },
    warnings: [],
    engine: "offline",
  }) as TailoredResume;

describeEachStore("application summaries", (current) => {
  let store: Store;
  beforeAll(() => {
    store = current();
  });

  it("list what the page shows, filtered by status and company, and follow every change", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const user = await store.createUser({ email: `apps-${tag}@example.com`, username: `apps_${tag}`, password_hash: "h" });
    const a = await store.createApplication({ userId: user.id, data: { job_data: job("Backend Engineer", "Acme Corp") } });
    const b = await store.createApplication({
      userId: user.id,
      data: { job_data: job("Data Engineer", "Globex"), tailored_resume: resume(72.5), status: "applied" },
    });
    const c = await store.createApplication({ userId: user.id, data: { job_data: job("SRE", "ACME Labs"), status: "applied" } });

    const all = await store.listApplicationSummaries({ userId: user.id, limit: 10 });
    const docs = (await store.listApplications({ userId: user.id, limit: 10 })).items;
    expect(all.items).toEqual(
      docs.map((d) => ({ id: d.id, ...applicationSummary(d), created_at: d.created_at, updated_at: d.updated_at })),
    );
    expect(all.items.map((s) => [s.job_title, s.company, s.status, s.match_score])).toEqual([
      ["SRE", "ACME Labs", "applied", null],
      ["Data Engineer", "Globex", "applied", 72.5],
      ["Backend Engineer", "Acme Corp", "draft", null],
    ]);

    const ids = async (args: { status?: ApplicationStatus; company?: string }) =>
      (await store.listApplicationSummaries({ userId: user.id, limit: 10, ...args })).items.map((s) => s.id);
    expect(await ids({ status: "applied" })).toEqual([c.id, b.id]);
    expect(await ids({ company: "acme" })).toEqual([c.id, a.id]);
    expect(await ids({ company: "ACME", status: "draft" })).toEqual([a.id]);

    await store.updateApplication({ userId: user.id, id: a.id, set: { status: "offer", tailored_resume: resume(90) } });
    await store.updateApplication({ userId: user.id, id: c.id, set: { job_data: job("SRE", "Initech") } });
    expect(await ids({ status: "offer" })).toEqual([a.id]);
    expect(await ids({ company: "acme" })).toEqual([a.id]);
    const updated = (await store.listApplicationSummaries({ userId: user.id, limit: 10, status: "offer" })).items[0];
    expect(updated).toMatchObject({ job_title: "Backend Engineer", status: "offer", match_score: 90 });
    // The summaries page like the documents do.
    const first = await store.listApplicationSummaries({ userId: user.id, limit: 2 });
    const next = await store.listApplicationSummaries({ userId: user.id, limit: 2, cursor: first.next_cursor });
    expect([...first.items, ...next.items].map((s) => s.id)).toEqual([c.id, b.id, a.id]);
    expect(next.next_cursor).toBeNull();
  });
});

describe("SQLite: applications stored before version 4", () => {
  it("get their list columns at the upgrade", async () => {
    const { file, raw } = sqliteDatabaseAt(3);
    const userId = "cccccccccccccccccccccccc";
    const at = new Date().toISOString();
    const body = {
      job_data: job("Platform Engineer", "Umbrella"),
      tailored_resume: resume(55),
      cover_letter: null,
      messages: null,
      status: "interviewing",
    };
    raw
      .prepare("INSERT INTO applications (id, user_id, created_at, updated_at, doc) VALUES (?, ?, ?, ?, ?)")
      .run("dddddddddddddddddddddddd", userId, at, at, JSON.stringify(body));
    raw.close();
    const store = openSqliteStore({ file });
    try {
      const page = await store.listApplicationSummaries({ userId, limit: 5, status: "interviewing", company: "umbr" });
      expect(page.items).toEqual([
        {
          id: "dddddddddddddddddddddddd",
          job_title: "Platform Engineer",
          company: "Umbrella",
          location: "Berlin",
          status: "interviewing",
          match_score: 55,
          created_at: at,
          updated_at: at,
        },
      ]);
    } finally {
      await store.close();
    }
  });
});
