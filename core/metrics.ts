import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Prometheus metrics for GET /api/metrics (prom-client). One registry per process, kept on globalThis because Next
// bundles this module once per entry (instrumentation, proxy, each route) while a process has one set of counters.
// Labels are closed sets (route patterns, agent names, engines, outcomes, status codes), never ids or user input.

type Metrics = {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route" | "status">;
  aiCalls: Counter<"agent" | "engine" | "outcome">;
  aiDuration: Histogram<"agent" | "engine" | "outcome">;
  storeErrors: Counter<"store" | "kind">;
};

const g = globalThis as typeof globalThis & { __intervuMetrics?: Metrics };

export function metrics(): Metrics {
  return (g.__intervuMetrics ??= createMetrics());
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "intervu_" });
  return {
    registry,
    httpRequests: new Counter({
      name: "intervu_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status.",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "intervu_http_request_duration_seconds",
      help: "Time from the request's arrival to the end of its response, by method, route pattern and status.",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    aiCalls: new Counter({
      name: "intervu_ai_calls_total",
      help: "AI agent calls, by agent, engine (gemini or offline) and outcome (ok or the failure reason).",
      labelNames: ["agent", "engine", "outcome"],
      registers: [registry],
    }),
    aiDuration: new Histogram({
      name: "intervu_ai_call_duration_seconds",
      help: "AI agent call latency, by agent, engine and outcome.",
      labelNames: ["agent", "engine", "outcome"],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    storeErrors: new Counter({
      name: "intervu_store_errors_total",
      help: "Store operations that failed because the database did not answer or refused (timeout, unavailable).",
      labelNames: ["store", "kind"],
      registers: [registry],
    }),
  };
}

/** The Prometheus text exposition of every metric of this process. */
export async function metricsText(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
