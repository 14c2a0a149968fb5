import { getConfig } from "@/core/config";

// Which engine the agents use: AI_ENGINE=auto|gemini|offline (auto = gemini when GEMINI_API_KEY is set),
// resolved once by core/config.ts. Every agent result records `engine` and `model` (model is null offline).

export type Engine = "gemini" | "offline";

export type EngineInfo = { engine: Engine; model: string | null };

export function currentEngine(): Engine {
  return getConfig().aiEngine;
}

/** The configured Gemini model name (GEMINI_MODEL), whatever the engine. */
export function configuredModel(): string {
  return getConfig().geminiModel;
}

/** What an offline result records. */
export const OFFLINE_ENGINE_INFO: EngineInfo = Object.freeze({ engine: "offline", model: null }) as EngineInfo;
