import { getConfig } from "@/core/config";

// Which engine the agents use: AI_ENGINE=auto|gemini|offline (auto = gemini when GEMINI_API_KEY is set),
// resolved once by core/config.ts. Every agent result records `engine` and `model` (model is null offline).

export type Engine = "gemini" | "offline";

export function currentEngine(): Engine {
  return getConfig().aiEngine;
}
