import { z } from "zod";
import { objectIdSchema, timestampSchema } from "@/core/schemas/common";

export type UserDoc = {
  id: string;
  email: string;
  username: string;
  /** Display name given at registration (the original API's sign-up field); absent for accounts made without one. */
  name?: string;
  password_hash: string;
  /** Bumped by "sign out everywhere", a password change or deletion; older sessions and tokens stop working. */
  session_version: number;
  created_at: string;
  updated_at: string;
};

/** What may leave the server about a user (GET /api/auth/me, POST /api/auth/register). */
export const publicUserSchema = z
  .object({
    id: objectIdSchema,
    email: z.string().meta({ example: "sam@example.com" }),
    username: z.string().meta({ example: "sam" }),
    created_at: timestampSchema,
    name: z.string().meta({
      description: "The name given at sign-up, or the username when none was given (the original API's field).",
      example: "Sam Example",
    }),
    role: z.literal("candidate").meta({ deprecated: true, description: 'Always "candidate" (the original API\'s field).' }),
  })
  .meta({ id: "User" });

export type PublicUser = z.infer<typeof publicUserSchema>;

export function toPublicUser(user: UserDoc): PublicUser {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    created_at: user.created_at,
    name: user.name || user.username,
    role: "candidate",
  };
}

/** POST /api/auth/login. */
export const tokenReplySchema = z
  .object({
    access_token: z.string().meta({ description: "Send it as `Authorization: Bearer <access_token>`." }),
    token_type: z.literal("bearer"),
    expires_in: z.number().int().meta({ description: "Seconds until the token expires." }),
  })
  .meta({ id: "AccessToken" });
