import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as analyzeJob } from "@/app/api/career/analyze-job/route";
import { GET as health } from "@/app/api/health/route";
import { POST as uploadCv } from "@/app/api/profile/upload-cv/route";
import { createTestUser } from "@/tests/helpers/auth";
import { fileRequest } from "@/tests/integration/profile-helpers";
import { generated, NAMED, type Case } from "@/tests/security/corpus";

// Hostile input through the real routes while /api/health is probed every 25 ms: each request answers within 2 s
// (a refusal is an answer), health within 200 ms, and the worst event-loop stall is printed (goal: under 100 ms).
// The parsing runs in the worker pool, so the loop only parses the request, stores and replies.

const SHAPES = [
  "one long repetitive line",
  "deep nesting",
  "one huge token",
  "many commas",
  "many digits",
  "many line breaks",
  "long run of spaces",
  "many date ranges",
];
const CASES: Case[] = [...NAMED, ...generated(48_000).filter((c) => SHAPES.includes(c.name))];

const loop = monitorEventLoopDelay({ resolution: 10 });
let worstHealthMs = 0;
let worstRequest = { ms: 0, what: "" };
let probing = false;
let probe: Promise<void> = Promise.resolve();
let headers: Record<string, string>;

async function probeHealth(): Promise<void> {
  while (probing) {
    const started = performance.now();
    const res = await health(new Request("http://localhost/api/health"));
    expect(res.status).toBe(200);
    worstHealthMs = Math.max(worstHealthMs, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const json = (path: string, body: unknown) =>
  new Request(`http://localhost/api/${path}`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

const ROUTES: Record<string, (text: string) => Promise<Response>> = {
  "upload-cv (pasted text)": (t) => uploadCv(json("profile/upload-cv", { cv_text: `Jane Roe\n${t}`.slice(0, 50_000) })),
  "upload-cv (.md file)": (t) => uploadCv(fileRequest(headers, Buffer.from(`# Jane Roe\n\n${t}`), "cv.md", "text/markdown")),
  "analyze-job (pasted text)": (t) =>
    analyzeJob(json("career/analyze-job", { job_text: `Senior Engineer at Acme\n${t}`.slice(0, 60_000) })),
};

beforeAll(async () => {
  headers = (await createTestUser()).authHeaders;
  await ROUTES["upload-cv (pasted text)"]("Engineer at Acme, 2020 - 2024"); // starts the worker threads
  loop.enable();
  probing = true;
  probe = probeHealth();
});

afterAll(async () => {
  probing = false;
  await probe;
  loop.disable();
  const stallMs = loop.max / 1e6;
  console.log(
    `pathological server: worst event-loop stall ${stallMs.toFixed(0)} ms, worst /api/health ${worstHealthMs.toFixed(0)} ms, ` +
      `worst request ${worstRequest.ms.toFixed(0)} ms (${worstRequest.what}), ${CASES.length} inputs x ${Object.keys(ROUTES).length} routes`,
  );
});

describe.each(Object.entries(ROUTES))("%s with hostile input, /api/health probed meanwhile", (route, send) => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const started = performance.now();
    const res = await send(c.text);
    const ms = performance.now() - started;
    if (ms > worstRequest.ms) worstRequest = { ms, what: `${route}: ${c.name}` };
    expect(res.status, await res.text()).toBeLessThan(500);
    expect(ms, `${route} took ${ms.toFixed(0)} ms on "${c.name}"`).toBeLessThan(2_000);
    expect(worstHealthMs, "/api/health answered slowly").toBeLessThan(200);
  });
});
