import "server-only";
import { currentEngine } from "@/agents/engine";
import { getConfig } from "@/core/config";
import { AppError } from "@/core/errors";
import { hitCounter } from "@/lib/db/counters";

// Per-user limits on AI work, so one account cannot make as many model calls (each billed with Gemini) as it can
// send requests. Every request that starts AI work counts once (an evaluation of ten answers is one request),
// whether or not it succeeds. The counters live in the store, so the limits hold across instances and restarts;
// the user's id is in each key, so deleting the account removes them. The offline engine counts too, with higher
// defaults (it costs CPU, not money). Limits: AI_QUOTA_PER_HOUR/DAY and OFFLINE_QUOTA_PER_HOUR/DAY (core/config.ts).

const WINDOWS = [
  { name: "hour", per: "an hour", seconds: 60 * 60, limit: (q: Quota) => q.perHour },
  { name: "day", per: "a day", seconds: 24 * 60 * 60, limit: (q: Quota) => q.perDay },
] as const;

type Quota = { perHour: number; perDay: number };

/** Counts one AI request for the user; 429 with Retry-After when it is over the hour's or the day's limit. */
export async function consumeAiQuota({ userId }: { userId: string }): Promise<void> {
  const engine = currentEngine();
  const quota = getConfig().quotas[engine];
  for (const window of WINDOWS) {
    const counter = await hitCounter({ key: `ai-quota:${window.name}:${engine}:${userId}`, windowSeconds: window.seconds });
    const max = window.limit(quota);
    if (counter.count > max) {
      const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(counter.reset_at) - Date.now()) / 1000));
      throw new AppError(
        "rate_limited",
        `You have reached the limit of ${max} AI requests ${window.per}. You can continue in ${wait(retryAfterSeconds)}; everything you entered is kept.`,
        { retryAfterSeconds },
      );
    }
  }
}

function wait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  if (seconds < 90 * 60) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}
