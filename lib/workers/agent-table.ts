import "server-only";
import { runCoachingAgent } from "@/agents/coaching";
import { runCvAgent } from "@/agents/cv";
import { runEvaluationAgent } from "@/agents/evaluation";
import { runJobAgent } from "@/agents/job";
import { runLetterAgent } from "@/agents/letter";
import { runMessagingAgent } from "@/agents/messaging";
import { runQuestionsAgent } from "@/agents/questions";
import { runResumeAgent } from "@/agents/resume";

// The agents by name: run in a worker thread on the offline engine (lib/workers/tasks.ts), here on Gemini
// (lib/workers/agents.ts).
export const AGENTS = {
  cv: runCvAgent,
  job: runJobAgent,
  evaluation: runEvaluationAgent,
  coaching: runCoachingAgent,
  resume: runResumeAgent,
  letter: runLetterAgent,
  messaging: runMessagingAgent,
  questions: runQuestionsAgent,
} as const;

export type AgentName = keyof typeof AGENTS;
