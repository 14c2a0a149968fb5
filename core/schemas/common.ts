import { z } from "zod";

export const objectIdSchema = z.string().regex(/^[a-f0-9]{24}$/, "must be a 24-character hex id");
export const idParamsSchema = z.object({ id: objectIdSchema });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export type Page<T> = { items: T[]; next_cursor: string | null };
