import "server-only";
import { timingSafeEqual } from "node:crypto";
import { getConfig } from "@/core/config";
import { AppError } from "@/core/errors";
import { metricsText } from "@/core/metrics";

// GET /api/metrics: Prometheus text for a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`.
// Without METRICS_TOKEN the endpoint does not exist (404): nothing about the process is exposed by default.

export async function readMetrics(authorization: string | null): Promise<Response> {
  const token = getConfig().metricsToken;
  if (!token) throw new AppError("not_found");
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1] ?? "";
  if (!sameSecret(given, token)) throw new AppError("unauthorized", "Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.");
  const { body, contentType } = await metricsText();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
