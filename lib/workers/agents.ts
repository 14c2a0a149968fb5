import "server-only";
import { currentEngine } from "@/agents/engine";
import { AGENTS, type AgentName } from "@/lib/workers/agent-table";
import { runTask } from "@/lib/workers/pool";
import type { TaskInput, TaskOutput } from "@/lib/workers/tasks";

// Agents as the domain calls them. On the offline engine the work is all CPU (parsing, scoring, writing), so it
// runs in the worker pool under its time limit; on Gemini the work is a network call, and it stays here.

const WHAT: Record<AgentName, string> = {
  cv: "Reading this CV",
  job: "Analysing this job posting",
  evaluation: "Evaluating this answer",
  coaching: "Preparing coaching",
  resume: "Tailoring the resume",
  letter: "Writing the letter",
  messaging: "Writing the messages",
  questions: "Choosing questions",
};

export async function runAgent<K extends AgentName>(name: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
  if (currentEngine() !== "offline") return (AGENTS[name] as (input: TaskInput<K>) => Promise<TaskOutput<K>>)(input);
  return runTask(name, input, {
    tooSlow: `${WHAT[name]} took too long, so it was stopped. Shorten the text and try again.`,
    tooBig: `${WHAT[name]} needed too much memory, so it was stopped. Shorten the text and try again.`,
  });
}
