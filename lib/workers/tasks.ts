import "server-only";
import { finishCvReply } from "@/agents/cv";
import { finishJobReply, jobPrompt } from "@/agents/job";
import { finishResumeReply } from "@/agents/resume";
import { readDocument } from "@/lib/documents/read";
import { AGENTS } from "@/lib/workers/agent-table";

// What a worker thread can be asked to do: read a document, run an agent on the offline engine (the worker's
// environment fixes AI_ENGINE=offline, see workerEnv() in core/config.ts), or the CPU-bound steps around a model call
// on Gemini (reading a job page; checking a job, CV or resume reply against its sources). The main thread imports only the types.

export const TASKS = {
  extract: readDocument,
  ...AGENTS,
  "job-prompt": jobPrompt,
  "job-finish": finishJobReply,
  "cv-finish": finishCvReply,
  "resume-finish": finishResumeReply,
} as const;

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;

/** An error as it crosses the thread boundary (class instances do not survive structured cloning). */
export type TaskFailure = {
  code: string | null;
  message: string;
  errors?: Array<{ path: string; message: string }>;
  retryAfterSeconds?: number;
};
