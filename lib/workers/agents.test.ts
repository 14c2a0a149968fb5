import { describe, expect, it } from "vitest";
import { runAgent } from "@/lib/workers/agents";
import { runTask } from "@/lib/workers/pool";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";

// On the Gemini engine the model call waits on the network, but reading a fetched page (up to 2 MB of HTML) and
// checking the reply against its text are CPU work of seconds on the largest pages: they run in the worker pool, so
// the event loop stays free. A page of 50,000 list items took 4 s on the loop before they moved.

const fake = setupFakeGemini({ timeoutMs: 20_000, resetEach: true });

const REPLY = {
  job_title: "Backend Engineer",
  company: null,
  location: null,
  employment_type: null,
  seniority: null,
  salary: null,
  summary: "Python services.",
  responsibilities: [],
  requirements: ["Python and PostgreSQL experience"],
  qualifications: [],
  nice_to_have: [],
  hard_skills: ["Python", "PostgreSQL", ...Array.from({ length: 60 }, (_, i) => `Tool${i}`)],
  soft_skills: [],
  culture: [],
};

describe("job agent on Gemini with a 2 MB page", () => {
  it("reads the page and checks the reply in a worker thread: the event loop stays free", async () => {
    const item = "<li>Python and PostgreSQL experience</li>";
    const html = `<html><body><main><h1>Backend Engineer</h1><ul>${item.repeat(Math.floor((2 * 1024 * 1024) / item.length))}</ul></main></body></html>`;
    await runTask("job-prompt", { text: "Engineer" }, { tooSlow: "slow", tooBig: "big" }); // starts a thread
    fake.enqueue({ json: REPLY });
    let stallMs = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      stallMs = Math.max(stallMs, now - last - 10);
      last = now;
    };
    const probe = setInterval(tick, 10);
    const started = performance.now();
    const job = await runAgent("job", { html, url: "https://jobs.example.com/1" }).finally(() => {
      tick(); // a stall just before the reply is counted too
      clearInterval(probe);
    });
    const ms = performance.now() - started;
    console.log(`gemini job page: ${ms.toFixed(0)} ms in all, worst event-loop stall ${stallMs.toFixed(0)} ms`);
    expect(job.job_title).toBe("Backend Engineer");
    expect(job.hard_skills).toEqual(expect.arrayContaining(["Python", "PostgreSQL"]));
    expect(job.hard_skills).not.toContain("Tool1");
    expect(fake.requests).toHaveLength(1);
    expect(stallMs, "the page was read on the event loop").toBeLessThan(500);
  });
});
