import { handlers } from "@/auth";
import { serve } from "@/lib/http/route";
import { withJsonErrors } from "@/lib/auth/nextauth-errors";

// next-auth's own endpoints (session, csrf, callback/credentials, signout) for the browser, with the API's JSON errors.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({ GET: withJsonErrors(handlers.GET), POST: withJsonErrors(handlers.POST) });
