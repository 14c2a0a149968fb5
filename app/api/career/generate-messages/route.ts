import { authedRoute } from "@/lib/http/route";
import { generateMessages } from "@/lib/career/documents";
import { generateMessagesSchema } from "@/lib/career/career.validation";

export const POST = authedRoute({ body: generateMessagesSchema }, async ({ user, body }) => generateMessages({ userId: user.id, ...body }));
