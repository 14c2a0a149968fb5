import { authedRoute } from "@/lib/http/route";
import { generateLetter } from "@/lib/career/documents";
import { generateLetterSchema } from "@/lib/career/career.validation";

export const POST = authedRoute({ body: generateLetterSchema }, async ({ user, body }) => generateLetter({ userId: user.id, ...body }));
