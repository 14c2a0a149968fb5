import { z } from "zod";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    database: z.enum(["sqlite", "mongodb"]),
    database_ok: z.boolean(),
    ai_engine: z.enum(["gemini", "offline"]),
    version: z.string(),
  })
  .meta({ id: "Health" });

export type Health = z.infer<typeof healthSchema>;
