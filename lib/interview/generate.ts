import "server-only";
import { consumeAiQuota } from "@/lib/quota/ai-quota";
import { runAgent } from "@/lib/workers/agents";
import { AppError } from "@/core/errors";
import { getApplicationById } from "@/lib/db/applications";
import { hitCounter } from "@/lib/db/counters";
import { listInterviews } from "@/lib/db/interviews";
import { getProfileByUser } from "@/lib/db/profiles";
import type { ProfileFields } from "@/core/schemas/profile";
import type { QuestionNote } from "@/core/schemas/interview";
import type { GenerateInterviewInput } from "@/lib/interview/interview.validation";

// Question generation for the setup page. Limited per user per hour (the counter lives in the store, so the
// limit holds across app instances). Questions asked in the user's recent sessions are passed as `avoid`.

export const GENERATE_LIMIT_PER_HOUR = 30;
const RECENT_INTERVIEWS = 5;

export type GeneratedQuestions = { questions: string[]; question_notes: QuestionNote[]; engine: string; model: string | null };

export async function generateQuestions({ userId, input }: { userId: string; input: GenerateInterviewInput }): Promise<GeneratedQuestions> {
  const counter = await hitCounter({ key: `interview-generate:${userId}`, windowSeconds: 3600 });
  if (counter.count > GENERATE_LIMIT_PER_HOUR) {
    const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(counter.reset_at) - Date.now()) / 1000));
    throw new AppError(
      "rate_limited",
      `You can generate ${GENERATE_LIMIT_PER_HOUR} question sets an hour. Try again in ${Math.ceil(retryAfterSeconds / 60)} min.`,
      {
        retryAfterSeconds,
      },
    );
  }

  await consumeAiQuota({ userId });
  const [application, profile, recent] = await Promise.all([
    input.application_id ? getApplicationById({ userId, id: input.application_id }) : Promise.resolve(null),
    input.use_profile ? getProfileByUser({ userId }) : Promise.resolve(null),
    listInterviews({ userId, limit: RECENT_INTERVIEWS }),
  ]);
  if (input.application_id && !application) throw new AppError("not_found", "Application not found.");

  const result = await runAgent("questions", {
    role: input.role,
    level: input.level,
    type: input.type,
    techstack: input.techstack,
    amount: input.amount,
    profile: profile ? profileFields(profile) : undefined,
    job: application?.job_data,
    avoid: recent.items.flatMap((i) => i.questions).slice(0, 100),
  });
  return { questions: result.questions, question_notes: result.question_notes, engine: result.engine, model: result.model ?? null };
}

function profileFields(p: ProfileFields): ProfileFields {
  return {
    name: p.name,
    email: p.email,
    phone: p.phone,
    location: p.location,
    links: p.links,
    headline: p.headline,
    summary: p.summary,
    education: p.education,
    experience: p.experience,
    projects: p.projects,
    skills: p.skills,
  };
}
