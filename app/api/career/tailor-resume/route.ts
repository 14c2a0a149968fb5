import { AI_ERRORS } from "@/core/errors";
import { tailoredResumeReplySchema, toTailoredResumeReply } from "@/core/schemas/career";
import { authedRoute, serve } from "@/lib/http/route";
import { tailorResume } from "@/lib/career/documents";
import { tailorResumeSchema } from "@/lib/career/career.validation";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  POST: authedRoute(
    {
      summary: "Tailor your resume to a job",
      description: "Every claim comes from your profile; nothing is invented. 404 when you have no profile yet.",
      body: tailorResumeSchema,
      reply: tailoredResumeReplySchema,
      errors: ["not_found", "unprocessable", ...AI_ERRORS],
    },
    async ({ user, body }) => toTailoredResumeReply(await tailorResume({ userId: user.id, job_data: body.job_data })),
  ),
});
