import "server-only";
import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { servedMethods, type RouteHandler } from "@/lib/http/route";
import { toOperation } from "@/lib/openapi/operation";
import { API_DESCRIPTION } from "@/lib/openapi/description";

// The OpenAPI 3.1 document, built from the routes' own descriptions and zod schemas (lib/http/route.ts). A field
// added to a schema appears here without touching this code; a route file missing from the list of routes is
// caught by tests/integration/openapi-document.test.ts.

export type RouteEntry = {
  /** OpenAPI path: `/api/interview/{id}`. */
  path: string;
  tag: "Auth" | "Account" | "Profile" | "Interviews" | "Career" | "Service";
  module: Record<string, unknown>;
};

export function buildOpenApiDocument(routes: RouteEntry[], handWritten: ZodOpenApiPathsObject = {}) {
  const paths: ZodOpenApiPathsObject = { ...handWritten };
  for (const route of routes) {
    for (const method of servedMethods(route.module)) {
      const spec = (route.module[method] as RouteHandler).spec;
      if (!spec) throw new Error(`${method} ${route.path} was not made with authedRoute/publicRoute, so it cannot be documented.`);
      paths[route.path] = { ...paths[route.path], [method.toLowerCase()]: toOperation(spec, operationId(method, route.path), route.tag) };
    }
  }
  return createDocument({
    openapi: "3.1.0",
    info: { title: "InterVu API", version: "1.0.0", description: API_DESCRIPTION },
    servers: [{ url: "/", description: "This server" }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "The `access_token` from `POST /api/auth/login`.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The browser's session (`__Secure-authjs.session-token` over https), set by signing in on the site.",
        },
      },
    },
  });
}

const TAGS: Record<string, string> = {
  Auth: "Accounts and sign-in: API tokens for clients, next-auth's session for the browser.",
  Account: "Your account: password, sessions, your data, deletion.",
  Profile: "The structured profile made from your CV, and what your interviews say about you.",
  Interviews: "Questions, practice sessions and their evaluation.",
  Career: "Job analysis, tailored resume, cover letter, messages and saved applications.",
  Service: "Health and this document.",
};

/** `POST /api/interview/{id}/evaluate` → `post_interview_id_evaluate`. */
function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return [method.toLowerCase(), ...words].join("_");
}
