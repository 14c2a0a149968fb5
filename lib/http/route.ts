import "server-only";
import { z } from "zod";
import { AppError, zodFieldErrors } from "@/core/errors";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { errorResponse, json } from "@/lib/http/respond";

// The one wrapper every route handler goes through: parse (zod) → authenticate → call the domain → shape the reply.

const MAX_JSON_BYTES = 2 * 1024 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[]>> };

type Schemas = {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
};

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

type HandlerArgs<S extends Schemas, U> = {
  req: Request;
  user: U;
  body: Infer<S["body"]>;
  query: Infer<S["query"]>;
  params: Infer<S["params"]>;
};

type Handler<S extends Schemas, U> = (args: HandlerArgs<S, U>) => Promise<Response | unknown>;

/** A route that requires a signed-in user (session cookie or bearer token). */
export function authedRoute<S extends Schemas>(schemas: S, handler: Handler<S, CurrentUser>) {
  return buildRoute(schemas, handler, async (req) => requireUser(req));
}

/** A route open to anonymous callers (health, register, login). */
export function publicRoute<S extends Schemas>(schemas: S, handler: Handler<S, null>) {
  return buildRoute(schemas, handler, async () => null);
}

function buildRoute<S extends Schemas, U>(schemas: S, handler: Handler<S, U>, authenticate: (req: Request) => Promise<U>) {
  return async (req: Request, ctx?: RouteContext): Promise<Response> => {
    try {
      const user = await authenticate(req);
      const params = schemas.params ? parseParams(schemas.params, ctx ? await ctx.params : {}) : undefined;
      const query = schemas.query ? parseWith(schemas.query, Object.fromEntries(new URL(req.url).searchParams)) : undefined;
      const body = schemas.body ? parseWith(schemas.body, await readJsonBody(req)) : undefined;
      const result = await handler({ req, user, body, query, params } as HandlerArgs<S, U>);
      return result instanceof Response ? result : json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
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
