import { log } from "@/core/log";
import { metrics } from "@/core/metrics";
import { requestScope } from "@/core/request-context";
import { currentEngine, type Engine } from "./engine";
import { isAiError } from "./errors";

// Every agent call, either engine, becomes one log line and two metrics (count and latency by agent, engine and
// outcome). Only names, outcomes and timings are recorded: never the input (CV, job posting, answers) or the output.

export type AgentName = "cv" | "job" | "resume" | "letter" | "messaging" | "questions" | "evaluation" | "coaching";

// A worker thread (lib/workers) runs agents for a request served by the main thread: the main thread records the
// call, where the request's id and the process's metrics are; a record made in the thread would have neither.
let recording = true;

/** Called once by a worker thread's entry: its agent calls are recorded by the main thread that asked for them. */
export function recordAgentCallsElsewhere(): void {
  recording = false;
}

/** Wraps an agent's run function: `export const runXAgent = observeAgent("x", runX);` */
export function observeAgent<A extends unknown[], R>(agent: AgentName, run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    if (!recording) return run(...args);
    const started = performance.now();
    try {
      const result = await run(...args);
      record(agent, engineOf(result), "ok", started);
      return result;
    } catch (error) {
      record(agent, currentEngine(), outcomeOf(error), started);
      throw error;
    }
  };
}

/** The same for a streaming agent: the call ends when the stream ends, fails or is abandoned. */
export function observeAgentStream<A extends unknown[]>(
  agent: AgentName,
  run: (...args: A) => AsyncGenerator<string, void, undefined>,
): (...args: A) => AsyncGenerator<string, void, undefined> {
  return async function* (...args) {
    if (!recording) return yield* run(...args);
    const started = performance.now();
    let outcome = "abandoned";
    try {
      yield* run(...args);
      outcome = "ok";
    } catch (error) {
      outcome = outcomeOf(error);
      throw error;
    } finally {
      record(agent, currentEngine(), outcome, started);
    }
  };
}

function record(agent: AgentName, engine: Engine, outcome: string, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  try {
    const m = metrics();
    m.aiCalls.inc({ agent, engine, outcome });
    m.aiDuration.observe({ agent, engine, outcome }, seconds);
  } catch {
    // metrics never break an agent call
  }
  const scope = requestScope();
  const line = {
    event: "ai_call",
    reqId: scope?.requestId,
    user: scope?.user,
    agent,
    engine,
    outcome,
    duration_ms: Math.round(seconds * 1000),
  };
  if (outcome === "ok") log().info(line, "ai call");
  else log().warn(line, "ai call failed");
}

function engineOf(result: unknown): Engine {
  const engine = (result as { engine?: unknown } | null)?.engine;
  return engine === "gemini" || engine === "offline" ? engine : currentEngine();
}

function outcomeOf(error: unknown): string {
  return isAiError(error) ? error.reason : "error";
}
