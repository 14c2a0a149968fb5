import "server-only";
import { consumeAiQuota } from "@/lib/quota/ai-quota";
import { runAgent, streamLetter as streamLetterInPool } from "@/lib/workers/agents";
import { profileCvText, requireProfileFields } from "@/lib/career/profile-source";
import type { Tone } from "@/lib/career/career.validation";
import type { JobData } from "@/core/schemas/job";
import type { CoverLetter, Messages, TailoredResume } from "@/core/schemas/career";

// The three documents the workspace writes for a job, each from the signed-in user's profile.

export async function tailorResume({ userId, job_data }: { userId: string; job_data: JobData }): Promise<TailoredResume> {
  const profile = await requireProfileFields(userId);
  await consumeAiQuota({ userId });
  return runAgent("resume", { profile, job: job_data, cvText: profileCvText(profile) });
}

type LetterInput = { userId: string; job_data: JobData; tone: Tone; tailored_resume?: TailoredResume | null };

export async function generateLetter({ userId, job_data, tone, tailored_resume }: LetterInput): Promise<CoverLetter> {
  const profile = await requireProfileFields(userId);
  await consumeAiQuota({ userId });
  const result = await runAgent("letter", { profile, job: job_data, tone, tailored_resume: tailored_resume ?? undefined });
  return { cover_letter: result.cover_letter, warnings: result.warnings, engine: result.engine, model: result.model ?? null };
}

/**
 * Checks the profile before the stream starts, so a missing profile is a proper 404, not a broken stream. What
 * grounding removes while the letter streams goes to `onWarning`.
 */
export async function streamLetter(
  { userId, job_data, tone, tailored_resume }: LetterInput,
  onWarning?: (warning: string) => void,
): Promise<AsyncIterable<string>> {
  const profile = await requireProfileFields(userId);
  await consumeAiQuota({ userId });
  return streamLetterInPool({ profile, job: job_data, tone, tailored_resume: tailored_resume ?? undefined }, onWarning);
}

export async function generateMessages({
  userId,
  job_data,
  tailored_resume,
}: {
  userId: string;
  job_data: JobData;
  tailored_resume?: TailoredResume | null;
}): Promise<Messages> {
  const profile = await requireProfileFields(userId);
  await consumeAiQuota({ userId });
  return runAgent("messaging", { profile, job: job_data, tailored_resume: tailored_resume ?? undefined });
}
