import "server-only";
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { defaultMessage, statusFor, type ErrorCode } from "@/core/errors";
import { apiErrorSchema } from "@/core/schemas/common";
import type { DescribedSpec } from "@/lib/http/route";

// One route's description (lib/http/route.ts RouteSpec) → one OpenAPI operation. The errors an operation can answer
// follow from what it does (authenticates, reads a body, a query, an id) plus those it names itself.

const SIGNED_IN: Array<Record<string, string[]>> = [{ bearerAuth: [] }, { sessionCookie: [] }];

export function toOperation(spec: DescribedSpec, operationId: string, tag: string): ZodOpenApiOperationObject {
  const operation: ZodOpenApiOperationObject = {
    operationId,
    tags: [tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.deprecated ? { deprecated: true } : {}),
    security: spec.access === "user" ? SIGNED_IN : [],
    responses: { ...successReply(spec), ...otherReplies(spec), ...errorReplies(errorCodes(spec)) },
  };
  if (spec.params || spec.query) {
    operation.requestParams = {
      ...(spec.params ? { path: spec.params as z.ZodObject } : {}),
      ...(spec.query ? { query: spec.query as z.ZodObject } : {}),
    };
  }
  const content = spec.requestContent ?? (spec.body ? { "application/json": { schema: spec.body } } : null);
  if (content) operation.requestBody = { required: true, content };
  return operation;
}

function errorCodes(spec: DescribedSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.errors ?? []);
  if (spec.access === "user") codes.add("unauthorized");
  if (spec.body) ["bad_request", "payload_too_large", "validation_failed"].forEach((c) => codes.add(c as ErrorCode));
  if (spec.query) {
    codes.add("validation_failed");
    if (spec.query instanceof z.ZodObject && "cursor" in spec.query.shape) codes.add("bad_request");
  }
  if (spec.params) codes.add("not_found");
  return [...codes];
}

function successReply(spec: DescribedSpec): ZodOpenApiResponsesObject {
  const status = String(spec.status ?? (spec.reply === null && !spec.replyContent ? 204 : 200)) as "200";
  const content = spec.replyContent ?? (spec.reply ? { "application/json": { schema: spec.reply } } : undefined);
  const headers = spec.replyHeaders
    ? Object.fromEntries(
        Object.entries(spec.replyHeaders).map(([name, h]) => [name, { description: h.description, schema: { type: "string" as const } }]),
      )
    : undefined;
  return {
    [status]: { description: content ? "Success." : "Done; no content.", ...(content ? { content } : {}), ...(headers ? { headers } : {}) },
  };
}

function otherReplies(spec: DescribedSpec): ZodOpenApiResponsesObject {
  const out: ZodOpenApiResponsesObject = {};
  for (const [status, reply] of Object.entries(spec.otherReplies ?? {})) {
    out[status as "200"] = { description: reply.description, content: { "application/json": { schema: reply.schema } } };
  }
  return out;
}

/** Errors grouped by status: `{detail, code, errors?}` with one example per code. */
function errorReplies(codes: ErrorCode[]): ZodOpenApiResponsesObject {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(statusFor(code), [...(byStatus.get(statusFor(code)) ?? []), code]);
  const out: ZodOpenApiResponsesObject = {};
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    const examples = Object.fromEntries(group.map((code) => [code, { value: { detail: defaultMessage(code), code } }]));
    out[String(status) as "400"] = {
      description: group.map((code) => `\`${code}\`: ${defaultMessage(code)}`).join(" "),
      content: { "application/json": { schema: apiErrorSchema, examples } },
      ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
    };
  }
  return out;
}
