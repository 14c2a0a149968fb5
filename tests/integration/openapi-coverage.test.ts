import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HAND_WRITTEN, ROUTES } from "@/app/api/openapi.json/routes";
import { apiRouteFiles } from "@/tests/helpers/api-router";
import { openApiCoverageProblems } from "@/tests/helpers/openapi-coverage";

// Adding a route without its OpenAPI entry fails here, with the lines to add and where (independently of building the
// document, so a route that breaks the document still gets this message).

/** Paths documented without a ROUTES entry: next-auth's (by hand) and the document's own route. */
const ELSEWHERE = [...Object.keys(HAND_WRITTEN), "/api/openapi.json"];

describe("every API route file has its entry in app/api/openapi.json/routes.ts", () => {
  it("lists no route file without an entry, and no entry without a route file", async () => {
    const problems = await openApiCoverageProblems(apiRouteFiles(), ROUTES, ELSEWHERE);
    expect(problems, `\n${problems.join("\n\n")}\n`).toEqual([]);
  });

  it("tells whoever adds a route where its entry goes and what to write", async () => {
    const withoutHealth = ROUTES.filter((r) => r.path !== "/api/health");
    const problems = await openApiCoverageProblems(apiRouteFiles(), withoutHealth, ELSEWHERE);
    expect(problems).toEqual([
      "app/api/health/route.ts serves /api/health, which is missing from the OpenAPI document. Add it to ROUTES in " +
        "app/api/openapi.json/routes.ts:\n" +
        '  import * as health from "@/app/api/health/route";\n' +
        '  { path: "/api/health", tag: "Service", module: health },\n' +
        "then give it a case in tests/integration/openapi-contract.test.ts.",
    ]);
    const stale = await openApiCoverageProblems(apiRouteFiles(), [...ROUTES, { path: "/api/gone", tag: "Service", module: {} }], ELSEWHERE);
    expect(stale).toEqual(["app/api/openapi.json/routes.ts lists /api/gone, but there is no route file for it: remove the entry."]);
  });

  it("tells whoever writes a bare handler to make it with serve() and authedRoute/publicRoute", async () => {
    // A route file as Next's docs would write it, listed in ROUTES: it has nothing to document and no JSON 405.
    const dir = mkdtempSync(path.join(tmpdir(), "bare-route-"));
    const file = path.join(dir, "route.mjs");
    writeFileSync(file, "export const GET = async () => new Response('ok');\n");
    const bare = (await import(file)) as Record<string, unknown>;
    const problems = await openApiCoverageProblems([{ file, rel: "bare" }], [{ path: "/api/bare", tag: "Service", module: bare }], []);
    expect(problems).toEqual([
      expect.stringMatching(/^app\/api\/bare\/route\.ts must export its handlers through serve\(\)/),
      expect.stringMatching(/^app\/api\/bare\/route\.ts: GET not made with authedRoute\(\.\.\.\) or publicRoute\(\.\.\.\)/),
    ]);
  });
});
