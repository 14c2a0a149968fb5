import path from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { beforeAll, describe, expect, it } from "vitest";
import { servedMethods } from "@/lib/http/route";
import { apiRouteFiles, callApi } from "@/tests/helpers/api-router";
import { NOT_OPERATIONS, openApiPath } from "@/tests/helpers/openapi-coverage";

// The OpenAPI document (GET /api/openapi.json): valid for a third-party validator, and complete — every route file
// and every method it serves has an operation, so a new route cannot ship undocumented.

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { deprecated?: boolean; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, { deprecated?: boolean }> }> };
};

let doc: Doc;
beforeAll(async () => {
  const res = await callApi("GET", "/api/openapi.json");
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
});

describe("GET /api/openapi.json", () => {
  it("is OpenAPI 3.1 that Redocly's validator accepts with no errors", async () => {
    // Recommended rules, less two that would need invented content: a license the project has not chosen, and a 4xx
    // on the two public GETs that cannot fail (health answers 503 with its own body).
    const config = await createConfig({ extends: ["recommended"], rules: { "info-license": "off", "operation-4xx-response": "off" } });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: path.resolve("openapi.json"), config });
    expect(doc.openapi).toBe("3.1.0");
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`)).toEqual([]);
  });

  it("documents every method of every route file, and nothing that does not exist", async () => {
    // tests/integration/openapi-coverage.test.ts says which entry is missing and what to write.
    const expected: string[] = [];
    for (const { file, rel } of apiRouteFiles()) {
      if (NOT_OPERATIONS.has(rel)) continue;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of servedMethods(mod)) expected.push(`${method} ${openApiPath(rel)}`);
    }
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(documented.sort()).toEqual(expected.sort());
  });

  it("gives every operation a success reply and its errors as {detail, code}", () => {
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const statuses = Object.keys(op.responses);
        expect(
          statuses.some((s) => s.startsWith("2")),
          `${method} ${p}`,
        ).toBe(true);
        if (p !== "/api/auth/{nextauth}" && !["/api/health", "/api/openapi.json"].includes(p)) {
          expect(
            statuses.some((s) => s.startsWith("4")),
            `${method} ${p} has no 4xx`,
          ).toBe(true);
        }
      }
    }
    expect(doc.paths["/api/auth/me"].get.responses["401"]).toBeDefined();
  });

  it("marks the original API's field names as deprecated aliases", () => {
    const deprecated = (schema: string, field: string) => doc.components.schemas[schema]?.properties?.[field]?.deprecated;
    expect(deprecated("CoverLetter", "letter")).toBe(true);
    expect(deprecated("Messages", "email_body")).toBe(true);
    expect(deprecated("Messages", "linkedin_note")).toBe(true);
    expect(deprecated("JobData", "job_requirements")).toBe(true);
    expect(deprecated("JobData", "job_url")).toBe(true);
    expect(deprecated("Application", "motivation_letter")).toBe(true);
    expect(deprecated("User", "role")).toBe(true);
  });

  it("documents issue 12's additive fields: a question's reference_answer and the content criterion, both optional", () => {
    type Obj = { properties?: Record<string, Obj>; items?: Obj; required?: string[]; $ref?: string };
    const schemas = doc.components.schemas as Record<string, Obj>;
    const resolve = (o: Obj): Obj => (o.$ref ? schemas[o.$ref.split("/").pop()!] : o);
    for (const name of ["Interview", "GeneratedQuestions"]) {
      const note = resolve(resolve(schemas[name].properties!.question_notes).items!);
      expect(note.properties?.reference_answer, name).toMatchObject({ type: "string", maxLength: 3000 });
      expect(note.required ?? [], name).not.toContain("reference_answer");
    }
    const evaluation = resolve(resolve(schemas.Interview.properties!.evaluations).items!);
    const criteria = evaluation.properties!.criteria as Obj & { anyOf?: Obj[] };
    const criteriaObj = resolve(criteria.anyOf ? criteria.anyOf.find((o) => o.properties || o.$ref)! : criteria);
    expect(criteriaObj.properties?.content).toMatchObject({ type: "number" });
    expect(criteriaObj.required ?? []).not.toContain("content");
    // The save request accepts it too (a question the user adds).
    const save = doc.paths["/api/interview/save"].post as unknown as { requestBody: { content: Record<string, { schema: Obj }> } };
    const saveNote = resolve(resolve(resolve(save.requestBody.content["application/json"].schema).properties!.question_notes).items!);
    expect(saveNote.properties?.reference_answer).toMatchObject({ type: "string" });
  });

  it("describes the bearer token and the session cookie", () => {
    const schemes = (doc.components as unknown as { securitySchemes: Record<string, { type: string; scheme?: string; in?: string }> })
      .securitySchemes;
    expect(schemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(schemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
  });
});
