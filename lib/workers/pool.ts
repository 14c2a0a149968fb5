import "server-only";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { getConfig, workerEnv } from "@/core/config";
import { AppError, type ErrorCode } from "@/core/errors";
import type { TaskFailure, TaskInput, TaskName, TaskOutput } from "@/lib/workers/tasks";

// One pool of worker threads per process for CPU-bound work (documents, the offline engine), so the event loop
// keeps answering /api/health and other users while a large or hostile input is being read. Each task has a hard
// time limit: when it passes, the thread running the task is terminated (piscina's abort), not merely left behind,
// and the caller gets a 422. A thread's JS heap is capped (resourceLimits); memory outside the heap (decoded
// buffers) is watched from here, and a task that makes the process grow past the cap is terminated too (413).

export type TaskLimits = { timeoutMs?: number; tooSlow: string; tooBig: string };

/** The bundled worker (scripts/build-workers.mjs writes it; `next build`, `next dev` and vitest build it first). */
export function workerScriptPath(): string {
  return path.join(process.cwd(), ".workers", "cpu-worker.mjs");
}

const g = globalThis as typeof globalThis & { __intervuPool?: Piscina };
const WATCH_EVERY_MS = 25;
/** How long a task may wait for a thread (queued behind others, or a new thread loading its code): then 503 busy. */
const START_WITHIN_MS = 60_000;

function pool(): Piscina {
  if (g.__intervuPool) return g.__intervuPool;
  const cfg = getConfig();
  g.__intervuPool = new Piscina({
    filename: workerScriptPath(),
    minThreads: 1,
    maxThreads: cfg.cpuWorkers,
    idleTimeout: 30_000,
    maxQueue: cfg.cpuWorkers * 32,
    env: workerEnv(),
    resourceLimits: { maxOldGenerationSizeMb: cfg.cpuWorkerMemoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
  return g.__intervuPool;
}

export async function runTask<K extends TaskName>(name: K, input: TaskInput<K>, limits: TaskLimits): Promise<TaskOutput<K>> {
  return (await runOnPool(pool(), name, input, limits)) as TaskOutput<K>;
}

/** runTask on a given pool (tests run it on a pool of their own workers). */
export async function runOnPool(piscina: Piscina, name: string, input: unknown, limits: TaskLimits): Promise<unknown> {
  const cfg = getConfig();
  const timeoutMs = limits.timeoutMs ?? cfg.cpuTaskTimeoutMs;
  const controller = new AbortController();
  let stopped: "time" | "memory" | "not started" | null = null;
  const stop = (why: typeof stopped) => () => {
    stopped = why;
    controller.abort();
  };
  // The time limit counts the task's own run, from when a thread picks it up (it says so on `started`), not its wait
  // in the queue or a new thread's start, which took over 10 s on a loaded 2-core machine.
  const { port1: started, port2: startedPort } = new MessageChannel();
  let timer = setTimeout(stop("not started"), START_WITHIN_MS);
  started.once("message", () => {
    clearTimeout(timer);
    timer = setTimeout(stop("time"), timeoutMs);
  });
  // Buffers that pdf.js or mammoth decode live outside the worker's heap limit: watch the process instead.
  const ceiling = process.memoryUsage.rss() + cfg.cpuWorkerMemoryMb * 1024 * 1024;
  const watch = setInterval(() => {
    if (process.memoryUsage.rss() > ceiling) stop("memory")();
  }, WATCH_EVERY_MS);
  try {
    const reply = (await piscina.run({ name, input, started: startedPort }, { signal: controller.signal, transferList: [startedPort] })) as
      | { ok: true; value: unknown }
      | { ok: false; error: TaskFailure };
    if (reply.ok) return reply.value;
    throw fromFailure(reply.error);
  } catch (error) {
    if (stopped === "time") throw new AppError("unprocessable", limits.tooSlow, { cause: error });
    if (stopped === "memory" || (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      throw new AppError("payload_too_large", limits.tooBig, { cause: error });
    }
    if (stopped === "not started" || (error instanceof Error && /queue is at limit/i.test(error.message))) {
      throw new AppError("busy", undefined, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    clearInterval(watch);
    started.close();
  }
}

/** Test hook: stop the pool's threads (the next task starts a new pool). */
export async function closePoolForTests(): Promise<void> {
  const current = g.__intervuPool;
  g.__intervuPool = undefined;
  if (current) await current.destroy();
}

function fromFailure(failure: TaskFailure): AppError {
  if (!failure.code) return new AppError("internal", undefined, { cause: new Error(failure.message) });
  return new AppError(failure.code as ErrorCode, failure.message, { errors: failure.errors, retryAfterSeconds: failure.retryAfterSeconds });
}
