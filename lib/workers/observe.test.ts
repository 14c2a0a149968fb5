import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCvOffline } from "@/agents/offline/cv";
import { parseJobOffline } from "@/agents/offline/job";
import { captureLogsForTests } from "@/core/log";
import { metricsText } from "@/core/metrics";
import { runInRequestScope } from "@/core/request-context";
import { runAgent, streamLetter } from "@/lib/workers/agents";

// An offline agent runs in a worker thread, but its call is logged and counted here, in the thread that serves the
// request: the log line carries the request's id and /api/metrics counts it (a record made in the worker had neither:
// the worker has its own metrics registry and no request scope).

let logs: ReturnType<typeof captureLogsForTests>;
beforeAll(() => {
  logs = captureLogsForTests();
});
afterAll(() => logs.stop());

const JOB = "Backend Engineer at Acme\nAbout the role\nWe build APIs.\nRequirements:\n- 3+ years of Python\n- PostgreSQL";
const CV = "Jane Roe\njane@example.com\nSUMMARY\nBackend engineer.\nEXPERIENCE\nEngineer, Acme, 2020 - Present\nSKILLS\nPython, PostgreSQL";

async function calls(agent: string): Promise<number> {
  const { body } = await metricsText();
  const line = body.split("\n").find((l) => l.startsWith(`intervu_ai_calls_total{agent="${agent}",engine="offline",outcome="ok"}`));
  return line ? Number(line.split(" ").pop()) : 0;
}

const scope = (requestId: string) => ({ requestId, method: "POST", path: "/api/test", startedAt: Date.now() });
const aiLines = (reqId: string) => logs.lines().filter((l) => l.event === "ai_call" && l.reqId === reqId);

describe("offline agents in the worker pool are recorded by the main thread", () => {
  it("one ai_call line with the request's id and one count per call", async () => {
    const before = await calls("job");
    const job = await runInRequestScope(scope("req-pool-job"), () => runAgent("job", { text: JOB }));
    expect(job.engine).toBe("offline");
    expect(aiLines("req-pool-job")).toEqual([expect.objectContaining({ agent: "job", engine: "offline", outcome: "ok" })]);
    expect(await calls("job")).toBe(before + 1);
  });

  it("a streamed letter is one letter call, not one for the stream and one for the text written in the worker", async () => {
    const before = await calls("letter");
    const input = { profile: parseCvOffline(CV), job: parseJobOffline({ text: JOB }), tone: "professional" as const };
    const text = await runInRequestScope(scope("req-pool-letter"), async () => {
      let out = "";
      for await (const chunk of streamLetter(input)) out += chunk;
      return out;
    });
    expect(text.length).toBeGreaterThan(100);
    expect(aiLines("req-pool-letter")).toEqual([expect.objectContaining({ agent: "letter", engine: "offline", outcome: "ok" })]);
    expect(await calls("letter")).toBe(before + 1);
  });
});
