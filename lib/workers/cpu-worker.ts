import type { MessagePort } from "node:worker_threads";
import { recordAgentCallsElsewhere } from "@/agents/observe";
import { isAppError } from "@/core/errors";
import { TASKS, type TaskFailure, type TaskName } from "@/lib/workers/tasks";

// The entry point of a worker thread (bundled to .workers/cpu-worker.mjs by scripts/build-workers.mjs). Piscina
// calls the default export once per task. Errors come back as plain data: an AppError keeps its code, message and
// field errors; anything else is an internal error whose details stay in this thread's log.

/** `started`: told first thing, so the caller's time limit counts the task's run only (lib/workers/pool.ts). */
type Request = { name: TaskName; input: unknown; started?: MessagePort };
type Reply = { ok: true; value: unknown } | { ok: false; error: TaskFailure };

// The agent calls made here are logged and counted by the main thread (lib/workers/agents.ts), with its request id.
recordAgentCallsElsewhere();

export default async function runTask({ name, input, started }: Request): Promise<Reply> {
  started?.postMessage(null);
  started?.close();
  try {
    const task = TASKS[name] as (input: unknown) => Promise<unknown>;
    if (!task) throw new Error(`Unknown worker task: ${name}`);
    return { ok: true, value: await task(input) };
  } catch (error) {
    if (isAppError(error)) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, errors: error.errors, retryAfterSeconds: error.retryAfterSeconds },
      };
    }
    console.error(`worker task ${name} failed`, error);
    return { ok: false, error: { code: null, message: error instanceof Error ? error.message : String(error) } };
  }
}
