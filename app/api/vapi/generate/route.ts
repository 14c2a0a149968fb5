import { serve } from "@/lib/http/route";
import { generateRoute } from "@/app/api/interview/generate/handler";

// The original front end's question generator. It answers exactly as POST /api/interview/generate, which means it
// now requires a signed-in caller: the original had no authentication, and that stays fixed.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({ POST: generateRoute });
