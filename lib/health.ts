import "server-only";
import { getConfig } from "@/lib/config";

export type Health = { status: "ok"; database: "sqlite" | "mongodb"; ai_engine: "gemini" | "offline"; version: string };

export async function getHealth(): Promise<Health> {
  const config = getConfig();
  return { status: "ok", database: config.database, ai_engine: config.aiEngine, version: "0.1.0" };
}
