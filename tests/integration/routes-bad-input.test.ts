import { describe, expect, it } from "vitest";
import { apiRouteFiles } from "@/tests/helpers/api-router";
import { createTestUser } from "@/tests/helpers/auth";

// No client input makes any API route answer 500. Every route file under app/api is discovered from the file
// system (so routes added later are covered) and called, as a signed-in user, with hostile or malformed
// requests: broken JSON, the wrong content type, non-object bodies, operator objects, oversized bodies, bad
// query values and malformed or unknown ids. Each reply must be < 500 and, when it is an error, the API's JSON shape.

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const SKIP = new Set(["auth/[...nextauth]"]); // next-auth's own handler, exercised in auth-nextauth.test.ts

const routes = apiRouteFiles().filter((r) => !SKIP.has(r.rel));

const BODIES: Array<{ name: string; type: string; body: string }> = [
  { name: "broken JSON", type: "application/json", body: '{"role": "x",' },
  { name: "empty body", type: "application/json", body: "" },
  { name: "JSON null", type: "application/json", body: "null" },
  { name: "JSON array", type: "application/json", body: "[1,2,3]" },
  { name: "JSON string", type: "application/json", body: '"hello"' },
  { name: "operator objects", type: "application/json", body: JSON.stringify(operatorBody()) },
  { name: "wrong types", type: "application/json", body: JSON.stringify(wrongTypesBody()) },
  { name: "plain text", type: "text/plain", body: "role=engineer" },
  { name: "3 MB JSON", type: "application/json", body: JSON.stringify({ cv_text: "x".repeat(3 * 1024 * 1024) }) },
];

const IDS = ["not-an-id", "..%2F..%2Fetc", "0123456789abcdef01234567"];
const QUERIES = ["limit=abc&cursor=%%%", "limit=-5&cursor=eyJ4IjoxfQ", "limit=100000", "doc=../../x&format=exe"];

describe("hostile input never causes a 500", () => {
  it("finds the route files", () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  for (const route of routes) {
    it(`/api/${route.rel}`, { timeout: 60_000 }, async () => {
      const { authHeaders } = await createTestUser();
      const mod = (await import(route.file)) as Record<string, unknown>;
      const handlers = METHODS.filter((m) => typeof mod[m] === "function");
      for (const method of handlers) {
        const handler = mod[method] as (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
        for (const id of route.rel.includes("[") ? IDS : [IDS[2]]) {
          const url = `http://localhost/api/${route.rel.replace(/\[\w+\]/g, id)}`;
          const params = Promise.resolve(paramsFor(route.rel, id));
          const requests =
            method === "GET" || method === "DELETE"
              ? QUERIES.map((q) => ({ name: `?${q}`, req: new Request(`${url}?${q}`, { method, headers: authHeaders }) }))
              : BODIES.map((b) => ({
                  name: b.name,
                  req: new Request(url, { method, headers: { ...authHeaders, "Content-Type": b.type }, body: b.body }),
                }));
          for (const { name, req } of requests) {
            const res = await handler(req, { params });
            const where = `${method} /api/${route.rel} [id=${id}] (${name}) → ${res.status}`;
            expect(res.status, where).toBeLessThan(500);
            if (res.status >= 400 && res.headers.get("content-type")?.includes("json")) {
              const body = await res.json();
              expect(typeof body.detail, where).toBe("string");
              expect(typeof body.code, where).toBe("string");
            }
          }
        }
      }
    });
  }
});

function operatorBody() {
  const op = { $ne: null, $gt: "" };
  return { username: op, password: op, email: op, role: op, job_text: op, job_url: op, cv_text: op, answers: op, answer: op };
}

function wrongTypesBody() {
  return {
    role: 42,
    level: "wizard",
    type: ["technical"],
    techstack: "typescript",
    amount: 1000,
    questions: [{}],
    answers: [null, 5],
    answer: { index: -1, text: 7 },
    job_data: "not an object",
    tone: "angry",
    status: "hired",
    cv_text: ["a"],
    job_url: "javascript:alert(1)",
    password: 12345678,
  };
}

function paramsFor(rel: string, id: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const segment of rel.split("/")) {
    const single = /^\[(\w+)\]$/.exec(segment);
    if (single) params[single[1]] = decodeURIComponent(id);
  }
  return params;
}
