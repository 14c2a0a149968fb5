// One contract suite for every store adapter: SQLite (always), and MongoDB — a real server when MONGO_URI_TEST is
// set (the whole suite runs), otherwise the CongoDB wire-protocol stand-in from tests/mongo-standin (cases it cannot
// honour are skipped for it alone, with the reason printed).
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/core/errors";
import { SQLITE_MIGRATIONS, migrateSqlite, openSqliteStore } from "@/lib/db/sqlite";
import type { NewApplication, NewInterview, Store } from "@/lib/db/types";
import type { JobData } from "@/core/schemas/job";
import { emptyJobData } from "@/tests/helpers/job-data";
import { ROOT, allHarnesses } from "@/tests/helpers/store-harnesses";

const harnesses = allHarnesses();

// ---------- fixtures ----------

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function interviewData(over: Partial<NewInterview> = {}): NewInterview {
  return { questions: ["Q1?", "Q2?", "Q3?"], role: "Backend developer", level: "mid", type: "technical", techstack: ["node"], ...over };
}

function jobData(over: Partial<JobData> = {}): JobData {
  return emptyJobData({
    job_title: "Engineer",
    company: "Acme Corp",
    location: "Remote",
    employment_type: "full-time",
    seniority: "mid",
    hard_skills: ["node"],
    description: "A job.",
    ...over,
  });
}

function applicationData(over: Partial<NewApplication> = {}, job: Partial<JobData> = {}): NewApplication {
  return { job_data: jobData(job), ...over };
}

async function expectAppError(p: Promise<unknown>, code: string, message?: string | RegExp) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected AppError(${code})`).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (message) expect((err as AppError).message).toMatch(message);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const OTHER_ID = "0123456789abcdef01234567";

for (const h of harnesses) {
  if ("skip" in h) {
    describe.skip(`store contract: ${h.name}`, () => {
      console.info(`[store-contract] skipping ${h.name}: ${h.skip}`);
      it("runs against the adapter", () => undefined);
    });
    continue;
  }

  describe(`store contract: ${h.name}`, () => {
    let store: Store;
    const newUser = async () =>
      store.createUser({ email: `u${uniq()}@example.com`, username: `user_${uniq()}`, password_hash: "$2b$hash" });

    /** Cases the stand-in cannot honour are skipped for it alone, with the reason printed. */
    const standinCannot = (reason: string) => {
      if (h.standin) console.info(`[store-contract] ${h.name}: skipped because the stand-in ${reason}`);
      return h.standin;
    };

    beforeAll(async () => {
      store = await h.open();
    });
    afterAll(async () => {
      await store?.close();
      await h.teardown();
    });

    it("answers a ping (used by the health check)", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describe("users", () => {
      it("creates, reads by id and by login (e-mail or username, any case)", async () => {
        const tag = uniq();
        const u = await store.createUser({ email: ` Ann.${tag}@Example.com `, username: `Ann_${tag}`, password_hash: "h1" });
        expect(u.id).toMatch(/^[a-f0-9]{24}$/);
        expect(u.email).toBe(`ann.${tag}@example.com`);
        expect(u.username).toBe(`Ann_${tag}`);
        expect(u.session_version).toBe(0);
        expect(Date.parse(u.created_at)).not.toBeNaN();
        expect(u.updated_at).toBe(u.created_at);

        expect(await store.getUserById({ id: u.id })).toEqual(u);
        expect(await store.getUserByLogin({ login: `ANN.${tag}@example.com` })).toEqual(u);
        expect(await store.getUserByLogin({ login: `ann_${tag}` })).toEqual(u);
        expect(await store.getUserByLogin({ login: `nobody_${tag}` })).toBeNull();
        expect(await store.getUserByLogin({ login: "" })).toBeNull();
        expect(await store.getUserById({ id: OTHER_ID })).toBeNull();
        expect(await store.getUserById({ id: "not-an-id" })).toBeNull();
      });

      it("changes the password and bumps the session version", async () => {
        const u = await newUser();
        const changed = await store.updateUserPassword({ id: u.id, password_hash: "h2" });
        expect(changed?.password_hash).toBe("h2");
        expect(changed?.session_version).toBe(1);
        expect(await store.bumpUserSessionVersion({ id: u.id })).toBe(2);
        expect((await store.getUserById({ id: u.id }))?.session_version).toBe(2);
        expect(await store.bumpUserSessionVersion({ id: OTHER_ID })).toBeNull();
        expect(await store.updateUserPassword({ id: OTHER_ID, password_hash: "x" })).toBeNull();
      });

      it.skipIf(standinCannot("does not enforce unique indexes"))("refuses a duplicate e-mail or username with a conflict", async () => {
        const u = await newUser();
        await expectAppError(
          store.createUser({ email: u.email.toUpperCase(), username: `other_${uniq()}`, password_hash: "h" }),
          "conflict",
          "That e-mail is already registered.",
        );
        await expectAppError(
          store.createUser({ email: `x${uniq()}@example.com`, username: u.username.toUpperCase(), password_hash: "h" }),
          "conflict",
          "That username is taken.",
        );
      });

      it.skipIf(standinCannot("does not enforce unique indexes"))(
        "lets exactly one of two simultaneous registrations of one e-mail succeed",
        async () => {
          const email = `race${uniq()}@example.com`;
          const results = await Promise.allSettled(
            Array.from({ length: 5 }, (_, i) => store.createUser({ email, username: `race_${uniq()}_${i}`, password_hash: "h" })),
          );
          expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
          for (const r of results.filter((r) => r.status === "rejected")) {
            expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
            expect((r as PromiseRejectedResult).reason.code).toBe("conflict");
          }
        },
      );
    });

    describe("user_profiles", () => {
      it("upserts with defaults, then sets only the given fields", async () => {
        const u = await newUser();
        expect(await store.getProfileByUser({ userId: u.id })).toBeNull();
        const created = await store.upsertProfile({
          userId: u.id,
          set: { name: "Ann", skills: { technical: ["ts"], soft: [], languages: ["en"] } },
        });
        expect(created.id).toMatch(/^[a-f0-9]{24}$/);
        expect(created.user_id).toBe(u.id);
        expect(created.name).toBe("Ann");
        expect(created.headline).toBe("");
        expect(created.strengths).toEqual([]);
        expect(created.skills).toEqual({ technical: ["ts"], soft: [], languages: ["en"] });

        const updated = await store.upsertProfile({ userId: u.id, set: { headline: "Engineer", strengths: ["clear"] } });
        expect(updated.id).toBe(created.id);
        expect(updated.name).toBe("Ann");
        expect(updated.headline).toBe("Engineer");
        expect(updated.strengths).toEqual(["clear"]);
        expect(updated.created_at).toBe(created.created_at);
        expect(await store.getProfileByUser({ userId: u.id })).toEqual(updated);
      });

      it("keeps one profile per user under concurrent first saves, and every field survives", async () => {
        const u = await newUser();
        await Promise.all([
          store.upsertProfile({ userId: u.id, set: { name: "N" } }),
          store.upsertProfile({ userId: u.id, set: { headline: "H" } }),
          store.upsertProfile({ userId: u.id, set: { summary: "S" } }),
        ]);
        const p = await store.getProfileByUser({ userId: u.id });
        expect([p?.name, p?.headline, p?.summary]).toEqual(["N", "H", "S"]);
        const exported = await store.exportUserData({ userId: u.id });
        expect(exported?.profile?.id).toBe(p?.id);
      });

      it("refuses to set store-managed fields", async () => {
        const u = await newUser();
        await expectAppError(store.upsertProfile({ userId: u.id, set: { user_id: OTHER_ID } as never }), "bad_request");
      });
    });

    describe("interviews", () => {
      it("creates with defaults, reads, updates fields atomically, deletes", async () => {
        const u = await newUser();
        const iv = await store.createInterview({ userId: u.id, data: interviewData() });
        expect(iv).toMatchObject({
          user_id: u.id,
          questions: ["Q1?", "Q2?", "Q3?"],
          answers: [],
          question_notes: [],
          status: "in_progress",
          evaluations: [],
          overall_score: null,
          feedback: "",
          engine: null,
          evaluated_at: null,
        });
        expect(iv.id).toMatch(/^[a-f0-9]{24}$/);
        expect(await store.getInterviewById({ userId: u.id, id: iv.id })).toEqual(iv);

        await sleep(2);
        const up = await store.updateInterview({
          userId: u.id,
          id: iv.id,
          set: { status: "completed", techstack: ["go", "sql"], overall_score: 7.5 },
        });
        expect(up).toMatchObject({
          status: "completed",
          techstack: ["go", "sql"],
          overall_score: 7.5,
          questions: iv.questions,
          created_at: iv.created_at,
        });
        expect(up!.updated_at > iv.updated_at).toBe(true);

        const ans = await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 2, text: 'He said "hi" \\ ok' });
        expect(ans?.answers).toEqual(["", "", 'He said "hi" \\ ok']);
        const ans2 = await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 0, text: "first" });
        expect(ans2?.answers).toEqual(["first", "", 'He said "hi" \\ ok']);
        expect((await store.getInterviewById({ userId: u.id, id: iv.id }))?.answers).toEqual(["first", "", 'He said "hi" \\ ok']);

        expect(await store.deleteInterview({ userId: u.id, id: iv.id })).toBe(true);
        expect(await store.deleteInterview({ userId: u.id, id: iv.id })).toBe(false);
        expect(await store.getInterviewById({ userId: u.id, id: iv.id })).toBeNull();
        expect(await store.updateInterview({ userId: u.id, id: iv.id, set: { status: "completed" } })).toBeNull();
        expect(await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 0, text: "x" })).toBeNull();
      });

      it("refuses store-managed fields and bad answer indexes", async () => {
        const u = await newUser();
        const iv = await store.createInterview({ userId: u.id, data: interviewData() });
        await expectAppError(store.updateInterview({ userId: u.id, id: iv.id, set: { user_id: OTHER_ID } as never }), "bad_request");
        await expectAppError(store.updateInterview({ userId: u.id, id: iv.id, set: { id: OTHER_ID } as never }), "bad_request");
        await expectAppError(store.setInterviewAnswer({ userId: u.id, id: iv.id, index: -1, text: "x" }), "bad_request");
        await expectAppError(store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1.5, text: "x" }), "bad_request");
        expect((await store.getInterviewById({ userId: u.id, id: iv.id }))?.user_id).toBe(u.id);
      });

      it("keeps both of two concurrent saves of different answers (and of different fields)", async () => {
        const u = await newUser();
        const iv = await store.createInterview({
          userId: u.id,
          data: interviewData({ questions: Array.from({ length: 12 }, (_, i) => `Q${i}`) }),
        });
        await Promise.all([
          store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 3, text: "three" }),
          store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1, text: "one" }),
        ]);
        expect((await store.getInterviewById({ userId: u.id, id: iv.id }))?.answers).toEqual(["", "one", "", "three"]);

        await Promise.all(
          Array.from({ length: 12 }, (_, i) => store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 11 - i, text: `a${11 - i}` })),
        );
        expect((await store.getInterviewById({ userId: u.id, id: iv.id }))?.answers).toEqual(Array.from({ length: 12 }, (_, i) => `a${i}`));

        await Promise.all([
          store.updateInterview({ userId: u.id, id: iv.id, set: { feedback: "good" } }),
          store.updateInterview({ userId: u.id, id: iv.id, set: { status: "completed" } }),
          store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 5, text: "five" }),
        ]);
        const after = await store.getInterviewById({ userId: u.id, id: iv.id });
        expect([after?.feedback, after?.status, after?.answers[5]]).toEqual(["good", "completed", "five"]);
      });

      it("counts each answer's revision and refuses a save typed on an older one (compare-and-set)", async () => {
        const u = await newUser();
        const iv = await store.createInterview({ userId: u.id, data: interviewData() });
        const first = await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1, text: "v1", baseRevision: 0 });
        expect(first?.answer_revisions?.["1"]).toBe(1);
        const second = await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1, text: "v2", baseRevision: 1 });
        expect([second?.answers[1], second?.answer_revisions?.["1"]]).toEqual(["v2", 2]);
        // A page that still holds revision 1 (Back, another tab) cannot save over v2, and nothing changes.
        await expectAppError(store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1, text: "", baseRevision: 1 }), "conflict");
        await expectAppError(store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1, text: "old", baseRevision: 0 }), "conflict");
        const after = await store.getInterviewById({ userId: u.id, id: iv.id });
        expect([after?.answers[1], after?.answer_revisions?.["1"]]).toEqual(["v2", 2]);
        // Revisions are per answer: another answer starts at 0. Without a base revision the save is unconditional.
        const other = await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 0, text: "zero", baseRevision: 0 });
        expect(other?.answer_revisions).toEqual({ "0": 1, "1": 2 });
        const forced = await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1, text: "v3" });
        expect(forced?.answer_revisions?.["1"]).toBe(3);
        // Of two saves typed on the same revision at the same time, exactly one wins.
        const race = await Promise.allSettled([
          store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 2, text: "tab A", baseRevision: 0 }),
          store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 2, text: "tab B", baseRevision: 0 }),
        ]);
        expect(race.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
        expect((await store.getInterviewById({ userId: u.id, id: iv.id }))?.answer_revisions?.["2"]).toBe(1);
        // Another owner's interview: not found, never a conflict that would reveal it exists.
        expect(await store.setInterviewAnswer({ userId: OTHER_ID, id: iv.id, index: 1, text: "x", baseRevision: 9 })).toBeNull();
      });

      it("round-trips a 1 MB document", async () => {
        const u = await newUser();
        const big = "é漢字 answer text. ".repeat(Math.ceil((1024 * 1024) / 18)).slice(0, 1024 * 1024);
        const iv = await store.createInterview({
          userId: u.id,
          data: interviewData({ answers: [big, "short"], feedback: big.slice(0, 1000) }),
        });
        const read = await store.getInterviewById({ userId: u.id, id: iv.id });
        expect(read?.answers[0].length).toBe(big.length);
        expect(read?.answers[0] === big).toBe(true);
        const again = await store.setInterviewAnswer({ userId: u.id, id: iv.id, index: 1, text: big });
        expect(again?.answers[1] === big).toBe(true);
        expect(again?.answers[0] === big).toBe(true);
      });
    });

    describe("owner scoping", () => {
      it("user B cannot read, change or delete user A's documents", async () => {
        const a = await newUser();
        const b = await newUser();
        const iv = await store.createInterview({ userId: a.id, data: interviewData({ answers: ["mine"] }) });
        const app = await store.createApplication({ userId: a.id, data: applicationData() });
        await store.upsertProfile({ userId: a.id, set: { name: "A" } });

        expect(await store.getInterviewById({ userId: b.id, id: iv.id })).toBeNull();
        expect(await store.updateInterview({ userId: b.id, id: iv.id, set: { feedback: "hacked" } })).toBeNull();
        expect(await store.setInterviewAnswer({ userId: b.id, id: iv.id, index: 0, text: "hacked" })).toBeNull();
        expect(await store.deleteInterview({ userId: b.id, id: iv.id })).toBe(false);
        expect((await store.listInterviews({ userId: b.id, limit: 100 })).items).toEqual([]);

        expect(await store.getApplicationById({ userId: b.id, id: app.id })).toBeNull();
        expect(await store.updateApplication({ userId: b.id, id: app.id, set: { status: "offer" } })).toBeNull();
        expect(await store.deleteApplication({ userId: b.id, id: app.id })).toBe(false);
        expect((await store.listApplications({ userId: b.id, limit: 100 })).items).toEqual([]);

        expect(await store.getProfileByUser({ userId: b.id })).toBeNull();
        const bProfile = await store.upsertProfile({ userId: b.id, set: { name: "B" } });
        expect(bProfile.user_id).toBe(b.id);

        // A's documents are untouched.
        expect(await store.getInterviewById({ userId: a.id, id: iv.id })).toEqual(iv);
        expect(await store.getApplicationById({ userId: a.id, id: app.id })).toEqual(app);
        expect((await store.getProfileByUser({ userId: a.id }))?.name).toBe("A");
        // Unknown and malformed ids match nothing.
        expect(await store.getInterviewById({ userId: a.id, id: OTHER_ID })).toBeNull();
        expect(await store.getInterviewById({ userId: a.id, id: "zzz" })).toBeNull();
        expect(await store.getApplicationById({ userId: a.id, id: "../../etc" })).toBeNull();
        expect(await store.deleteApplication({ userId: a.id, id: "x" })).toBe(false);
      });
    });

    describe("lists", () => {
      it("pages newest first with cursors across pages, and caps the limit at 100", async () => {
        const u = await newUser();
        const made = [];
        for (let i = 0; i < 25; i++) made.push(await store.createInterview({ userId: u.id, data: interviewData({ role: `r${i}` }) }));
        const expected = [...made].sort((x, y) =>
          x.created_at === y.created_at ? (x.id < y.id ? 1 : -1) : x.created_at < y.created_at ? 1 : -1,
        );
        expect(expected.map((d) => d.id)).toEqual([...made].reverse().map((d) => d.id));

        const seen: string[] = [];
        let cursor: string | null = null;
        const sizes: number[] = [];
        do {
          const page: Awaited<ReturnType<Store["listInterviews"]>> = await store.listInterviews({ userId: u.id, limit: 10, cursor });
          sizes.push(page.items.length);
          seen.push(...page.items.map((d) => d.id));
          cursor = page.next_cursor;
          if (cursor) expect(cursor).not.toMatch(/[+/=]/);
        } while (cursor);
        expect(sizes).toEqual([10, 10, 5]);
        expect(seen).toEqual(expected.map((d) => d.id));

        const exact = await store.listInterviews({ userId: u.id, limit: 25 });
        expect(exact.items).toHaveLength(25);
        expect(exact.next_cursor).toBeNull();

        const capped = await store.listInterviews({ userId: u.id, limit: 1000 });
        expect(capped.items).toHaveLength(25);

        await store.updateInterview({ userId: u.id, id: made[3].id, set: { status: "evaluated" } });
        const evaluated = await store.listInterviews({ userId: u.id, limit: 10, status: "evaluated" });
        expect(evaluated.items.map((d) => d.id)).toEqual([made[3].id]);

        await expectAppError(store.listInterviews({ userId: u.id, limit: 10, cursor: "not-a-cursor" }), "bad_request");
      });

      it("caps a page at 100 items", async () => {
        const u = await newUser();
        for (let i = 0; i < 105; i++) await store.createApplication({ userId: u.id, data: applicationData() });
        const first = await store.listApplications({ userId: u.id, limit: 500 });
        expect(first.items).toHaveLength(100);
        expect(first.next_cursor).not.toBeNull();
        const rest = await store.listApplications({ userId: u.id, limit: 500, cursor: first.next_cursor });
        expect(rest.items).toHaveLength(5);
        expect(rest.next_cursor).toBeNull();
      });

      it("filters applications by status and by company (case-insensitive substring)", async () => {
        const u = await newUser();
        const acme = await store.createApplication({
          userId: u.id,
          data: applicationData({ status: "applied" }, { company: "ACME Corp" }),
        });
        const globex = await store.createApplication({ userId: u.id, data: applicationData({}, { company: "Globex (Europe) Ltd." }) });
        const acme2 = await store.createApplication({ userId: u.id, data: applicationData({ status: "offer" }, { company: "Acme Labs" }) });
        expect(globex.status).toBe("draft");
        expect(globex.tailored_resume).toBeNull();

        const byCompany = await store.listApplications({ userId: u.id, limit: 10, company: "acme" });
        expect(byCompany.items.map((d) => d.id)).toEqual([acme2.id, acme.id]);
        const special = await store.listApplications({ userId: u.id, limit: 10, company: "(europe) ltd." });
        expect(special.items.map((d) => d.id)).toEqual([globex.id]);
        const byStatus = await store.listApplications({ userId: u.id, limit: 10, status: "applied" });
        expect(byStatus.items.map((d) => d.id)).toEqual([acme.id]);
        const both = await store.listApplications({ userId: u.id, limit: 10, status: "offer", company: "ACME" });
        expect(both.items.map((d) => d.id)).toEqual([acme2.id]);
        const none = await store.listApplications({ userId: u.id, limit: 10, company: "initech" });
        expect(none).toEqual({ items: [], next_cursor: null });

        const changed = await store.updateApplication({
          userId: u.id,
          id: globex.id,
          set: { status: "rejected", cover_letter: "Dear..." },
        });
        expect(changed).toMatchObject({ status: "rejected", cover_letter: "Dear...", job_data: globex.job_data });
        expect(await store.deleteApplication({ userId: u.id, id: globex.id })).toBe(true);
        expect(await store.getApplicationById({ userId: u.id, id: globex.id })).toBeNull();
      });
    });

    describe("counters", () => {
      it("counts hits atomically within a window that starts at the first hit", async () => {
        const key = `test:${uniq()}`;
        expect(await store.getCounter({ key })).toBeNull();
        const first = await store.hitCounter({ key, windowSeconds: 60 });
        expect(first.count).toBe(1);
        const resetMs = Date.parse(first.reset_at) - Date.now();
        expect(resetMs).toBeGreaterThan(55_000);
        expect(resetMs).toBeLessThanOrEqual(60_000);
        const second = await store.hitCounter({ key, windowSeconds: 60 });
        expect(second).toEqual({ count: 2, reset_at: first.reset_at });

        const many = await Promise.all(Array.from({ length: 20 }, () => store.hitCounter({ key, windowSeconds: 60 })));
        expect(many.map((c) => c.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
        expect(await store.getCounter({ key })).toEqual({ count: 22, reset_at: first.reset_at });

        await store.resetCounter({ key });
        expect(await store.getCounter({ key })).toBeNull();
        expect((await store.hitCounter({ key, windowSeconds: 60 })).count).toBe(1);
      });

      it("starts a new window after reset_at", async () => {
        const key = `test:${uniq()}`;
        await store.hitCounter({ key, windowSeconds: 1 });
        const two = await store.hitCounter({ key, windowSeconds: 1 });
        expect(two.count).toBe(2);
        await sleep(Date.parse(two.reset_at) - Date.now() + 50);
        expect(await store.getCounter({ key })).toBeNull();
        const fresh = await store.hitCounter({ key, windowSeconds: 1 });
        expect(fresh.count).toBe(1);
        expect(fresh.reset_at > two.reset_at).toBe(true);
      });
    });

    describe("account data", () => {
      it("exports everything about a user except the password hash", async () => {
        const u = await store.createUser({
          email: `e${uniq()}@example.com`,
          username: `exp_${uniq()}`,
          password_hash: "$2b$10$SECRETHASHVALUE",
        });
        await store.upsertProfile({ userId: u.id, set: { name: "Exporter" } });
        const iv1 = await store.createInterview({ userId: u.id, data: interviewData() });
        const iv2 = await store.createInterview({ userId: u.id, data: interviewData() });
        const app = await store.createApplication({ userId: u.id, data: applicationData() });
        const other = await newUser();
        await store.createInterview({ userId: other.id, data: interviewData() });

        const data = await store.exportUserData({ userId: u.id });
        expect(data).not.toBeNull();
        expect(JSON.stringify(data)).not.toContain("SECRETHASHVALUE");
        expect(data!.user).not.toHaveProperty("password_hash");
        expect(data!.user).toMatchObject({ id: u.id, email: u.email, username: u.username });
        expect(data!.profile?.name).toBe("Exporter");
        expect(data!.interviews.map((d) => d.id)).toEqual([iv2.id, iv1.id]);
        expect(data!.applications.map((d) => d.id)).toEqual([app.id]);
        expect(await store.exportUserData({ userId: OTHER_ID })).toBeNull();
      });

      it("deletes the user and every document they own, and nothing of anyone else", async () => {
        const a = await newUser();
        const b = await newUser();
        for (const who of [a, b]) {
          await store.upsertProfile({ userId: who.id, set: { name: who.username } });
          await store.createInterview({ userId: who.id, data: interviewData() });
          await store.createApplication({ userId: who.id, data: applicationData() });
          await store.hitCounter({ key: `interview-generate:${who.id}`, windowSeconds: 3600 });
        }
        expect(await store.deleteUserAndData({ id: a.id })).toBe(true);

        expect(await store.getUserById({ id: a.id })).toBeNull();
        expect(await store.getUserByLogin({ login: a.email })).toBeNull();
        expect(await store.getProfileByUser({ userId: a.id })).toBeNull();
        expect((await store.listInterviews({ userId: a.id, limit: 100 })).items).toEqual([]);
        expect((await store.listApplications({ userId: a.id, limit: 100 })).items).toEqual([]);
        expect(await store.getCounter({ key: `interview-generate:${a.id}` })).toBeNull();
        expect(await store.exportUserData({ userId: a.id })).toBeNull();
        expect(await store.deleteUserAndData({ id: a.id })).toBe(false);

        expect(await store.getUserById({ id: b.id })).not.toBeNull();
        expect((await store.getProfileByUser({ userId: b.id }))?.name).toBe(b.username);
        expect((await store.listInterviews({ userId: b.id, limit: 100 })).items).toHaveLength(1);
        expect((await store.listApplications({ userId: b.id, limit: 100 })).items).toHaveLength(1);
        expect((await store.getCounter({ key: `interview-generate:${b.id}` }))?.count).toBe(1);

        // The e-mail is free again.
        const again = await store.createUser({ email: a.email, username: a.username, password_hash: "h" });
        expect(again.id).not.toBe(a.id);
      });
    });

    if (h.sqliteFile) {
      const file = h.sqliteFile;
      describe("sqlite file", () => {
        it("keeps the data when the file is reopened, and migrations are idempotent", async () => {
          const u = await newUser();
          const iv = await store.createInterview({ userId: u.id, data: interviewData({ answers: ["kept"] }) });
          const reopened = openSqliteStore({ file });
          try {
            expect(await reopened.getUserById({ id: u.id })).toEqual(u);
            expect(await reopened.getInterviewById({ userId: u.id, id: iv.id })).toEqual(iv);
          } finally {
            await reopened.close();
          }
          const raw = new Database(file);
          try {
            const latest = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;
            expect(migrateSqlite(raw)).toBe(latest);
            expect(migrateSqlite(raw)).toBe(latest);
            const versions = raw.prepare("SELECT version FROM schema_version ORDER BY version").all() as { version: number }[];
            expect(versions.map((v) => v.version)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
            expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
            const indexes = (
              raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
            ).map((r) => r.name);
            expect(indexes).toEqual(
              expect.arrayContaining([
                "users_email_unique",
                "users_username_unique",
                "user_profiles_user_unique",
                "interviews_user_created",
                "applications_user_created",
              ]),
            );
          } finally {
            raw.close();
          }
        });

        it("upgrades a database made by an older version in order and keeps its data", async () => {
          const old = path.join(mkdtempSync(path.join(tmpdir(), "intervu-upgrade-")), "intervu.db");
          const raw = new Database(old);
          raw.exec("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
          SQLITE_MIGRATIONS[0].up(raw);
          raw
            .prepare("INSERT INTO schema_version VALUES (?, ?, ?)")
            .run(SQLITE_MIGRATIONS[0].version, SQLITE_MIGRATIONS[0].name, new Date().toISOString());
          // A user written by the older version (schema 1 only).
          const id = "aaaaaaaaaaaaaaaaaaaaaaaa";
          const at = new Date().toISOString();
          const body = { email: "old@example.com", username: "old_user", password_hash: "h", session_version: 0 };
          raw
            .prepare("INSERT INTO users (id, email, username_key, created_at, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?)")
            .run(id, body.email, "old_user", at, at, JSON.stringify(body));
          raw.close();
          const u = { id };

          const upgraded = openSqliteStore({ file: old });
          try {
            expect((await upgraded.getUserByLogin({ login: "old_user" }))?.id).toBe(u.id);
          } finally {
            await upgraded.close();
          }
          const check = new Database(old, { readonly: true });
          try {
            const versions = check.prepare("SELECT version FROM schema_version ORDER BY version").all() as { version: number }[];
            expect(versions.map((v) => v.version)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
            expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'rate_limits_reset_at'").get()).toBeTruthy();
          } finally {
            check.close();
          }
        });

        it("keeps every answer when two processes save answers of one interview at the same time", async () => {
          const u = await newUser();
          const iv = await store.createInterview({ userId: u.id, data: interviewData() });
          const worker = path.join(__dirname, "store-contract-worker.mts");
          const run = (first: number, tag: string) =>
            promisify(execFile)(process.execPath, ["--import", "tsx", worker, file, u.id, iv.id, String(first), "2", "40", tag], {
              cwd: ROOT,
              timeout: 60_000,
            });
          await Promise.all([run(0, "even"), run(1, "odd")]);
          const read = await store.getInterviewById({ userId: u.id, id: iv.id });
          expect(read?.answers).toEqual(Array.from({ length: 80 }, (_, i) => `${i % 2 ? "odd" : "even"}:${i}`));
        }, 90_000);
      });
    }
  });
}
