import { authedRoute } from "@/lib/http/route";
import { tailorResume } from "@/lib/career/documents";
import { tailorResumeSchema } from "@/lib/career/career.validation";

export const POST = authedRoute({ body: tailorResumeSchema }, async ({ user, body }) =>
  tailorResume({ userId: user.id, job_data: body.job_data }),
);
