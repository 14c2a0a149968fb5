import "server-only";
import { currentEngine } from "@/agents/engine";
import { observeAgent } from "@/agents/observe";
import { runCvAgent } from "@/agents/cv";
import { runJobAgent } from "@/agents/job";
import { streamLetterAgent, type LetterAgentInput } from "@/agents/letter";
import { runResumeAgent } from "@/agents/resume";
import { AGENTS, type AgentName } from "@/lib/workers/agent-table";
import { runTask, type TaskLimits } from "@/lib/workers/pool";
import type { TaskInput, TaskOutput } from "@/lib/workers/tasks";

// Agents as the domain calls them. On the offline engine the work is all CPU (parsing, scoring, writing), so it
// runs in the worker pool under its time limit; on Gemini the work is a network call, and it stays here, except
// for steps measured to hold the event loop for long on the largest input, which run in the pool around the call:
// the job agent's reading of a fetched page (2.3-4 s for a 2 MB page) and its check of the reply (0.2 s for 40,000
// characters), the CV agent's check of the reply against the CV (0.8-1.5 s for 50,000 characters) and the resume
// agent's against the profile (1.5-2.6 s for a profile of 50 jobs).

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

/** Gemini agents whose CPU-bound steps run in the pool; the model call between them runs here. */
const GEMINI_IN_POOL: { [K in AgentName]?: (input: TaskInput<K>) => Promise<TaskOutput<K>> } = {
  job: (input: TaskInput<"job">) =>
    runJobAgent(input, {
      prepare: (page) => runTask("job-prompt", page, limits("job")),
      finish: (reply) => runTask("job-finish", reply, limits("job")),
    }),
  cv: (input: TaskInput<"cv">) => runCvAgent(input, (reply) => runTask("cv-finish", reply, limits("cv"))),
  resume: (input: TaskInput<"resume">) => runResumeAgent(input, (reply) => runTask("resume-finish", reply, limits("resume"))),
};

/** An agent on the offline engine, in a worker thread. Not recorded there (agents/observe.ts): runAgent records it. */
function offlineTask<K extends AgentName>(name: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
  return runTask(name, input, limits(name));
}

const OFFLINE = Object.fromEntries(
  (Object.keys(AGENTS) as AgentName[]).map((name) => [
    name,
    observeAgent(name, (input: TaskInput<typeof name>) => offlineTask(name, input)),
  ]),
) as { [K in AgentName]: (input: TaskInput<K>) => Promise<TaskOutput<K>> };

export async function runAgent<K extends AgentName>(name: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
  if (currentEngine() === "offline") return (OFFLINE[name] as (input: TaskInput<K>) => Promise<TaskOutput<K>>)(input);
  const pooled = GEMINI_IN_POOL[name] as ((input: TaskInput<K>) => Promise<TaskOutput<K>>) | undefined;
  if (pooled) return pooled(input);
  return (AGENTS[name] as (input: TaskInput<K>) => Promise<TaskOutput<K>>)(input);
}

/** The letter as a stream: offline, written in a worker thread and passed on by paragraph; on Gemini, as the model writes. */
export function streamLetter(input: LetterAgentInput, onWarning?: (warning: string) => void): AsyncGenerator<string, void, undefined> {
  // The stream itself is the recorded letter call.
  return streamLetterAgent(input, onWarning, async (letterInput) => (await offlineTask("letter", letterInput)).cover_letter);
}
