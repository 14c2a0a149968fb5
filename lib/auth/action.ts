import "server-only";
import { z } from "zod";
import { isAppError, type ErrorCode } from "@/core/errors";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { assertSameOrigin } from "@/lib/http/same-origin";

// The wrappers every exported server action goes through. An exported "use server" function is a public POST
// endpoint, so each one authenticates itself here (a check on the page does not protect its actions).
//
// Usage, in an actions.ts with "use server":
//   export const saveThingAction = authedAction(thingSchema, async (input, user) => saveThing({ userId: user.id, ...input }));
// The client gets { status: "ok", data } or { status: "error", message, fieldErrors?, code? } for expected failures
// (invalid input → fieldErrors keyed by the field path, e.g. "email" or "links.0"; AppError → its message).
// Anything else (a bug, or Next's redirect()/notFound() signals) is rethrown.

type FieldErrors = Record<string, string>;

export type ActionResult<T> =
  | { status: "ok"; data: T }
  | { status: "error"; message: string; code: ErrorCode; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

/** An action that requires a signed-in user (session cookie, session_version checked). */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, user: CurrentUser) => Promise<T>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      await assertFromOurPages();
      const user = await requireUser();
      const parsed = schema.safeParse(toPlain(input));
      if (!parsed.success) return validationFailed(parsed.error.issues);
      return { status: "ok", data: await fn(parsed.data, user) };
    } catch (error) {
      return expectedFailure(error);
    }
  };
}

/** An action open to anonymous visitors (sign-in, registration). Still validated and still error-mapped. */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>) => Promise<T>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      await assertFromOurPages();
      const parsed = schema.safeParse(toPlain(input));
      if (!parsed.success) return validationFailed(parsed.error.issues);
      return { status: "ok", data: await fn(parsed.data) };
    } catch (error) {
      return expectedFailure(error);
    }
  };
}

// Next.js compares a server action's Origin with its Host itself; this also refuses what Sec-Fetch-Site marks as
// same-site (a sibling subdomain), and keeps the rule in one place with the route handlers'. Public actions too:
// sign-in, registration and sign-out must not be triggered from another site (login CSRF, forced sign-out).
async function assertFromOurPages(): Promise<void> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch (error) {
    unstable_rethrow(error);
    return; // outside a request (a script or test without a request scope): nothing came from a browser
  }
  assertSameOrigin(requestHeaders);
}

function toPlain(input: unknown): unknown {
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) if (!key.startsWith("$ACTION")) out[key] = value;
    return out;
  }
  return input ?? {};
}

function validationFailed(issues: ReadonlyArray<z.core.$ZodIssue>): ActionResult<never> {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return { status: "error", code: "validation_failed", message: "Some fields are not valid.", fieldErrors };
}

function expectedFailure(error: unknown): ActionResult<never> {
  if (!isAppError(error)) throw error;
  const result: ActionResult<never> = { status: "error", code: error.code, message: error.message };
  if (error.errors?.length) {
    result.fieldErrors = {};
    for (const e of error.errors) result.fieldErrors[e.path] ??= e.message;
  }
  if (error.retryAfterSeconds !== undefined) result.retryAfterSeconds = Math.max(1, Math.ceil(error.retryAfterSeconds));
  return result;
}
