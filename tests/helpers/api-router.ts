import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";

// Calls the app's route handlers by URL, as Next's router would: route files are found under app/api, static
// segments win over [param] over [...catchAll], and the module's export for the method answers. Tests can then
// replay HTTP traffic (paths, methods, bodies) without a build.
//   const res = await callApi("POST", "/api/auth/login", { json: { email, password } });

const API_DIR = path.resolve(__dirname, "../../app/api");

type Route = { segments: string[]; file: string };

export type ApiCall = { headers?: Record<string, string>; json?: unknown; body?: BodyInit; origin?: string };

let routes: Route[] | null = null;

export function apiRouteFiles(): Array<{ file: string; rel: string }> {
  return findRouteFiles(API_DIR).map((file) => ({ file, rel: path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/") }));
}

export async function callApi(method: string, url: string, call: ApiCall = {}): Promise<Response> {
  const full = new URL(url, call.origin ?? "http://localhost");
  const match = matchRoute(full.pathname);
  // What Next answers when no route file matches: its HTML not-found page.
  if (!match) return new Response("<!DOCTYPE html><title>404</title>", { status: 404, headers: { "Content-Type": "text/html" } });
  const mod = (await import(match.file)) as Record<string, unknown>;
  const handler = (mod[method] ?? (method === "HEAD" ? mod.GET : undefined)) as
    | ((req: NextRequest, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>)
    | undefined;
  if (!handler) return new Response(null, { status: 405 }); // what Next does for a method a route does not export
  const headers: Record<string, string> = { ...call.headers };
  let body = call.body;
  if (call.json !== undefined) {
    headers["Content-Type"] ??= "application/json";
    body = JSON.stringify(call.json);
  }
  const req = new NextRequest(full, { method, headers, body });
  return handler(req, { params: Promise.resolve(match.params) });
}

function matchRoute(pathname: string): { file: string; params: Record<string, string | string[]> } | null {
  routes ??= findRouteFiles(API_DIR).map((file) => ({
    file,
    segments: ["api", ...path.relative(API_DIR, path.dirname(file)).split(path.sep)].filter(Boolean),
  }));
  const parts = pathname.split("/").filter(Boolean);
  const candidates = routes
    .map((route) => ({ route, params: matchSegments(route.segments, parts) }))
    .filter((c): c is { route: Route; params: Record<string, string | string[]> } => c.params !== null)
    .sort((a, b) => rank(b.route) - rank(a.route));
  return candidates[0] ? { file: candidates[0].route.file, params: candidates[0].params } : null;
}

function matchSegments(segments: string[], parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll) {
      if (i >= parts.length) return null;
      params[catchAll[1]] = parts.slice(i).map(decodeURIComponent);
      return params;
    }
    if (i >= parts.length) return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]] = decodeURIComponent(parts[i]);
    else if (segment !== parts[i]) return null;
  }
  return segments.length === parts.length ? params : null;
}

/** More static segments first, then dynamic ones; catch-alls last. */
function rank(route: Route): number {
  return (
    route.segments.reduce((sum, s) => sum + (s.startsWith("[...") ? 0 : s.startsWith("[") ? 1 : 3), 0) * 10 -
    (route.segments.some((s) => s.startsWith("[...")) ? 5 : 0)
  );
}

function findRouteFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findRouteFiles(full));
    else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}
