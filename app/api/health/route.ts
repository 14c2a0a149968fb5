import { publicRoute } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { getHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

// 503 when the database does not answer, so load balancers take the instance out of rotation.
export const GET = publicRoute({}, async () => {
  const health = await getHealth();
  return json(health, health.status === "ok" ? 200 : 503);
});
