import "server-only";
import { currentEngine } from "@/agents/engine";
import { runJobAgent } from "@/agents/job";
import { streamLetterAgent, type LetterAgentInput } from "@/agents/letter";
import { AGENTS, type AgentName } from "@/lib/workers/agent-table";
import { runTask, type TaskLimits } from "@/lib/workers/pool";
import type { TaskInput, TaskOutput } from "@/lib/workers/tasks";

// Agents as the domain calls them. On the offline engine the work is all CPU (parsing, scoring, writing), so it
// runs in the worker pool under its time limit; on Gemini the work is a network call, and it stays here, except
// for steps measured to hold the event loop for long on the largest input: the job agent's reading of a fetched
// page (2.7 s for a 2 MB page) and its check of the reply against the text (0.25 s for 40,000 characters).

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

function limits(name: AgentName): TaskLimits {
  return {
    tooSlow: `${WHAT[name]} took too long, so it was stopped. Shorten the text and try again.`,
    tooBig: `${WHAT[name]} needed too much memory, so it was stopped. Shorten the text and try again.`,
  };
}

export async function runAgent<K extends AgentName>(name: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
  if (currentEngine() === "offline") return runTask(name, input, limits(name));
  if (name === "job") {
    const job = await runJobAgent(input as TaskInput<"job">, {
      prepare: (page) => runTask("job-prompt", page, limits("job")),
      finish: (reply) => runTask("job-finish", reply, limits("job")),
    });
    return job as TaskOutput<K>;
  }
  return (AGENTS[name] as (input: TaskInput<K>) => Promise<TaskOutput<K>>)(input);
}

/** The letter as a stream: offline, written in a worker thread and passed on by paragraph; on Gemini, as the model writes. */
export function streamLetter(input: LetterAgentInput, onWarning?: (warning: string) => void): AsyncGenerator<string, void, undefined> {
  return streamLetterAgent(input, onWarning, async (letterInput) => (await runAgent("letter", letterInput)).cover_letter);
}
