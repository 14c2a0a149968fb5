import { publicRoute } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { registerSchema } from "@/lib/auth/auth.validation";
import { registerUser } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";

export const POST = publicRoute({ body: registerSchema }, async ({ req, body }) =>
  json(await registerUser(body, { address: clientAddress(req.headers) }), 201),
);
