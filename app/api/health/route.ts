import { publicRoute } from "@/lib/http/route";
import { getHealth } from "@/lib/health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = publicRoute({}, async () => getHealth());
