import "server-only";
import { consumeAiQuota } from "@/lib/quota/ai-quota";
import { runAgent } from "@/lib/workers/agents";
import { safeFetch, type SafeFetchOptions } from "@/lib/net/safe-fetch";
import type { JobData } from "@/core/schemas/job";

// Turns a job posting (a URL the server fetches safely, or pasted text) into job_data.
// A page that needs a login or JavaScript is reported by the job agent as AppError("unprocessable") with a
// message asking for the pasted text; it reaches the user as a 422.

export async function analyzeJob(
  { userId, ...input }: { userId: string; job_url?: string; job_text?: string },
  fetchOptions?: SafeFetchOptions,
): Promise<JobData> {
  await consumeAiQuota({ userId });
  const url = input.job_url?.trim();
  if (url) {
    const page = await safeFetch(url, fetchOptions);
    const job =
      page.content_type === "text/plain"
        ? await runAgent("job", { text: page.body, url: page.final_url })
        : await runAgent("job", { html: page.body, url: page.final_url });
    return { ...job, url: job.url || page.final_url };
  }
  return runAgent("job", { text: (input.job_text ?? "").trim() });
}
