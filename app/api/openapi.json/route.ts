import { z } from "zod";
import { publicRoute, serve } from "@/lib/http/route";
import { json } from "@/lib/http/respond";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { HAND_WRITTEN, ROUTES } from "./routes";

let cached: ReturnType<typeof buildOpenApiDocument> | null = null;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: publicRoute(
    {
      summary: "This document (OpenAPI 3.1)",
      reply: z.looseObject({ openapi: z.literal("3.1.0") }).meta({ description: "The OpenAPI document." }),
    },
    async () => {
      cached ??= buildOpenApiDocument([...ROUTES, { path: "/api/openapi.json", tag: "Service", module: { GET } }], HAND_WRITTEN);
      return json(cached, 200, { "Cache-Control": "public, max-age=300" });
    },
  ),
});
