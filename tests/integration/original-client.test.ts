import { describe, expect, it } from "vitest";
import { callApi } from "@/tests/helpers/api-router";
import { pdfFixtureText, readFixtureText } from "@/tests/helpers/fixtures";
import { replayOriginalClient } from "@/tests/helpers/original-client";

// Issue 15's "done when": the original InterVu web client's whole session, every body exactly as it sends it, works
// against this API, with every reply field it reads. Calls go through the route files by URL (tests/helpers/api-router).

describe("the original InterVu client, replayed", () => {
  it("every call works, except question generation without a token (refused by design)", { timeout: 120_000 }, async () => {
    const results = await replayOriginalClient((method, path, init) => callApi(method, path, init), {
      cvText: await pdfFixtureText("resumes", "barry_allen_fe.pdf"),
      jobText: readFixtureText("jobs", "e2e_frontend-eng.txt"),
    });
    const failed = results.filter((r) => !r.ok);
    console.log(`original client replay: ${results.length - failed.length} of ${results.length} calls work`);
    expect(failed.map((r) => `${r.step} → ${r.problems.join("; ")}`)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(30);
    const refused = results.find((r) => r.step.includes("without a token"));
    expect(refused?.status).toBe(401);
  });
});
