import { healthSchema } from "@/core/schemas/health";
import { publicRoute, serve } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { getHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

// 503 when the database does not answer, so load balancers take the instance out of rotation.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: publicRoute(
    {
      summary: "Is the service up?",
      reply: healthSchema,
      otherReplies: { 503: { description: "The database did not answer within 2 s (`status: degraded`).", schema: healthSchema } },
    },
    async () => {
      const health = await getHealth();
      return json(health, health.status === "ok" ? 200 : 503);
    },
  ),
});
