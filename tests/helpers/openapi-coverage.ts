import type { RouteEntry } from "@/lib/openapi/document";
import { METHODS, servedMethods, type RouteHandler } from "@/lib/http/route";

// Which route files the OpenAPI document would leave out, each with the exact lines that fix it, so that whoever adds a
// route learns from the failing test where its entry goes (app/api/openapi.json/routes.ts) and how it must be made.

export type RouteFile = { file: string; rel: string };

/** Route folders that are not operations: the JSON 404 for unknown /api paths. */
export const NOT_OPERATIONS = new Set(["[...path]"]);

const ROUTES_FILE = "app/api/openapi.json/routes.ts";

/** `interview/[id]/evaluate` → `/api/interview/{id}/evaluate` (catch-alls `[...x]` → `{x}`). */
export function openApiPath(rel: string): string {
  return `/api/${rel.replace(/\[\.\.\.(\w+)\]/g, "{$1}").replace(/\[(\w+)\]/g, "{$1}")}`;
}

/**
 * One message per problem: a route file with no entry in ROUTES, an entry with no route file, a handler not made
 * with authedRoute/publicRoute (it has nothing to document), or a file that does not export through serve() (wrong
 * methods would get Next's empty 405 instead of JSON). `elsewhere` are paths documented without a ROUTES entry
 * (next-auth's, described by hand, and the document's own route, which adds itself).
 */
export async function openApiCoverageProblems(files: RouteFile[], routes: RouteEntry[], elsewhere: string[]): Promise<string[]> {
  const problems: string[] = [];
  const listed = new Set([...routes.map((r) => r.path), ...elsewhere]);
  const existing = new Set<string>();
  for (const { file, rel } of files) {
    if (NOT_OPERATIONS.has(rel)) continue;
    const where = `app/api/${rel}/route.ts`;
    const path = openApiPath(rel);
    existing.add(path);
    const mod = (await import(file)) as Record<string, unknown>;
    if (!METHODS.every((m) => typeof mod[m] === "function") || typeof mod.OPTIONS !== "function") {
      problems.push(
        `${where} must export its handlers through serve() so other methods answer JSON 405 with Allow:\n` +
          `  export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({ GET: publicRoute({ summary, reply }, handler) });`,
      );
    }
    if (elsewhere.includes(path)) continue;
    const undescribed = servedMethods(mod).filter((m) => !(mod[m] as RouteHandler).spec);
    if (undescribed.length > 0) {
      problems.push(
        `${where}: ${undescribed.join(", ")} not made with authedRoute(...) or publicRoute(...) (lib/http/route.ts), ` +
          `so there is nothing to document. Wrap the handler: authedRoute({ summary: "…", reply: aZodSchema, body?, query? }, handler).`,
      );
    }
    if (!listed.has(path)) problems.push(missingEntry(where, rel, path, routes));
  }
  for (const path of listed) {
    if (!existing.has(path)) problems.push(`${ROUTES_FILE} lists ${path}, but there is no route file for it: remove the entry.`);
  }
  return problems;
}

function missingEntry(where: string, rel: string, path: string, routes: RouteEntry[]): string {
  const name = rel
    .split("/")
    .map((part) => part.replace(/[^A-Za-z0-9]+/g, " ").trim())
    .filter(Boolean)
    .join(" ")
    .replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
  // The tag of the nearest documented neighbour (same first segment), else "Service".
  const tag = routes.find((r) => r.path.split("/")[2] === path.split("/")[2])?.tag ?? "Service";
  return (
    `${where} serves ${path}, which is missing from the OpenAPI document. Add it to ROUTES in ${ROUTES_FILE}:\n` +
    `  import * as ${name} from "@/app/api/${rel}/route";\n` +
    `  { path: "${path}", tag: "${tag}", module: ${name} },\n` +
    `then give it a case in tests/integration/openapi-contract.test.ts.`
  );
}
