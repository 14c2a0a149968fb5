// Request ids, access log lines and metrics, in-process: through Node's HTTP server (the observer installed at
// start-up under `next start` / server.js) and through a route handler called directly (Vercel's functions).
// The whole flow against the real standalone server is in tests/e2e/standalone.spec.ts.
import { createServer, type Server } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/core/config";
import { captureLogsForTests } from "@/core/log";
import { metricsText } from "@/core/metrics";
import { GET as health } from "@/app/api/health/route";
import { GET as me } from "@/app/api/auth/me/route";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { installHttpObserver } from "@/lib/http/request-log";
import { createTestUser } from "@/tests/helpers/auth";
import { noParams } from "@/tests/integration/interview-helpers";

const TOKEN = "metrics-token-for-tests-0123456789";
let logs: ReturnType<typeof captureLogsForTests>;

beforeAll(() => {
  logs = captureLogsForTests();
});
afterAll(() => logs.stop());
afterEach(() => {
  delete process.env.METRICS_TOKEN;
  resetConfigForTests();
});

const accessLines = () => logs.lines().filter((l) => l.event === "request");

describe("access log and request id", () => {
  it("a route handler called directly logs one line and answers with the same X-Request-Id", async () => {
    const res = await health(new Request("http://localhost/api/health"), noParams);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = accessLines().find((l) => l.reqId === id);
    expect(line).toMatchObject({ level: "info", method: "GET", route: "/api/health", status: 200 });
    expect(typeof line?.duration_ms).toBe("number");
  });

  it("keeps a well-formed incoming X-Request-Id (from a load balancer) and replaces a malformed one", async () => {
    const kept = await health(new Request("http://localhost/api/health", { headers: { "X-Request-Id": "lb-7f3a9c21" } }), noParams);
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a9c21");
    const replaced = await health(
      new Request("http://localhost/api/health", { headers: { "X-Request-Id": 'bad id {"forged": 1}' } }),
      noParams,
    );
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("names the caller by a hash of the user id, never the id, name or e-mail", async () => {
    const { user, authHeaders } = await createTestUser();
    const res = await me(new Request(`http://localhost/api/auth/me`, { headers: authHeaders }), noParams);
    expect(res.status).toBe(200);
    const line = accessLines().find((l) => l.reqId === res.headers.get("x-request-id"));
    expect(line?.user).toMatch(/^[0-9a-f]{16}$/);
    const text = logs.text();
    for (const secret of [user.id, user.email, user.username, authHeaders.Authorization.slice(7)]) expect(text).not.toContain(secret);
  });

  it("through Node's HTTP server: every request gets an id, a log line and a count, whatever serves it", async () => {
    installHttpObserver();
    const server: Server = createServer((req, res) => {
      // What a route handler sees: the id is already on the request headers.
      res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "text/plain" });
      res.end(String(req.headers["x-request-id"]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const res = await fetch(`${base}/interview/0123456789abcdef01234567/report?tab=1`);
      const id = res.headers.get("x-request-id");
      expect(await res.text()).toBe(id);
      await fetch(`${base}/missing`);
      await new Promise((r) => setTimeout(r, 50)); // the line is written when the reply closes
      expect(accessLines().find((l) => l.reqId === id)).toMatchObject({ method: "GET", route: "/interview/[id]/report", status: 200 });
      const text = (await metricsText()).body;
      expect(text).toContain('intervu_http_requests_total{method="GET",route="/interview/[id]/report",status="200"} 1');
      expect(text).toContain('intervu_http_requests_total{method="GET",route="(not found)",status="404"} 1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("GET /api/metrics", () => {
  const scrape = (authorization?: string) =>
    metricsRoute(new Request("http://localhost/api/metrics", { headers: authorization ? { Authorization: authorization } : {} }), noParams);

  it("does not exist without METRICS_TOKEN", async () => {
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: "not_found" });
  });

  it("refuses a missing or wrong token", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetConfigForTests();
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape("Basic " + Buffer.from(`x:${TOKEN}`).toString("base64"))).status).toBe(401);
  });

  it("counts a request: Prometheus text with request counts, latency histograms, AI calls and store errors", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetConfigForTests();
    const count = async () => {
      const body = await (await scrape(`Bearer ${TOKEN}`)).text();
      const m = /intervu_http_requests_total\{method="GET",route="\/api\/health",status="200"\} (\d+)/.exec(body);
      return { body, n: m ? Number(m[1]) : 0 };
    };
    const before = await count();
    await health(new Request("http://localhost/api/health"), noParams);
    const after = await count();
    expect(after.n).toBe(before.n + 1);
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      "intervu_http_request_duration_seconds_bucket",
      "# TYPE intervu_ai_calls_total counter",
      "# TYPE intervu_ai_call_duration_seconds histogram",
      "# TYPE intervu_store_errors_total counter",
      "intervu_process_resident_memory_bytes",
    ]) {
      expect(after.body).toContain(name);
    }
  });
});
