import "server-only";
import { z } from "zod";
import { AppError, zodFieldErrors, type ErrorCode } from "@/core/errors";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { observeRoute } from "@/lib/http/request-log";
import { errorResponse, json, noContent } from "@/lib/http/respond";
import { assertSameOrigin, isSafeMethod } from "@/lib/http/same-origin";

// The one wrapper every route handler goes through: parse (zod) → authenticate → call the domain → shape the reply.
// Each route also describes itself (summary, reply schema, extra errors): the OpenAPI document is built from these
// descriptions and the same zod schemas, so the contract cannot drift from the code (lib/openapi/). A new route file
// also needs its line in app/api/openapi.json/routes.ts (tests/integration/openapi-coverage.test.ts says so).

const MAX_JSON_BYTES = 2 * 1024 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** A hand-written media type for bodies a route reads or writes itself (multipart, form-encoded, files, streams). */
type MediaSpec = Record<string, { schema: z.ZodType }>;

export type RouteSpec = {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** A few words for the OpenAPI operation. */
  summary: string;
  description?: string;
  /** The success reply's JSON schema; null when the success has no body (204). */
  reply: z.ZodType | null;
  /** Success status; 200 by default, 204 when `reply` is null. */
  status?: number;
  /** Errors this route can answer beyond those implied by its schemas and access (401, 400/413/422, 404). */
  errors?: ErrorCode[];
  /** Replies other than the success and the errors, by status (e.g. health's 503 with the same body). */
  otherReplies?: Record<number, { description: string; schema: z.ZodType }>;
  /** Response headers of the success reply, documented (e.g. `Link` on lists). */
  replyHeaders?: Record<string, { description: string }>;
  /** Request bodies the handler reads itself instead of through `body`. */
  requestContent?: MediaSpec;
  /** Success bodies that are not JSON (files, text streams); replaces `reply` in the document. */
  replyContent?: MediaSpec;
  deprecated?: boolean;
};

type Access = "user" | "public";
export type DescribedSpec = RouteSpec & { access: Access };

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

type HandlerArgs<S extends RouteSpec, U> = {
  req: Request;
  user: U;
  body: Infer<S["body"]>;
  query: Infer<S["query"]>;
  params: Infer<S["params"]>;
};

type Handler<S extends RouteSpec, U> = (args: HandlerArgs<S, U>) => Promise<Response | unknown>;

export type RouteHandler = ((req: Request, ctx?: RouteContext) => Promise<Response>) & {
  spec?: DescribedSpec;
  /** Set on the handlers serve() adds: 405 for a method the route does not serve, and OPTIONS. */
  automatic?: "not_allowed" | "options";
};

/**
 * A route that requires a signed-in user (session cookie or bearer token). A state-changing call made with the
 * cookie must come from our own pages (CSRF, see same-origin.ts); with a bearer token the cookie is never used.
 */
export function authedRoute<S extends RouteSpec>(spec: S, handler: Handler<S, CurrentUser>): RouteHandler {
  return buildRoute(spec, "user", handler, async (req) => {
    if (!isSafeMethod(req.method) && !req.headers.has("authorization")) assertSameOrigin(req.headers, req.url);
    return requireUser(req);
  });
}

/** A route open to anonymous callers (health, register, login). */
export function publicRoute<S extends RouteSpec>(spec: S, handler: Handler<S, null>): RouteHandler {
  return buildRoute(spec, "public", handler, async () => null);
}

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/**
 * A route file's exports: `export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({ GET: ... })`.
 * Methods the route does not serve answer 405 JSON with an `Allow` header (Next's own 405 has an empty body and
 * no Allow), and OPTIONS answers 204 with the same `Allow`.
 */
export function serve(handlers: Partial<Record<Method, RouteHandler>>): Record<Method | "OPTIONS", RouteHandler> {
  const served = METHODS.filter((m) => handlers[m]);
  const allow = [...served, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
  const notAllowed: RouteHandler = async (req) =>
    json({ detail: `${req.method} is not allowed here. Allowed: ${allow}.`, code: "method_not_allowed" }, 405, { Allow: allow });
  notAllowed.automatic = "not_allowed";
  const options: RouteHandler = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  options.automatic = "options";
  const out = { OPTIONS: options } as Record<Method | "OPTIONS", RouteHandler>;
  for (const method of METHODS) out[method] = handlers[method] ?? notAllowed;
  return out;
}

/** The methods a route module really serves (not the 405 stand-ins and OPTIONS that serve() adds). */
export function servedMethods(mod: Record<string, unknown>): Method[] {
  return METHODS.filter((m) => typeof mod[m] === "function" && !(mod[m] as RouteHandler).automatic);
}

function buildRoute<S extends RouteSpec, U>(
  schemas: S,
  access: Access,
  handler: Handler<S, U>,
  authenticate: (req: Request) => Promise<U>,
): RouteHandler {
  const route: RouteHandler = observeRoute(async (req: Request, ctx?: RouteContext): Promise<Response> => {
    try {
      const user = await authenticate(req);
      const params = schemas.params ? parseParams(schemas.params, ctx ? await ctx.params : {}) : undefined;
      const query = schemas.query ? parseWith(schemas.query, Object.fromEntries(new URL(req.url).searchParams)) : undefined;
      const body = schemas.body ? parseWith(schemas.body, await readJsonBody(req)) : undefined;
      const result = await handler({ req, user, body, query, params } as HandlerArgs<S, U>);
      if (result instanceof Response) return notStored(result);
      return notStored(schemas.reply === null ? noContent() : json(result, schemas.status ?? 200));
    } catch (error) {
      return notStored(errorResponse(error));
    }
  });
  route.spec = { ...schemas, access };
  return route;
}

// API replies carry personal data (profiles, answers, letters, the account) or per-user state: no browser, proxy or
// CDN cache may keep them (a shared computer's Back button, a misconfigured proxy). A route may set its own header.
function notStored(res: Response): Response {
  if (!res.headers.has("cache-control")) res.headers.set("Cache-Control", "no-store");
  return res;
}

/** Reads a JSON body with a size cap; wrong content type or malformed JSON is a 400. */
export async function readJsonBody(req: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("bad_request", "Send the body as JSON (Content-Type: application/json).");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("payload_too_large", "The request body is too large.");
  let text: string;
  try {
    text = await req.text();
  } catch {
    // The client went away mid-body (e.g. a save sent while the page closes): nothing usable arrived.
    throw new AppError("bad_request", "The request body could not be read.");
  }
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large", "The request body is too large.");
  if (text.trim() === "") throw new AppError("bad_request", "The request body is empty.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("validation_failed", undefined, { errors: zodFieldErrors(parsed.error.issues) });
  return parsed.data;
}

// A malformed id names nothing, so it is a 404 like any other id the caller does not own.
function parseParams<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("not_found");
  return parsed.data;
}
