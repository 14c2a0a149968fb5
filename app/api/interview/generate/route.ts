import { serve } from "@/lib/http/route";
import { generateRoute } from "./handler";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({ POST: generateRoute });
