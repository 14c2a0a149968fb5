import { z } from "zod";

// The JSON Schema Gemini is sent for a zod schema: z.toJSONSchema (io "input"), cleaned down to the subset Gemini
// accepts, cached per schema. Used by the gateway (agents/gateway.ts) only.

const SCHEMA_CACHE = new WeakMap<z.ZodType, Record<string, unknown>>();
const ALLOWED_KEYS = new Set([
  "$id",
  "$defs",
  "$ref",
  "$anchor",
  "type",
  "format",
  "title",
  "description",
  "enum",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "anyOf",
  "oneOf",
  "properties",
  "additionalProperties",
  "required",
  "propertyOrdering",
]);
const ALLOWED_FORMATS = new Set(["date-time", "date", "time"]);

/** z.toJSONSchema(schema) reduced to the JSON Schema subset Gemini's `responseJsonSchema` accepts. */
export function geminiJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const cached = SCHEMA_CACHE.get(schema);
  if (cached) return cached;
  const raw = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  const cleaned = cleanSchema(raw) as Record<string, unknown>;
  SCHEMA_CACHE.set(schema, cleaned);
  return cleaned;
}

function cleanSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(cleanSchema);
  if (!node || typeof node !== "object") return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const [key, value] of Object.entries(src)) {
    if (key === "properties" || key === "$defs") {
      const props: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries((value ?? {}) as Record<string, unknown>)) props[name] = cleanSchema(sub);
      out[key] = props;
    } else if (key === "const") {
      out.enum = [value];
    } else if (key === "exclusiveMinimum" && typeof value === "number") {
      out.minimum = value;
    } else if (key === "exclusiveMaximum" && typeof value === "number") {
      out.maximum = value;
    } else if (key === "maxLength" && typeof value === "number") {
      notes.push(`at most ${value} characters`);
    } else if (key === "minLength" && typeof value === "number" && value > 0) {
      notes.push(`at least ${value} characters`);
    } else if (key === "format") {
      if (typeof value === "string" && ALLOWED_FORMATS.has(value)) out.format = value;
    } else if (key === "type" && Array.isArray(value)) {
      // ["string","null"] → anyOf, which Gemini handles better than type arrays.
      const types = value as string[];
      if (types.length === 1) out.type = types[0];
      else out.anyOf = types.map((t) => ({ type: t }));
    } else if ((key === "minimum" || key === "maximum") && typeof value === "number" && Math.abs(value) >= Number.MAX_SAFE_INTEGER) {
      // zod's int() bounds: say nothing rather than a 16-digit limit.
    } else if (ALLOWED_KEYS.has(key)) {
      out[key] = cleanSchema(value);
    }
  }
  if (notes.length) out.description = [out.description, `(${notes.join(", ")})`].filter(Boolean).join(" ");
  if (out.anyOf && out.type) delete out.type;
  return out;
}
