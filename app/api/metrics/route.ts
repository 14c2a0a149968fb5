import { z } from "zod";
import { publicRoute, serve } from "@/lib/http/route";
import { readMetrics } from "@/lib/ops/metrics-endpoint";

export const dynamic = "force-dynamic";

// Authenticated by its own bearer token (METRICS_TOKEN), not a user session: a Prometheus scraper is no user.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: publicRoute(
    {
      summary: "Metrics for Prometheus",
      description:
        "Prometheus text exposition for a scraper sending `Authorization: Bearer <METRICS_TOKEN>`. Answers 404 when the server has no METRICS_TOKEN.",
      reply: null,
      status: 200,
      replyContent: { "text/plain": { schema: z.string() } },
      errors: ["not_found", "unauthorized"],
    },
    async ({ req }) => readMetrics(req.headers.get("authorization")),
  ),
});
