import { authedRoute } from "@/lib/http/route";
import { analyzeJob } from "@/lib/career/analyze";
import { analyzeJobSchema } from "@/lib/career/career.validation";

export const POST = authedRoute({ body: analyzeJobSchema }, async ({ body }) => analyzeJob(body));
