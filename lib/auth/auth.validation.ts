import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-strength";

// The server's rules for accounts (actions and API routes). The forms do not load them (zod would add ~50 KB to
// each page): they send what was typed, and the action answers with these rules' messages per field.
// Every credential field must be a string: an operator object such as {"$ne": null} fails here (422)
// and never reaches the store. The common-password rule is checked on the server only (lib/auth/accounts.ts).

import { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

export { PASSWORD_MAX, PASSWORD_MIN };

export const emailSchema = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email({ error: "Enter a valid e-mail address." }));

export const usernameSchema = z
  .string({ error: "Choose a username." })
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(32, "Use at most 32 characters.")
  .regex(/^[a-z0-9_.-]+$/, "Use only lower-case letters, digits, '_', '.' and '-'.");

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .superRefine((password, ctx) => {
    const problem = password.length >= PASSWORD_MIN ? passwordProblem(password) : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Adds the sign-up rule that needs the other fields: the password must not contain the username or e-mail name. */
function withPasswordRules<S extends z.ZodType<{ password: string; username?: string; email: string }>>(schema: S) {
  return schema.superRefine((v, ctx) => {
    // zod runs this even when the field's own rules failed: report only what the field could not know.
    if (passwordProblem(v.password)) return;
    const problem = passwordProblem(v.password, { username: v.username, email: v.email });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
}

/** A password the user already has: only its type and an upper bound are checked (no hints about the rules). */
export const currentPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(1024, "That password is too long.");

const registerFields = z.object({
  email: emailSchema,
  username: usernameSchema,
  password: newPasswordSchema,
});
export const registerSchema = withPasswordRules(registerFields);
export type RegisterInput = z.infer<typeof registerSchema>;

/** `username` may be the username or the e-mail address. */
export const loginSchema = z.object({
  username: z
    .string({ error: "Enter your username or e-mail." })
    .trim()
    .toLowerCase()
    .min(1, "Enter your username or e-mail.")
    .max(254, "That is too long."),
  password: currentPasswordSchema,
});
export type LoginInput = z.infer<typeof loginSchema>;

/**
 * POST /api/auth/register: also the original client's {name, email, password}. Without a username one is made
 * from the e-mail address; `name` is kept as the display name.
 */
export const registerRequestSchema = withPasswordRules(
  registerFields.extend({
    username: usernameSchema.optional(),
    name: z.string().trim().max(100, "Use at most 100 characters.").optional(),
  }),
);
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

/** POST /api/auth/login: {username, password}, or the original client's {email, password}. */
export const loginRequestSchema = z
  .object({
    username: loginSchema.shape.username.optional().meta({ description: "The username or the e-mail address." }),
    email: loginSchema.shape.username.optional().meta({ description: "The original API's sign-in field; used when `username` is absent." }),
    password: currentPasswordSchema,
  })
  .refine((v) => v.username || v.email, { path: ["username"], message: "Enter your username or e-mail." })
  .transform((v): LoginInput => ({ username: (v.username || v.email)!, password: v.password }));

/** What the sign-in and registration actions receive: the form plus the page's `next` return address. */
const nextField = z.string().max(2048).optional();
export const loginActionSchema = loginSchema.extend({ next: nextField });
export const registerActionSchema = withPasswordRules(registerFields.extend({ next: nextField }));

export const changePasswordSchema = z
  .object({
    current_password: currentPasswordSchema,
    new_password: newPasswordSchema,
  })
  .refine((v) => v.current_password !== v.new_password, {
    path: ["new_password"],
    message: "Choose a password different from the current one.",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  password: currentPasswordSchema,
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export const emptySchema = z.object({}).strict();
