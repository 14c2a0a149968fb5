import { describe, expect, it } from "vitest";
import { apiRouteFiles } from "@/tests/helpers/api-router";
import { servedMethods } from "@/lib/http/route";

// Every route handler under app/api refuses an anonymous request with 401, apart from the few that are public
// by design. Routes are discovered from the file system, so routes added later are covered automatically.

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Public by design (paths relative to app/api, without /route.ts); `[...path]` is the JSON 404 for unknown paths. */
const PUBLIC_ROUTES = new Set(["health", "auth/register", "auth/login", "auth/[...nextauth]", "[...path]", "openapi.json"]);

/** Authenticated by their own token rather than a user session (404 when disabled, 401 without the token): tests/integration/metrics.test.ts. */
const OWN_TOKEN_ROUTES = new Set(["metrics"]);

const SAMPLE_ID = "0123456789abcdef01234567";

const routes = apiRouteFiles();

describe("anonymous requests to protected API routes", () => {
  it("finds the route files", () => {
    expect(routes.length).toBeGreaterThan(3);
    expect(routes.map((r) => r.rel)).toContain("auth/me");
  });

  const protectedRoutes = routes.filter((r) => !PUBLIC_ROUTES.has(r.rel) && !OWN_TOKEN_ROUTES.has(r.rel));
  for (const route of protectedRoutes) {
    it(`/api/${route.rel} answers 401 to every method`, async () => {
      const mod = (await import(route.file)) as Record<string, unknown>;
      // Only the methods the route serves: serve() answers the others 405 and OPTIONS 204 (see lib/http/route.ts).
      const served = new Set<string>(servedMethods(mod));
      const handlers = METHODS.filter((m) => typeof mod[m] === "function" && (served.has(m) || !isAutomatic(mod[m])));
      expect(handlers.length, `no HTTP handlers exported by ${route.rel}`).toBeGreaterThan(0);
      for (const method of handlers) {
        for (const variant of requestVariants(route.rel, method)) {
          const handler = mod[method] as (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
          const res = await handler(variant.req, { params: Promise.resolve(paramsFor(route.rel)) });
          expect(res.status, `${method} /api/${route.rel} (${variant.name}) → ${res.status}`).toBe(401);
        }
      }
    });
  }

  it("the public allow-list names only routes that exist", () => {
    const existing = new Set(routes.map((r) => r.rel));
    for (const name of [...PUBLIC_ROUTES, ...OWN_TOKEN_ROUTES]) expect(existing.has(name), name).toBe(true);
  });
});

function isAutomatic(handler: unknown): boolean {
  return !!(handler as { automatic?: string }).automatic;
}

function requestVariants(rel: string, method: string): Array<{ name: string; req: Request }> {
  const url = `http://localhost/api/${fillPath(rel)}?limit=10`;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") {
    return [
      { name: "no credentials", req: new Request(url, { method }) },
      { name: "bogus bearer", req: new Request(url, { method, headers: { Authorization: "Bearer not-a-token" } }) },
      { name: "bogus cookie", req: new Request(url, { method, headers: { Cookie: "authjs.session-token=forged" } }) },
    ];
  }
  const body = JSON.stringify(PLAUSIBLE_BODY);
  const form = new FormData();
  form.set("file", new Blob(["Jane Doe\nSoftware engineer"], { type: "text/plain" }), "cv.txt");
  return [
    { name: "JSON, no credentials", req: new Request(url, { method, headers: { "Content-Type": "application/json" }, body }) },
    { name: "multipart, no credentials", req: new Request(url, { method, body: form }) },
    {
      name: "JSON, bogus bearer",
      req: new Request(url, { method, headers: { "Content-Type": "application/json", Authorization: "Bearer x.y.z" }, body }),
    },
  ];
}

// A body that would pass most validators, so that a route which validates before authenticating still
// reaches (and fails) the authentication step rather than answering 422.
const PLAUSIBLE_BODY = {
  email: "someone@example.com",
  username: "someone",
  password: "a long enough password",
  current_password: "a long enough password",
  new_password: "another long password",
  cv_text: "Jane Doe\nSoftware engineer",
  job_text: "We are hiring a software engineer.",
  job_url: "https://example.com/job",
  role: "Software engineer",
  level: "mid",
  type: "technical",
  techstack: ["typescript"],
  amount: 3,
  questions: ["Tell me about yourself."],
  answers: ["I build things."],
  tone: "professional",
};

function paramsFor(rel: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const segment of rel.split("/")) {
    const catchAll = /^\[\[?\.\.\.(\w+)\]?\]$/.exec(segment);
    const single = /^\[(\w+)\]$/.exec(segment);
    if (catchAll) params[catchAll[1]] = ["x"];
    else if (single) params[single[1]] = SAMPLE_ID;
  }
  return params;
}

function fillPath(rel: string): string {
  return rel
    .split("/")
    .map((s) => (/^\[\[?\.\.\./.test(s) ? "x" : /^\[\w+\]$/.test(s) ? SAMPLE_ID : s))
    .join("/");
}
