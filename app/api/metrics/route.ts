import { publicRoute } from "@/lib/http/route";
import { readMetrics } from "@/lib/ops/metrics-endpoint";

export const dynamic = "force-dynamic";

// Authenticated by its own bearer token (METRICS_TOKEN), not a user session: a Prometheus scraper is no user.
export const GET = publicRoute({}, async ({ req }) => readMetrics(req.headers.get("authorization")));
